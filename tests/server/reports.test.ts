import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ReportSummary, type ReportQuery } from '../../protocol/index.ts';
import { openSqliteStorage } from '../../server/storage/sqlite.ts';
import type { Storage } from '../../server/storage/types.ts';
import type { Agent } from '../../server/storage/agent-types.ts';
import { createReportsService } from '../../server/services/reports.ts';
import { PERIOD, WHILE_C5_ONGOING, expectedSummary, writeReportHistory, type History } from '../fixtures/reports/history.ts';

let dir: string;
let storage: Storage;
let history: History;
let admin: Agent;
let ann: Agent;
const LATER = Date.parse('2026-12-01T00:00:00Z');

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kefu-reports-'));
  storage = openSqliteStorage(path.join(dir, 'kefu.sqlite'));
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    history = await writeReportHistory(storage, (ms) => vi.setSystemTime(ms));
  } finally {
    vi.useRealTimers();
  }
  admin = (await storage.getAgent(history.agents.admin))!;
  ann = (await storage.getAgent(history.agents.ann))!;
});
afterAll(async () => {
  await storage.close();
  rmSync(dir, { recursive: true, force: true });
});

const query = (extra: Partial<ReportQuery> = {}): ReportQuery => ({ ...PERIOD, bucket: 'day', tz: 0, ...extra });

describe('reports over a known history (every figure, denominators included)', () => {
  it('gives an admin exactly the hand-worked figures', async () => {
    const reports = createReportsService({ store: storage, now: () => LATER });
    const summary = await reports.summary(admin, query());
    expect(ReportSummary.parse(summary)).toEqual(summary);
    expect(summary).toEqual(expectedSummary(history));
    // The outcomes partition the conversations: nothing counted twice, nothing lost.
    expect(summary.botResolved + summary.handoffs + summary.unresolved + summary.ongoing).toBe(summary.conversations);
    expect(summary.handoffReasons.asked + summary.handoffReasons.bot_missed).toBe(summary.handoffs);
    expect(summary.csat.distribution.reduce((n, d) => n + d.count, 0)).toBe(summary.csat.count);
  });

  it('counts a conversation with a message inside the idle time as ongoing, not resolved', async () => {
    const reports = createReportsService({ store: storage, now: () => WHILE_C5_ONGOING });
    const summary = await reports.summary(admin, query());
    expect([summary.conversations, summary.botResolved, summary.ongoing, summary.unresolved, summary.handoffs]).toEqual([7, 2, 1, 1, 3]);
    expect(summary.botResolvedRate).toBe(2 / 7);
  });

  it('per week, and in UTC+8: weeks start on Monday, hours and days move with the offset', async () => {
    const reports = createReportsService({ store: storage, now: () => LATER });
    const weekly = await reports.summary(admin, query({ bucket: 'week' }));
    expect(weekly.series).toEqual([
      { start: Date.parse('2026-03-02T00:00:00Z'), conversations: 5, botResolved: 2, handoffs: 3 },
      { start: Date.parse('2026-03-09T00:00:00Z'), conversations: 2, botResolved: 1, handoffs: 0 },
    ]);
    const east = await reports.summary(admin, query({ tz: 480 }));
    expect(east.byHour.filter((h) => h.count > 0).map((h) => h.hour)).toEqual([6, 7, 8, 18, 20, 22, 23]);
    expect(east.series.map((s) => [new Date(s.start).toISOString(), s.conversations])).toEqual([
      ['2026-03-01T16:00:00.000Z', 2], // 2 March, 00:00 in UTC+8
      ['2026-03-02T16:00:00.000Z', 2],
      ['2026-03-03T16:00:00.000Z', 1],
      ['2026-03-10T16:00:00.000Z', 2], // C6 and C5 fall on 11 March in UTC+8
    ]);
    expect(east.conversations).toBe(7); // the period is the same instants
  });

  it('shows an agent only the conversations they owned, and only themselves', async () => {
    const reports = createReportsService({ store: storage, now: () => LATER });
    const own = await reports.summary(ann, query());
    expect(own.scope).toBe('own');
    expect([own.conversations, own.handoffs, own.botResolved, own.messages.total]).toEqual([2, 2, 0, 7]);
    expect(own.waitSec).toEqual({ count: 2, median: 45, p90: 57 });
    expect(own.csat).toMatchObject({ average: 3.5, count: 2 });
    expect(own.agents.map((a) => a.name)).toEqual(['Ann']);
    expect(own.helpfulness).toEqual([]);
  });

  it('an empty period has zero counts and null averages, not NaN', async () => {
    const reports = createReportsService({ store: storage, now: () => LATER });
    const empty = await reports.summary(admin, query({ from: '2025-01-01T00:00:00Z', to: '2025-01-02T00:00:00Z' }));
    expect(empty).toMatchObject({ conversations: 0, handoffRate: null, botResolvedRate: null, waitSec: { count: 0, median: null, p90: null }, csat: { average: null, count: 0 } });
    expect(empty.series).toEqual([]);
  });

  it("a conversation in which the visitor only chose the widget's language is not counted; once they write, it is", async () => {
    const day = { from: '2025-06-01T00:00:00.000Z', to: '2025-06-02T00:00:00.000Z' };
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.parse('2025-06-01T10:00:00Z'));
      const v = await storage.createVisitor('h-language-only', 'en');
      const c = await storage.openConversation(v.id, 'en');
      expect(await storage.setBotLocale(c.id, 'zh-CN', true)).not.toBeNull(); // a line in its timeline
      vi.setSystemTime(Date.parse('2025-06-01T10:05:00Z'));
      const reports = createReportsService({ store: storage, now: () => LATER });
      expect((await reports.summary(admin, query(day))).conversations).toBe(0);
      await storage.appendMessage({ conversationId: c.id, author: 'visitor', authorName: null, text: '我要退款', clientId: null, bot: null });
      const table = await reports.table(admin, query(day), 'conversations');
      const col = (name: string) => table.rows.map((r) => r[table.header.indexOf(name)]);
      expect([col('outcome'), col('language')]).toEqual([['unresolved'], ['zh-CN']]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('exports one row per conversation, with the same outcomes and durations', async () => {
    const reports = createReportsService({ store: storage, now: () => LATER });
    const table = await reports.table(admin, query(), 'conversations');
    expect(table.rows).toHaveLength(7);
    const col = (name: string) => table.rows.map((r) => r[table.header.indexOf(name)]);
    expect(col('outcome')).toEqual(['bot_resolved', 'bot_resolved', 'handoff', 'handoff', 'handoff', 'unresolved', 'bot_resolved']);
    expect(col('wait_sec')).toEqual([null, null, 60, 30, null, null, null]);
    expect(col('first_response_sec')).toEqual([null, null, 90, 40, null, null, null]);
    expect(col('resolution_sec')).toEqual([null, 300, 600, 300, null, null, null]);
    expect(col('first_agent')).toEqual([null, null, 'Ann', 'Bob', null, null, null]);
    expect(col('rating')).toEqual([null, null, 5, 2, null, null, null]);
    // The language spoken to the visitor, and the one they write in (null: none shown): the fifth (C7) is a zh-CN
    // widget whose visitor wrote English and chose Chinese.
    expect(col('language')).toEqual(['en', 'zh-CN', 'en', 'en', 'zh-CN', 'en', 'ja']);
    expect(col('written_language')).toEqual([null, null, null, null, 'en', null, null]);
    expect(col('started')[0]).toBe(PERIOD.from);
  });
});
