import { expect } from 'vitest';
import type { SoakReport } from './run.ts';

/**
 * What a short soak in `npm test` asserts (the full runs print the same through tests/soak/main.ts): every
 * visitor message and agent reply stored once and in order, in the database and in every final view; every
 * owed bot answer given once, never while an agent held the chat; every takeover through; every outbox empty.
 */
export function expectClean(report: SoakReport, want: { kills: number; takeovers: number; minTyped: number; integrity: string }): void {
  const v = report.verdict;
  expect(report.kills).toBe(want.kills);
  expect(v.sent).toBeGreaterThan(want.minTyped);
  expect({ lost: v.lost, duplicated: v.duplicated, reordered: v.reordered, viewLost: v.viewLost, viewDuplicated: v.viewDuplicated, viewReordered: v.viewReordered }).toEqual({
    lost: 0, duplicated: 0, reordered: 0, viewLost: 0, viewDuplicated: 0, viewReordered: 0,
  });
  expect({ botUnanswered: v.botUnanswered, botDoubled: v.botDoubled, outboxLeft: v.outboxLeft, integrity: v.integrity }).toEqual({ botUnanswered: 0, botDoubled: 0, outboxLeft: 0, integrity: want.integrity });
  expect({ agentLost: v.agentLost, agentDuplicated: v.agentDuplicated, agentReordered: v.agentReordered, agentViewLost: v.agentViewLost, agentViewDuplicated: v.agentViewDuplicated, agentViewReordered: v.agentViewReordered, agentMissingForVisitor: v.agentMissingForVisitor, botWhileAssigned: v.botWhileAssigned }).toEqual({
    agentLost: 0, agentDuplicated: 0, agentReordered: 0, agentViewLost: 0, agentViewDuplicated: 0, agentViewReordered: 0, agentMissingForVisitor: 0, botWhileAssigned: 0,
  });
  expect(report.takeoversDone).toBe(want.takeovers);
  expect(v.agentStored).toBe(v.agentSent);
  expect(v.agentSent).toBeGreaterThanOrEqual(2 * want.takeovers);
  // Every visitor message was answered by the bot once, or stored while a person had the conversation.
  expect(v.botAnswers + v.visitorToPeople).toBe(v.sent);
  expect(report.outboxEmptyAfterMs).not.toBeNull(); // the 30 s bound is asserted by the full run (npm run soak)
  expect(report.drainMs.every((ms) => ms !== null)).toBe(true);
}

/** One line of figures for the test's output. */
export function summary(name: string, seed: number, report: SoakReport): string {
  const v = report.verdict;
  return `${name} seed ${seed}: ${v.sent} typed, ${v.botAnswers} bot answers, ${v.agentSent} agent replies, ${report.takeoversDone}/${report.takeoversStarted} takeovers (${report.agentReconnects} agent sockets reopened, ${report.agentResends} replies resent), ${report.kills} kills, ${report.cuts} cut, ${report.blackholes} blackholed, backlog drained ${report.drainMs.join(', ')} ms after each restart, outboxes empty ${report.outboxEmptyAfterMs} ms after the end, ${report.elapsedMs} ms in all`;
}
