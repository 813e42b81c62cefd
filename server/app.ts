import Fastify, { type FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { LIMITS } from '../protocol/index.ts';
import type { Config } from './config.ts';
import { openSharedState } from './cluster/shared.ts';
import type { Bus } from './bus/types.ts';
import { openStorage } from './storage/open.ts';
import { createConversationService } from './services/conversations.ts';
import { createFaqContent } from './services/faq-admin.ts';
import { createFaqTrainer } from './services/faq-draft-trainer.ts';
import { cachedFaqEngineBuilder, type FaqEngineMemo } from './services/faq-model-cache.ts';
import { createFaqLearning } from './services/faq-learning.ts';
import { registerWebsocket } from './plugins/websocket.ts';
import { registerSecurityHeaders } from './plugins/security-headers.ts';
import { registerClosingConnections } from './plugins/closing.ts';
import { createMetrics, registerMetrics } from './plugins/metrics.ts';
import { loggerOptions, type LogStream } from './plugins/logging.ts';
import { httpErrorHandler, sendError } from './routes/http-errors.ts';
import { createAbuseLimits } from './services/abuse-limits.ts';
import { registerRestLimit } from './plugins/rest-limit.ts';
import { registerApiGuards } from './plugins/api-guards.ts';
import { schemaFirst } from './routes/schema-first.ts';
import { registerFaqRoutes } from './routes/faq-http.ts';
import { registerFaqAdminRoutes } from './routes/faq-admin-http.ts';
import { registerReportRoutes } from './routes/reports-http.ts';
import { createReportsService } from './services/reports.ts';
import { registerPages } from './routes/pages.ts';
import { registerVisitorDataRoutes } from './routes/visitor-data-http.ts';
import { holdRole, startClusterJobs } from './services/cluster-jobs.ts';
import { announceFaqSaved, startFaqSync } from './services/faq-sync.ts';
import { registerWsRoutes } from './routes/ws/index.ts';
import { createVisitorHandoff } from './routes/ws/visitor-handoff.ts';
import { registerAgentApi } from './routes/agent-api.ts';
import { printSetupLink } from './services/first-run.ts';
import { createAgentChannel } from './services/agent-channel.ts';
import { createWhoIsHere } from './services/who-is-here.ts';
import { createQueuePlaces } from './services/queue-places.ts';
import { createHandoffService } from './services/handoff.ts';
import { createInboxPreviews } from './services/inbox-previews.ts';
import { createTeamDirectory } from './services/teams.ts';
import { createAvailability } from './services/availability.ts';
import { registerSitesAdminRoutes } from './routes/sites-admin-http.ts';
import { DEFAULT_SCRYPT_LOG2N } from './services/passwords.ts';
import { createWebhookService } from './services/webhooks.ts';
import { DEFAULT_WEBHOOK_TIMINGS, type WebhookTimings } from './services/webhook-dispatcher.ts';
import { webhookPayloads } from './services/webhook-payloads.ts';
import { registerWebhookRoutes } from './routes/webhooks-http.ts';
import { createMailService, DEFAULT_EMAIL_TIMINGS } from './services/mail.ts';
import type { OutboxTimings } from './services/outbox-runner.ts';
import { registerBounceRoutes } from './routes/mail-bounces-http.ts';
import { registerEmailRoutes } from './routes/email-http.ts';
import { createFileLinks } from './services/attachment-links.ts';
import { createAttachmentService } from './services/attachments.ts';
import { serverSecret } from './services/server-secret.ts';
import { registerAttachmentRoutes } from './routes/attachments-http.ts';
import { createIdleSweep, type IdleTimes } from './services/idle-sweep.ts';
import { createSnoozeService } from './services/snooze.ts';
import { atMostEvery } from './at-most-every.ts';

/** How old a health check's answer may be (`/healthz`, `/readyz`): the most often they ping what they check. */
const HEALTH_CHECK_MS = 1000;

export interface BuildOptions {
  /** Pino logger options, or false for none (tests). */
  logger?: boolean | { level: string };
  /** Where the JSON log lines go (tests capture them); stdout by default. */
  logStream?: LogStream;
  heartbeatMs?: number;
  /** Tests only: a cheaper scrypt cost (log2 N) for agent passwords. Production: 2^17. */
  scryptLog2NForTests?: number;
  /** How often open agent sockets are re-checked against their sessions (default 15 s). */
  sessionSweepMs?: number;
  /** How often waiting visitors' places are brought up to date, at most (default 3 s). */
  queuePlaceMs?: number;
  /** How often each node tells the consoles of the conversations with new messages, at most (default 1 s). */
  inboxPreviewMs?: number;
  /** How often each node says again who has a conversation open on it (default 5 s; silent 3 times: dropped). */
  hereRefreshMs?: number;
  /** Tests only: the clock business hours are read at (the widget's reach, and when it changes). */
  clock?: () => number;
  /**
   * Tests only: the clock the sockets' frame budgets refill by (default Date.now): a test holds it still while it sends
   * past a budget, then moves it on, rather than waiting a real refill.
   */
  frameClock?: () => number;
  /** Tests only: the bus to use instead of the one the configuration picks. */
  bus?: Bus;
  /** Tests only: quicker webhook retries and polling. */
  webhookTimings?: Partial<WebhookTimings>;
  /** Tests only: quicker e-mail retries, polling and timeouts. */
  emailTimings?: Partial<OutboxTimings>;
  /** How often each node compares the stored FAQ pack's version with its own (default 10 s; the bus tells at once). */
  faqCheckMs?: number;
  /** How often the cluster sweeps the bot's owed answers (default 30 s on SQLite, 5 s on PostgreSQL; also once at start). */
  botSweepMs?: number;
  /** Tests only: a quicker idle sweep (default every 60 s), other idle times than the configuration's, quicker visitor stamps (default 30 s). */
  idleSweep?: { everyMs?: number; times?: Partial<IdleTimes>; seenMs?: number };
  /** Tests only: how often snoozed conversations whose time came are woken (default every 60 s). */
  snoozeSweepMs?: number;
  /** Tests only: the FAQ training worker's file (a test's wrapper of server/services/faq-try-worker.ts: drafts tried, edits saved) and its time limit (default 60 s). */
  faqDrafts?: { worker?: URL; timeoutMs?: number };
  /** Where the first-run setup link goes (no admin yet): stdout, unless the logger is off (tests pass their own). */
  onSetupLink?: (link: { url: string; expiresAt: number }) => void;
  /** Tests only: FAQ engines built at start from a saved model, kept for the next server of the process (see FaqEngineMemo). */
  faqEngines?: FaqEngineMemo;
  /**
   * The build's trained models (dist/faq-models: server/main.ts gives it), read on a data dir without a model file.
   * Only the build of the server itself reads them: they are as current as its code, not as the sources'.
   */
  faqBuiltModels?: string;
  /**
   * Tests only: false, a SQLite file's commits and checkpoints never wait for the disk (synchronous = OFF, no fsync):
   * what was committed outlives the process's kill, not the machine's crash (default true: synchronous = NORMAL).
   */
  sqliteDurable?: boolean;
  /** Tests only: the folder of the built front ends (default the project's dist/), to change a page while the server runs. */
  frontEnd?: string;
}

/**
 * Build the whole server: storage, FAQ, services, routes. Never listens; `server/main.ts` does.
 */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  mkdirSync(config.dataDir, { recursive: true });
  const { storage, visitorData, blobs, engine } = await openStorage({ ...config, blobStore: config.attachments.blobStore, s3: config.attachments.s3 }, {
    onBackgroundError: (err) => app.log.error({ err }, 'database checkpoint failed'),
    // Before the app (and its logger) exists: one plain line on stderr per retry.
    onDatabaseWait: (err, delayMs) => console.error(`kefu: the database does not answer yet (${err.message}); trying again in ${delayMs} ms`),
    sqliteDurable: options.sqliteDurable,
  });
  // Alone on a SQLite file: a claim on an owed bot answer found now was held by this node's earlier process, which
  // died before answering (SIGKILL, power loss). Dropped, the visitor's next hello (or the sweep) answers at once
  // rather than after the claim's lease.
  if (engine === 'sqlite') await storage.releaseBotClaims();
  const shared = await openSharedState({ redisUrl: config.redisUrl, prefix: config.redisPrefix, onError: (err) => app.log.error({ err }, 'redis failed') });
  const bus = options.bus ?? shared.bus;
  // FAQ engines are trained in a worker thread (drafts tried, edits saved, other nodes' edits loaded), never on the event loop.
  const trainer = createFaqTrainer(options.faqDrafts);
  const metrics = createMetrics();
  const faq = createFaqContent({
    store: storage,
    audit: storage,
    packDir: config.faqPackDir,
    onStoredInvalid: (err) => app.log.error({ err }, 'the FAQ pack stored in the database is invalid: serving the shipped pack files'),
    buildEngine: cachedFaqEngineBuilder(path.join(config.dataDir, 'faq-model.bin'), (err, message) => app.log.warn({ err }, message), {
      modelOf: trainer.modelOf,
      memo: options.faqEngines,
      builtDir: options.faqBuiltModels,
      onSource: (source) => {
        app.log.info({ source }, `FAQ engine built from ${source === 'trained' ? 'a training on this node' : source === 'build' ? "the build's model" : "the data dir's model"}`);
        metrics.faqModelFrom(source);
      },
    }),
    onSaved: (version) => announceFaqSaved(bus, version, (err) => app.log.error({ err }, 'FAQ change not announced')),
  });
  const limits = createAbuseLimits(config.security.limits, shared.limits, (err) => app.log.error({ err }, 'limit store failed'));
  const agents = createAgentChannel({ bus, store: shared.presence, refreshMs: shared.clustered ? 5_000 : 0, onError: (err) => app.log.error({ err }, 'agent presence failed') });
  await agents.start();
  const places = createQueuePlaces({
    storage,
    bus,
    states: (ranked) => handoff.placeStates(ranked),
    intervalMs: options.queuePlaceMs ?? 3_000,
    seenMs: options.idleSweep?.seenMs,
    onError: (err) => app.log.error({ err }, 'queue places failed'),
  });
  await places.start();
  const nodeId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  // One node reports the cluster-wide gauges (queue length, agents online), so a sum over nodes counts them once.
  const reporter = holdRole({ store: storage, holder: nodeId, name: 'metrics-reporter', checkMs: 5_000, leaseMs: 15_000, onError: (err) => app.log.error({ err }, 'metrics role failed') });
  metrics.observeDesk({ queueLength: () => storage.queueLength(), agentsOnline: () => agents.onlineCount(), reporting: reporter.held });
  const webhooks = createWebhookService({
    storage,
    timings: { ...DEFAULT_WEBHOOK_TIMINGS, ...options.webhookTimings },
    allowPrivate: config.webhooksAllowPrivate,
    announce: (what) => agents.broadcast(what === 'deliveries' ? { type: 'webhooks_changed', deliveries: true } : { type: 'webhooks_changed' }),
    onError: (err, message) => app.log.error({ err }, message),
  });
  const events = webhookPayloads(webhooks, storage);
  const mail = config.mail
    ? createMailService({
        storage,
        config: { ...config.mail, publicUrl: config.publicUrl },
        // Each site's own From and Reply-To (its settings in the database, else in KEFU_SITES).
        siteSender: async (site) => (site ? (await availability.view(site)).settings.email : undefined),
        timings: { ...DEFAULT_EMAIL_TIMINGS, ...options.emailTimings },
        onError: (err, message) => app.log.error({ err }, message),
      })
    : null;
  const availability = createAvailability({ store: storage, file: config.sites });
  const teams = createTeamDirectory({ storage, faq, announce: () => agents.broadcast({ type: 'teams_changed' }) });
  // Every node reads the lists again after an edit saved on any of them (its consoles are told by the same frame).
  const unfollowTeams = await bus.subscribeDesk((event) => event.type === 'frame' && event.frame.type === 'teams_changed' && teams.forget());
  const unfollowWebhooks = await bus.subscribeDesk((event) => event.type === 'frame' && event.frame.type === 'webhooks_changed' && !event.frame.deliveries && webhooks.forget());
  const handoff = createHandoffService({ storage, bus, agents, places, routing: config.routing, availability, onError: (err) => app.log.error({ err }, 'routing failed'), events, teams, now: options.clock });
  const learning = createFaqLearning({ store: storage, cardMask: config.cardMask, events });
  const previews = createInboxPreviews({ storage, agents, intervalMs: options.inboxPreviewMs ?? 1_000, onError: (err) => app.log.error({ err }, 'inbox previews failed') });
  const snooze = createSnoozeService({ storage, handoff, agents, events });
  const conversations = createConversationService({ storage, bus, faq, metrics, identitySecrets: config.security.identitySecrets, cardMask: config.cardMask, handoff, learning, events, mail, previews, snooze });
  const links = createFileLinks(serverSecret(config.attachments.linkSecret, config.dataDir, 'file-link.key'), config.attachments.linkTtlSeconds);
  const attachments = createAttachmentService({ storage, blobs, conversations, links, bus });

  const app = Fastify({
    logger: options.logger === false ? false : loggerOptions(typeof options.logger === 'object' ? options.logger.level : config.logLevel, options.logStream),
    bodyLimit: LIMITS.httpBody,
    trustProxy: proxyTrust(config.security.trustProxy),
    // The FAQ engine trains synchronously below (seconds for a large pack on a busy box, with no model cached
    // yet); Fastify's default 10 s plugin timeout would then fail a start that is only slow.
    pluginTimeout: 300_000,
  });
  const api = schemaFirst(app);
  app.setErrorHandler(httpErrorHandler);
  await faq.reload();
  app.setNotFoundHandler((_req, reply) => sendError(reply, 'not_found', 'no such route'));
  registerSecurityHeaders(app, { https: config.publicUrl.startsWith('https:') });
  registerClosingConnections(app);
  registerApiGuards(app, { publicUrl: config.publicUrl });
  await registerWebsocket(app, { heartbeatMs: options.heartbeatMs ?? 30_000, reconnectAfterMs: 1_000 });
  // After the WebSocket plugin's own hook (it marks an upgrade request, whose socket it then ends with the response):
  // a refused upgrade of /ws/agent would otherwise be answered 429 and its connection left open.
  registerRestLimit(app, limits);
  registerMetrics(app, { metrics, allow: config.metricsAllow, token: config.metricsToken });

  // Both unauthenticated: each dependency is pinged at most once a second, however often they are asked.
  const storageAnswer = atMostEvery(HEALTH_CHECK_MS, () => storage.ping());
  const eventsAnswer = atMostEvery(HEALTH_CHECK_MS, () => Promise.all([bus.ping(), shared.ping()]));
  app.get('/healthz', async () => {
    await storageAnswer();
    return { ok: true };
  });
  // Ready: the database and the bus both answer (a load balancer sends no traffic until then), and the node
  // is not shutting down (it turns 503 first, so the balancer moves new clients elsewhere before it goes).
  let draining = false;
  app.decorate('drain', () => {
    draining = true;
  });
  app.get('/readyz', async (_req, reply) => {
    const [db, events] = await Promise.allSettled([storageAnswer(), eventsAnswer()]);
    const checks = { storage: db.status === 'fulfilled', bus: events.status === 'fulfilled', draining };
    const ok = checks.storage && checks.bus && !draining;
    return reply.code(ok ? 200 : 503).send({ ok, checks });
  });
  registerFaqRoutes(api, faq);
  const frameClock = options.frameClock ?? Date.now;
  registerWsRoutes(app, { config, conversations, links, visitorHandoff: createVisitorHandoff({ storage, bus, agents, handoff, availability, cardMask: config.cardMask, events, mail, limits, now: options.clock }), bus, places, metrics, limits, frameClock });
  // Several nodes (or a bus handed in): each tells the others who has a conversation open on it.
  const here = createWhoIsHere({ bus, nodeId: shared.clustered || options.bus ? nodeId : null, refreshMs: options.hereRefreshMs ?? 5_000, onError: (err) => app.log.error({ err }, 'who-is-here failed') });
  agents.onAgentsChanged((list) => here.renamed(list)); // a new name shows in others' headers without a reconnect
  await registerAgentApi(api, { config, storage, bus, agents, handoff, conversations, snooze, teams, limits, links, events, here, frameClock, scryptLog2N: options.scryptLog2NForTests ?? DEFAULT_SCRYPT_LOG2N, sessionSweepMs: options.sessionSweepMs, onSetupLink: options.onSetupLink ?? (options.logger === false ? undefined : printSetupLink) });
  registerFaqAdminRoutes(api, { faq, store: storage, drafts: trainer });
  registerWebhookRoutes(api, { webhooks, audit: storage });
  registerEmailRoutes(api, { storage, conversations, mail });
  // A bounce changes an e-mail's state: every console showing that conversation's e-mails reads them again.
  registerBounceRoutes(api, { config: config.mail?.bounce ?? null, storage, changed: (conversationId) => agents.broadcast({ type: 'emails_changed', conversationId }) });
  registerReportRoutes(api, { reports: createReportsService({ store: storage }) });
  registerSitesAdminRoutes(api, { availability });
  registerVisitorDataRoutes(api, { store: visitorData, audit: storage, bus, agents, attachments });
  registerAttachmentRoutes(api, { attachments, storage, limits, maxBytes: config.attachments.maxBytes });
  const faqSync = startFaqSync({ faq, bus, checkMs: options.faqCheckMs ?? 10_000, onError: (err) => app.log.error({ err }, 'FAQ reload failed') });
  await registerPages(app, config, options.frontEnd);

  // Reload the FAQ pack (the stored one, else the files) without a restart.
  app.decorate('reloadFaq', () => faq.reload());
  app.addHook('onClose', async () => {
    await jobs.stop();
    await faqSync.stop();
    await trainer.close();
    unfollowTeams();
    unfollowWebhooks();
    reporter.stop();
    here.stop();
    agents.stop();
    places.stop();
    previews.stop();
    await shared.close();
    await webhooks.stop();
    await mail?.stop();
    await visitorData.close();
    await blobs.close();
    await storage.close();
  });
  const idleTimes = { ...config.idle, ...options.idleSweep?.times };
  const idleSweep = createIdleSweep({ storage, handoff, conversations, times: idleTimes, siteIdleMs: () => availability.idleCloseMs(idleTimes.closeMs) });
  const idleEveryMs = options.idleSweep?.everyMs ?? 60_000;
  const snoozeEveryMs = options.snoozeSweepMs ?? 60_000;
  // Alone on SQLite, the sweep only matters after this node's own restart (its claims are dropped at start, above).
  // On PostgreSQL a neighbour can die holding claims: its visitors' owed answers come when the claim (15 s) runs out
  // and the next sweep finds them, so the sweep looks often (one indexed query on the partial bot_due index).
  const botSweepMs = options.botSweepMs ?? (engine === 'sqlite' ? 30_000 : 5_000);
  // Jobs that run once per cluster, on whichever node takes their lease in the database.
  const jobs = startClusterJobs({
    store: storage,
    holder: nodeId,
    onError: (err, job) => app.log.error({ err, job }, 'job failed'),
    jobs: [
      // Answers the bot owes: a node that died between a visitor's message and its reply (this one, when it
      // restarts, or any other) leaves them for whoever sweeps next. Each reply exists once (unique reply_to).
      { name: 'bot-sweep', checkMs: botSweepMs, leaseMs: botSweepMs - 1_000, run: (stopping) => conversations.answerPending(undefined, stopping) },
      // Idle conversations close, and waiting entries whose visitor left leave the queue.
      { name: 'idle-sweep', checkMs: idleEveryMs, leaseMs: Math.max(idleEveryMs / 2, idleEveryMs - 1_000), run: () => idleSweep.run().then(() => undefined) },
      // Snoozed conversations whose time came wake (back in their holder's Mine, with a ring): a minute's granularity.
      { name: 'snooze-wake', checkMs: snoozeEveryMs, leaseMs: Math.max(snoozeEveryMs / 2, snoozeEveryMs - 1_000), run: () => snooze.wakeDue().then(() => undefined) },
      {
        name: 'retention',
        checkMs: 600_000,
        leaseMs: 86_400_000 - 600_000,
        run: async () => {
          const purged = await visitorData.purgeConversationsBefore(Date.now() - config.retentionDays * 86_400_000);
          // Then the files of every conversation that is gone (purged now, or erased while a deletion failed).
          const fileFolders = await attachments.sweep();
          if (purged > 0 || fileFolders > 0) app.log.info({ audit: 'retention.purged', conversations: purged, fileFolders, days: config.retentionDays }, 'audit');
        },
      },
    ],
  });
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    reloadFaq(): Promise<void>;
    /** Shutting down: /readyz answers 503 from now on (the sockets stay until close). */
    drain(): void;
  }
}

/** Fastify's trust setting: the named proxies, or the first `n` hops (what proxy-addr does for a number). */
function proxyTrust(trust: false | number | string[]): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}
