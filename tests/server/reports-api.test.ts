import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { REPORT_TABLES } from '../../protocol/index.ts';
import { openStorage } from '../../server/storage/open.ts';
import { toCsv } from '../../server/reports/csv.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { ADMIN_ENV, api, login } from '../helpers/agent-client.ts';
import { visitor } from '../helpers/ws-client.ts';
import { NO_BOT_SWEEP, PERIOD, expectedSummary, writeReportHistory, type History } from '../fixtures/reports/history.ts';

let server: RunningServer;
let admin: Awaited<ReturnType<typeof login>>;
let history: History;
const range = `from=${encodeURIComponent(PERIOD.from)}&to=${encodeURIComponent(PERIOD.to)}`;

beforeAll(async () => {
  server = await startServer(ADMIN_ENV, NO_BOT_SWEEP);
  admin = await login(server);
  // The known history, written through the storage port into the server's own database (SQLite file or PostgreSQL).
  const { storage } = await openStorage(server);
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    history = await writeReportHistory(storage, (ms) => vi.setSystemTime(ms));
  } finally {
    vi.useRealTimers();
    await storage.close();
  }
});
afterAll(() => server.cleanup());

const get = (cookie: string | null, pathAndQuery: string) =>
  fetch(`${server.url}${pathAndQuery}`, { headers: cookie ? { cookie } : {} }).then(async (res) => ({ res, text: await res.text() }));

describe('GET /api/v1/reports/*', () => {
  it('summary: the known history’s figures, for an admin', async () => {
    const { res, text } = await get(admin.cookie, `/api/v1/reports/summary?${range}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(JSON.parse(text)).toEqual(expectedSummary(history));
  });

  it('summary: an agent sees only the conversations they owned', async () => {
    const patched = await api(server, admin.cookie, 'PATCH', `/api/v1/agents/${history.agents.ann}`, { password: 'ann password 1234' });
    expect(patched.status).toBe(200);
    const ann = await login(server, 'ann@example.com', 'ann password 1234');
    const own = JSON.parse((await get(ann.cookie, `/api/v1/reports/summary?${range}&bucket=week`)).text);
    expect(own).toMatchObject({ scope: 'own', conversations: 2, handoffs: 2, agents: [{ name: 'Ann', conversations: 2 }] });
    expect(own.series).toEqual([{ start: Date.parse('2026-03-02T00:00:00Z'), conversations: 2, botResolved: 0, handoffs: 2 }]);
  });

  it('conversations.csv: one row per conversation, text/csv, as an attachment', async () => {
    const { res, text } = await get(admin.cookie, `/api/v1/reports/conversations.csv?${range}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="kefu-conversations-2026-03-02-2026-03-16.csv"');
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('conversation,started,language,status,outcome,handoff_reason,first_agent,messages,wait_sec,first_response_sec,resolution_sec,rating,written_language');
    expect(lines).toHaveLength(8);
    expect(lines.map((l) => l.split(',')[4]).slice(1)).toEqual(['bot_resolved', 'bot_resolved', 'handoff', 'handoff', 'handoff', 'unresolved', 'bot_resolved']);
    expect(lines[3]).toMatch(/,2026-03-03T14:00:00\.000Z,en,closed,handoff,bot_missed,Ann,5,60,90,600,5,$/);
    // A zh-CN widget whose visitor wrote English and chose Chinese: spoken zh-CN, written en (the last column, added last).
    expect(lines[5]).toMatch(/,zh-CN,\w+,handoff,asked,,\d+,,,,,en$/);
  });

  it('every table has its CSV, matching the summary', async () => {
    const summary = expectedSummary(history);
    for (const table of REPORT_TABLES) {
      const { res, text } = await get(admin.cookie, `/api/v1/reports/${table}.csv?${range}`);
      expect(res.status, table).toBe(200);
      expect(text.split('\r\n').length, table).toBeGreaterThan(1);
    }
    expect((await get(admin.cookie, `/api/v1/reports/topics.csv?${range}`)).text).toBe(toCsv(['faq_id', 'answers'], summary.byTopic.map((t) => [t.faqId, t.count])));
    expect((await get(admin.cookie, `/api/v1/reports/csat.csv?${range}`)).text).toBe('score,ratings\r\n1,0\r\n2,1\r\n3,0\r\n4,0\r\n5,1\r\n');
    expect((await get(admin.cookie, `/api/v1/reports/series.csv?${range}`)).text).toBe(
      'day,conversations,bot_resolved,handoffs\r\n2026-03-02,2,2,0\r\n2026-03-03,2,0,2\r\n2026-03-04,1,0,1\r\n2026-03-10,2,1,0\r\n',
    );
  });

  it('refuses bad periods with a clear 400 naming the field, and strangers with 401', async () => {
    const bad = async (q: string) => JSON.parse((await get(admin.cookie, `/api/v1/reports/summary?${q}`)).text).error;
    expect(await bad('from=yesterday&to=2026-03-02T00:00:00Z')).toMatchObject({ code: 'bad_frame', path: 'from' });
    expect(await bad(`from=${encodeURIComponent(PERIOD.to)}&to=${encodeURIComponent(PERIOD.from)}`)).toMatchObject({ code: 'bad_frame', path: 'to' });
    expect(await bad('from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z')).toMatchObject({ code: 'bad_frame', message: 'to: at most 400 days after from' });
    expect(await bad(`${range}&bucket=month`)).toMatchObject({ code: 'bad_frame', path: 'bucket' });
    expect(await bad(`${range}&extra=1`)).toMatchObject({ code: 'bad_frame' });
    expect((await get(null, `/api/v1/reports/summary?${range}`)).res.status).toBe(401);
    expect((await get(null, `/api/v1/reports/conversations.csv?${range}`)).res.status).toBe(401);
  });

  it('summary: a wait still going on is not in waitSec (waits that ended in a claim) but in waitingNow, the queue now, with the longest wait so far', async () => {
    const around = (ms: number) => `from=${encodeURIComponent(new Date(ms - 3_600_000).toISOString())}&to=${encodeURIComponent(new Date(ms + 3_600_000).toISOString())}`;
    const summary = async (cookie: string, q: string) => JSON.parse((await get(cookie, `/api/v1/reports/summary?${q}`)).text);
    const before = Date.now();
    const { client: v, welcome } = await visitor(server.wsUrl, server.url, { locale: 'en' });
    v.send({ type: 'handoff' });
    await v.next('state', (s) => s.status === 'waiting');
    const waiting = await summary(admin.cookie, around(before));
    const waitedAtMost = (Date.now() - before) / 1000;
    expect(waiting.waitSec).toEqual({ count: 0, median: null, p90: null });
    expect(waiting.waitingNow.count).toBe(1);
    expect(waiting.waitingNow.longestSec).toBeGreaterThanOrEqual(0);
    expect(waiting.waitingNow.longestSec).toBeLessThanOrEqual(waitedAtMost);
    // The queue now, whatever the period: the known history's fortnight in March shows it too.
    expect((await summary(admin.cookie, range)).waitingNow).toMatchObject({ count: 1 });
    // An agent's own report has no whole-desk queue.
    const ann = await login(server, 'ann@example.com', 'ann password 1234');
    expect((await summary(ann.cookie, around(before))).waitingNow).toBeNull();

    expect((await api(server, admin.cookie, 'POST', `/api/v1/conversations/${welcome.conversationId}/claim`)).status).toBe(200);
    const taken = await summary(admin.cookie, around(before));
    expect(taken.waitSec.count).toBe(1);
    expect(taken.waitingNow).toEqual({ count: 0, longestSec: null });
    v.close();
  });
});
