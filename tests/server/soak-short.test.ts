import { describe, expect, it } from 'vitest';
import { runSoak } from '../soak/run.ts';

/** The fault-injection soak, shortened: 20 visitors, 2 agents, 3 takeovers, 2 SIGKILLs, sockets cut and blackholed (full run: `npm run soak`). */
describe('soak (short)', () => {
  it('loses, duplicates and reorders nothing across kills, cuts and blackholes', async () => {
    const seed = 20_240_5;
    const report = await runSoak({
      seed,
      durationMs: 30_000,
      visitors: 20,
      agents: 2,
      takeovers: 3,
      killEveryMs: 11_000,
      cutEveryMs: 5_000,
      cutFraction: 0.1,
      sendEveryMs: 3_000,
      settleMs: 60_000,
      log: () => undefined,
    });
    const v = report.verdict;
    console.log(`soak-short seed ${seed}: ${v.sent} typed, ${v.agentSent} agent replies, ${report.takeoversDone}/${report.takeoversStarted} takeovers (${report.agentReconnects} agent sockets reopened, ${report.agentResends} replies resent), ${report.kills} kills, ${report.cuts} cut, ${report.blackholes} blackholed, backlog drained ${report.drainMs.join(', ')} ms after each restart, outboxes empty ${report.outboxEmptyAfterMs} ms after the end, ${report.elapsedMs} ms in all`);
    expect(report.kills).toBe(2);
    expect(v.sent).toBeGreaterThan(100);
    expect({ lost: v.lost, duplicated: v.duplicated, reordered: v.reordered, viewLost: v.viewLost, viewDuplicated: v.viewDuplicated, viewReordered: v.viewReordered }).toEqual({
      lost: 0, duplicated: 0, reordered: 0, viewLost: 0, viewDuplicated: 0, viewReordered: 0,
    });
    expect({ botUnanswered: v.botUnanswered, botDoubled: v.botDoubled, outboxLeft: v.outboxLeft, integrity: v.integrity }).toEqual({ botUnanswered: 0, botDoubled: 0, outboxLeft: 0, integrity: 'ok' });
    expect({ agentLost: v.agentLost, agentDuplicated: v.agentDuplicated, agentReordered: v.agentReordered, agentViewLost: v.agentViewLost, agentViewDuplicated: v.agentViewDuplicated, agentViewReordered: v.agentViewReordered, agentMissingForVisitor: v.agentMissingForVisitor, botWhileAssigned: v.botWhileAssigned }).toEqual({
      agentLost: 0, agentDuplicated: 0, agentReordered: 0, agentViewLost: 0, agentViewDuplicated: 0, agentViewReordered: 0, agentMissingForVisitor: 0, botWhileAssigned: 0,
    });
    expect(report.takeoversDone).toBe(3);
    expect(v.agentStored).toBe(v.agentSent);
    expect(v.agentSent).toBeGreaterThanOrEqual(6);
    // Every visitor message was answered by the bot once, or stored while a person had the conversation.
    expect(v.botAnswers + v.visitorToPeople).toBe(v.sent);
    expect(report.outboxEmptyAfterMs).not.toBeNull(); // the 30 s bound is asserted by the full run (npm run soak)
    expect(report.drainMs.every((ms) => ms !== null)).toBe(true);
  }, 150_000);
});
