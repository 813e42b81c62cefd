import { connect } from 'node:net';
import { defineConfig } from 'vitest/config';

/**
 * Server integration tests that also run with the server on PostgreSQL (KEFU_TEST_STORAGE=postgres makes
 * tests/helpers/server.ts give each server a fresh database): a visitor's chat, the handoff, claims, routing,
 * the agents' REST API, signed identity, the FAQ learning loop, erasure, the conversation event log, webhooks, e-mail, the FAQ's edit history, the stored page context, tickets, routing by team, resends and the message limit, a socket's frame budget (visitor and console), the visitor's kept choice of language, an agent's choice for them.
 */
const ON_POSTGRES = [
  'tests/server/visitor-ws.test.ts',
  'tests/server/agent-handoff.test.ts',
  'tests/server/agent-notes-once.test.ts',
  'tests/server/mentions.test.ts',
  'tests/server/snooze.test.ts',
  'tests/server/agent-claim-race.test.ts',
  'tests/server/agent-routing.test.ts',
  'tests/server/agent-rest.test.ts',
  'tests/server/identity.test.ts',
  'tests/server/faq-learning.test.ts',
  'tests/server/erasure-sockets.test.ts',
  'tests/server/conversation-log.test.ts',
  'tests/server/webhooks.test.ts',
  'tests/server/email.test.ts',
  'tests/server/faq-history.test.ts',
  'tests/server/teams.test.ts',
  'tests/server/postgres-server.test.ts',
  'tests/server/page-context.test.ts',
  'tests/server/tickets.test.ts',
  'tests/server/reports-api.test.ts',
  'tests/server/resend-limits.test.ts',
  'tests/server/socket-frame-budget.test.ts',
  'tests/server/agent-frame-budget.test.ts',
  'tests/server/kept-language.test.ts',
  'tests/server/agent-sets-language.test.ts',
  'tests/server/site-sets-language.test.ts',
];

/**
 * Server files that start their servers in the test's own process (no child process, fake clock or global) and close
 * them after: in project 'units' too (75 files). The browser-like globals of tests/soak/node-widget.ts, which the
 * widget's and console's own clients need, are no bar: each file that uses them installs them for its own server. Nor
 * is Redis: a server's connections to it (the limit store's, the bus's two) close with the server (server/cluster/shared.ts),
 * and the probe and the key clean-up of tests/helpers/redis.ts disconnect after (resend-limits, silent-sockets and
 * socket-frame-budget, kept out for it until session 40). Nor is reports-api's clock: only Date is faked, only while its
 * beforeAll writes the known history, and real again before its tests (as console-reports does in project 'browser'),
 * when no other file's server is left in the process. Kept out: faq-save-training, whose tests
 * train the FAQ as they edit it, and first-run's two nodes on PostgreSQL, which time out under load as they do alone.
 * faq-model-cache, kept out while its first test trained the wallet pack (≈3 s of CPU idle, 34 s at load 17-21), now
 * trains only the tests' mini pack in two languages (≈0.25 s of CPU a training).
 * faq-history and faq-learning, kept out while their saves trained a larger pack (tests timed out at 30 s shared at load
 * 23-28), now save the mini pack in two languages (tests/helpers/small-pack.ts), as faq-admin does.
 * language-kept-on-device and viewer-role (session 40's) were left in forks of their own for no reason of theirs (session 41),
 * as admin-change-open-console, agent-rename, mentions and snooze were (session 45: with the six of CLUSTER_IN_PROCESS, 56.6,
 * 53.2 and 54.0 s of CPU for the ten files, mentions and snooze also on PostgreSQL, against 105.4, 110.9 and 103.9 in forks,
 * load 12-29).
 */
const SERVERS_IN_PROCESS = [
  'admin-change-open-console', 'agent-claim-race', 'agent-handoff', 'agent-rename', 'agent-sets-language', 'agent-notes-once', 'agent-rest', 'agent-routing', 'agent-sessions',
  'attachments', 'audit-trail', 'bad-input-ws', 'bot-language', 'bot-owed-claim', 'built-pages', 'bus-ordering', 'closing-server', 'config',
  'agent-frame-budget', 'conversation-log', 'crash-resync', 'csrf-and-caching', 'delivery-model', 'email', 'erasure-sockets',
  'erasure-under-load', 'faq-admin', 'faq-cluster', 'faq-model-cache', 'faq-history', 'faq-http', 'faq-learning', 'hours-clock', 'identity', 'idle-close',
  'inbox-previews', 'kept-language', 'language-kept-on-device', 'leave-message', 'logging', 'made-up-tokens', 'masking-existing', 'masking', 'mentions', 'metrics',
  'page-context', 'personal-data', 'profile', 'queue-places', 'refusal-reasons', 'reports-api', 'resend-limits', 'route-authorization', 'route-schemas',
  'search-api', 'security-headers', 'silent-sockets', 'site-sets-language', 'sites-and-tickets', 'snooze', 'socket-frame-budget', 'spoken-language', 'teams',
  'tickets', 'trust-proxy', 'two-factor', 'viewer-role', 'visitor-data',
  'visitor-security', 'visitor-ws', 'webhooks', 'who-is-here', 'widget-connect-timeout', 'written-language', 'ws-protocol-fuzz',
];

/**
 * The files of tests/server/cluster whose nodes are servers in the test's own process (two on one PostgreSQL database
 * and one Redis prefix, tests/helpers/two-nodes.ts; or two on one SQLite file), closed after with their database and
 * keys: in project 'units' as SERVERS_IN_PROCESS (session 45; left in forks of their own until then, each importing the
 * server and building the FAQ engine, for no reason of theirs).
 */
const CLUSTER_IN_PROCESS = ['admin-change-open-console', 'agent-rename', 'one-sqlite-file', 'snooze-elsewhere', 'two-nodes', 'who-is-here'];

/**
 * The unit tests of the FAQ engine, the protocol, the UI's logic, the server's parts that run no server (reports' and
 * queue-places-coalescing's fake clocks are real again after each test that sets them), the port picker's, the server
 * files of SERVERS_IN_PROCESS, the storage contract on SQLite, and the contracts that run no server either but talk to
 * Redis, PostgreSQL or a stub S3 in the test's process and close what they open (the bus, the shared limits and presence,
 * the blob stores, the cluster's jobs; in forks of their own until session 40): see the project 'units' below.
 */
const IN_SHARED_WORKERS = [
  ...['faq', 'protocol', 'widget', 'console', 'ui'].map((dir) => `tests/${dir}/**/!(*.e2e).test.ts`),
  ...['agent-state-machine', 'agents-kept', 'attachment-retention', 'availability', 'bot-replies', 'business-hours', 'cluster-jobs', 'dsn', 'inbox-previews-reads', 'mask-by-schema', 'masking-linear', 'queue-places-coalescing', 'report-csv', 'reports', 'secret-box', 'team-destination', 'time-ordered-id', 'who-is-here-nodes', 'widget-page'].map((name) => `tests/server/${name}.test.ts`),
  'tests/server/cluster/bus.test.ts',
  'tests/server/cluster/shared-state.test.ts',
  ...CLUSTER_IN_PROCESS.map((name) => `tests/server/cluster/${name}.test.ts`),
  'tests/blobs/blob-store.test.ts',
  'tests/install/engines.test.ts',
  'tests/helpers/ports.test.ts',
  ...SERVERS_IN_PROCESS.map((name) => `tests/server/${name}.test.ts`),
  'tests/storage/search-text.test.ts',
  'tests/storage/sqlite.test.ts',
];

/** The files of ON_POSTGRES whose servers run in the test's own process and close after (SERVERS_IN_PROCESS). */
const ON_POSTGRES_SHARED = ON_POSTGRES.filter((file) => SERVERS_IN_PROCESS.some((name) => file === `tests/server/${name}.test.ts`));

/**
 * What the server files on PostgreSQL share: every storage call is a round trip to another process (on a loaded 2-core
 * box a test of 100 claims takes 30-40 s), and each test server's database is a copy of one migrated for the run
 * (tests/helpers/postgres-template-setup.ts). A file's beforeAll (its server on PostgreSQL, an agent's login) has 120 s,
 * as the browser files' have: at load 26 agent-frame-budget's and kept-language's went past 60 s (1 run of 3).
 */
const ON_POSTGRES_PROJECT = { env: { KEFU_TEST_STORAGE: 'postgres' }, globalSetup: ['tests/helpers/postgres-template-setup.ts'], testTimeout: 120_000, hookTimeout: 120_000 };

/** Whether anything listens where the PostgreSQL tests look (see tests/helpers/postgres.ts). */
function postgresListening(): Promise<boolean> {
  const url = new URL(process.env.KEFU_TEST_DATABASE_URL ?? 'postgres://kefu:kefu@127.0.0.1:5432/postgres');
  return new Promise((resolve) => {
    const socket = connect({ host: url.hostname, port: Number(url.port || 5432), timeout: 2_000 });
    const done = (ok: boolean) => (socket.destroy(), resolve(ok));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

/** How many test files run at a time: KEFU_TEST_WORKERS, else 3. */
function testWorkers(): number {
  const named = process.env.KEFU_TEST_WORKERS;
  if (named === undefined) return 3;
  if (!/^[1-7]$/.test(named)) throw new Error(`KEFU_TEST_WORKERS must be a whole number from 1 to 7 (a port stripe each: tests/helpers/ports.ts), not ${JSON.stringify(named)}`);
  return Number(named);
}

export default defineConfig(async () => {
  const postgres = process.env.CI !== undefined || (await postgresListening());
  if (!postgres) console.warn('\n!!! Server tests on PostgreSQL SKIPPED: nothing listens at KEFU_TEST_DATABASE_URL !!!\n');
  return {
    test: {
      testTimeout: 30_000,
      // A file's beforeAll (a server started, a known history written) has 120 s, as the browser and PostgreSQL files'
      // have: at load 33-41 main's reports-api (writing its history) and queue-places (its server's start) went past 60 s,
      // skipping every test of both (session 40, 2 runs of 9 of a few server files).
      hookTimeout: 120_000,
      // The shipped FAQ pack and the tests' mini pack trained once per run, for every test file and test server (tests/helpers/faq-model-seed.ts).
      // First: the run's own temporary folder (TMPDIR), removed at its end, and a killed run's at the next start (tests/helpers/run-temp-setup.ts).
      globalSetup: ['tests/helpers/run-temp-setup.ts', 'tests/helpers/run-models-setup.ts'],
      pool: 'forks' as const,
      // Three files at a time on two cores (vitest's default is cores - 1 = one): most files wait on sockets,
      // servers, the disk and Chromium rather than compute (with two, a fresh clone's run used 1.1 of the 2 cores).
      // On this machine, fresh clones idle: two files at a time 641, 711 and 715 s of vitest (session 46), three 642 s
      // (session 47, 1.2 cores used): no clear gain yet, see docs/test-suite-history.md. KEFU_TEST_WORKERS
      // (1-7: the port stripes of tests/helpers/ports.ts) runs as many.
      maxWorkers: testWorkers(),
      reporters: ['default'],
      projects: [
        { extends: true as const, test: { name: 'default', include: ['tests/**/*.test.ts'], exclude: ['tests/bench/**', 'node_modules/**', 'tests/**/*.e2e.test.ts', 'tests/server/postgres-server.test.ts', ...IN_SHARED_WORKERS] } },
        // The files that drive Chromium: one Chromium for the run, started only when one of them runs (each file
        // connects to it for contexts of its own: tests/helpers/chromium-setup.ts). A file's beforeAll (a server in the
        // file's process, a connection to that Chromium) has 120 s, a budget for the loaded box: under two CPU hogs at
        // load 40-49 console-pages' and console-first-day's went past the 60 s default, skipping every test of both.
        // They leave nothing running either (their servers, child servers and Chromium contexts close after them: closeBrowser
        // in tests/helpers/browser.ts; no global stays changed): as in 'units', a worker runs them one after another in one
        // process, importing Playwright and the server's modules and building the FAQ engine once, not in a fork per file
        // (ten of them back to back at load 17-23: 92-96 s of CPU in forks of their own, 44-45 s so).
        // expect.poll waits as long as a page's own waits (setDefaultTimeout(10_000)), not vitest's 1 s: a console's socket
        // took longer than 1 s to come online at load 20-24 (console-busy-hour's login).
        { extends: true as const, test: { name: 'browser', include: ['tests/**/*.e2e.test.ts'], globalSetup: ['tests/helpers/chromium-setup.ts'], hookTimeout: 120_000, isolate: false, execArgv: ['--max-old-space-size=1536'], expect: { poll: { timeout: 10_000 } } } },
        // Files that leave nothing running (their servers close after them) and no global behind: a worker runs them one
        // after another in one process, importing the engine's and the server's modules once rather than once per file
        // (a fork and its imports). The first 63 files took 64 s of CPU in forks of their own, 42 s so (load 5); server
        // files ≈4.4 s of CPU a file isolated, ≈2.7 s so (load 16-22). A closed server must be garbage (metrics.test.ts).
        // A worker's heap is capped: V8 otherwise keeps the heap it once grew to (a worker running ~110 files reached
        // 1.0 GB RSS though what a file leaves alive stays under ≈0.55 GB: closed servers are garbage, metrics.test.ts).
        // The cap is well above that (a file's peak while it runs is more than what it leaves), so it bounds memory
        // without risking an out-of-memory crash of a worker running a heavy file.
        { extends: true as const, test: { name: 'units', include: IN_SHARED_WORKERS, isolate: false, execArgv: ['--max-old-space-size=1536'] } },
        // The server files on PostgreSQL: those of SERVERS_IN_PROCESS one after another in a worker's one process, as in
        // 'units' (their modules imported once, not in a fork per file), the others in forks of their own.
        ...(postgres ? [
            { extends: true as const, test: { ...ON_POSTGRES_PROJECT, name: 'server-on-postgres', include: ON_POSTGRES.filter((file) => !ON_POSTGRES_SHARED.includes(file)) } },
            { extends: true as const, test: { ...ON_POSTGRES_PROJECT, name: 'server-on-postgres-shared', include: ON_POSTGRES_SHARED, isolate: false, execArgv: ['--max-old-space-size=1536'] } },
          ] : []),
      ],
    },
  };
});
