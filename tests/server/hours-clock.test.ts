import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { visitor } from '../helpers/ws-client.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, login } from '../helpers/agent-client.ts';

/** Monday 7 December 2026, 09:00 in Shanghai (UTC+8). */
const NINE = Date.parse('2026-12-07T01:00:00Z');
const SITES = {
  // Opens at the boundary: away, back at 09:00 → online until 18:00.
  opens: { hours: { timezone: 'Asia/Shanghai', weekly: { mon: [['09:00', '18:00']] } } },
  // Closes at the boundary: online until 09:00 → away, back next Monday 00:00.
  closes: { hours: { timezone: 'Asia/Shanghai', weekly: { mon: [['00:00', '09:00']] } } },
};

/**
 * The widget's "back at" is right at the opening and the closing minute: a visitor connected a moment before
 * 09:00 is told the state again at 09:00 itself, without doing anything (the server's clock is moved for the
 * test: it stands at 08:59:59 until both visitors have their first state, then runs).
 */
describe('business hours at the opening and closing minute', () => {
  let server: RunningServer;
  let frozen: number | null = null;
  let offset = 0;
  beforeAll(async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kefu-sites-')), 'sites.json');
    writeFileSync(file, JSON.stringify(SITES));
    server = await startServer({ ...ADMIN_ENV, KEFU_SITES: file }, { ...FAST_SCRYPT, clock: () => frozen ?? Date.now() + offset });
  });
  afterAll(() => server.cleanup());

  it('switches away → online at 09:00 for one site and online → away at 09:00 for the other, unprompted', async () => {
    const admin = await login(server);
    const desk = await AgentClient.connect(server, admin.cookie);
    await desk.hello(); // an agent online: within hours the site is online
    frozen = NINE - 1_000;

    const opens = await visitor(server.wsUrl, server.url, { locale: 'en', site: 'opens' });
    const closes = await visitor(server.wsUrl, server.url, { locale: 'en', site: 'closes' });
    expect((await opens.client.next('state')).reach).toEqual({ kind: 'away', reason: 'closed', backAt: NINE });
    expect((await closes.client.next('state')).reach).toMatchObject({ kind: 'online', until: NINE });
    offset = NINE - 1_000 - Date.now();
    frozen = null;

    // At 09:00 (the server's clock), each gets a new state: the opening minute is open, the closing minute closed.
    const opened = await opens.client.next('state', (s) => s.reach?.kind === 'online', 20_000);
    expect(opened.reach).toMatchObject({ kind: 'online', until: Date.parse('2026-12-07T10:00:00Z') });
    const closed = await closes.client.next('state', (s) => s.reach?.kind === 'away', 20_000);
    expect(closed.reach).toEqual({ kind: 'away', reason: 'closed', backAt: Date.parse('2026-12-13T16:00:00Z') });
    expect(Date.now() + offset).toBeGreaterThanOrEqual(NINE);
    opens.client.close();
    closes.client.close();
    desk.close();
  });
});
