import { parseArgs } from 'node:util';
import { clean } from './oracle.ts';
import { runSoak } from './run.ts';

/**
 * `npm run soak -- [--nodes 3] [--seed N] [--duration 300] [--visitors 100] [--agents 10] [--takeovers 20] [--kill-every 60] [--cut-every 15] [--cut 0.05]`
 * `--nodes N` (N > 1): N servers on one PostgreSQL of the soak's own (initdb + pg_ctl, tests/helpers/pg-instance.ts)
 * and one Redis (KEFU_TEST_REDIS_URL), the proxy balancing over them, one node SIGKILLed (and restarted) per kill in
 * turn, PostgreSQL stopped for 5 s and started again once half-way.
 * Prints the figures and the seed; exits 1 unless nothing was lost, duplicated or reordered.
 */
const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    nodes: { type: 'string', default: '1' },
    duration: { type: 'string', default: '300' },
    visitors: { type: 'string', default: '100' },
    agents: { type: 'string', default: '10' },
    takeovers: { type: 'string', default: '20' },
    'kill-every': { type: 'string', default: '60' },
    'cut-every': { type: 'string', default: '15' },
    cut: { type: 'string', default: '0.05' },
    'send-every': { type: 'string', default: '3' },
  },
});
const num = (name: keyof typeof values, min: number, max: number): number => {
  const n = Number(values[name]);
  if (!Number.isFinite(n) || n < min || n > max) {
    console.error(`--${name} must be a number in [${min}, ${max}]`);
    process.exit(2);
  }
  return n;
};
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : num('seed', 0, 2 ** 31);
const options = {
  seed,
  durationMs: num('duration', 5, 3600) * 1000,
  visitors: num('visitors', 1, 1000),
  agents: num('agents', 0, 100),
  takeovers: num('takeovers', 0, 1000),
  killEveryMs: num('kill-every', 5, 3600) * 1000,
  nodes: num('nodes', 1, 5),
  cutEveryMs: num('cut-every', 1, 3600) * 1000,
  cutFraction: num('cut', 0, 1),
  sendEveryMs: num('send-every', 0.2, 60) * 1000,
  settleMs: 60_000,
  log: (line: string) => console.log(`  ${line}`),
};
console.log(`soak: seed ${seed}, ${options.nodes > 1 ? `${options.nodes} nodes on PostgreSQL + Redis` : 'one node on SQLite'}, ${options.visitors} visitors, ${options.agents} agents, ${options.takeovers} takeovers, ${options.durationMs / 1000} s, ` +
  `kill every ${options.killEveryMs / 1000} s, ${options.cutFraction * 100}% of sockets (visitors' and agents') cut/blackholed every ${options.cutEveryMs / 1000} s`);
const report = await runSoak(options);
const v = report.verdict;
console.log(`
seed                 ${seed}
elapsed              ${(report.elapsedMs / 1000).toFixed(1)} s
kills (SIGKILL)      ${report.kills}${options.nodes > 1 ? ` (node ${Array.from({ length: report.kills }, (_, k) => (k % options.nodes) + 1).join(', ')})` : ''}
database outages     ${report.databaseOutages}
sockets cut          ${report.cuts}
sockets blackholed   ${report.blackholes}
messages typed       ${v.sent}
stored               ${v.stored}
lost                 ${v.lost}
duplicated           ${v.duplicated}
reordered            ${v.reordered}
views: lost/dup/ord  ${v.viewLost}/${v.viewDuplicated}/${v.viewReordered}
takeovers done       ${report.takeoversDone} of ${report.takeoversStarted} started (${options.takeovers} planned)
agent sockets        ${report.agentReconnects} reopened (attempts while the server was down included), ${report.agentResends} replies resent for want of an ack
agent replies typed  ${v.agentSent}
  stored             ${v.agentStored}
  lost               ${v.agentLost}
  duplicated         ${v.agentDuplicated}
  reordered          ${v.agentReordered}
  consoles l/d/o     ${v.agentViewLost}/${v.agentViewDuplicated}/${v.agentViewReordered}
  missing for visitor ${v.agentMissingForVisitor} (in conversations still open)
unseen after close   ${v.unseenAfterClose} (messages of closed conversations the visitor's widget never showed; not a failure)
bot answers          ${v.botAnswers} (unanswered ${v.botUnanswered}, answered twice ${v.botDoubled}, while an agent held it ${v.botWhileAssigned})
to people, not bot   ${v.visitorToPeople} visitor messages stored while waiting/assigned
outboxes left        ${v.outboxLeft}
backlog drained      ${report.drainMs.map((ms) => (ms === null ? 'NOT within 120 s' : `${(ms / 1000).toFixed(1)} s`)).join(', ')} after each restart
outboxes empty       ${report.outboxEmptyAfterMs === null ? 'NOT within the settle time' : `${(report.outboxEmptyAfterMs / 1000).toFixed(1)} s after the last message was typed`}
integrity_check      ${v.integrity}
`);
const lastDrain = report.drainMs.at(-1);
const ok = clean(v) && report.takeoversDone === options.takeovers && report.outboxEmptyAfterMs !== null && (lastDrain === undefined || (lastDrain !== null && lastDrain <= 30_000));
console.log(ok ? 'PASS' : 'FAIL');
process.exit(ok ? 0 : 1);
