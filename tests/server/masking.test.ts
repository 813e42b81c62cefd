import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BULK_LIMITS, startServer, type RunningServer } from '../helpers/server.ts';
import { visitor } from '../helpers/ws-client.ts';
import { positives } from '../protocol/card-fixtures.ts';

/**
 * Card numbers sent over a real socket never reach the database file, its WAL, a broadcast frame or a
 * log line: the server masks them before it stores anything, whatever the client did.
 */
const lines: string[] = [];
let server: RunningServer;

beforeAll(async () => {
  server = await startServer(BULK_LIMITS, { logger: { level: 'trace' }, logStream: { write: (line) => void lines.push(line) } });
});
afterAll(() => server.cleanup());

/** Every way the number could appear in bytes: its digits, as written, and in UTF-16 (SQLite may store either). */
function forms(text: string, number: string): Buffer[] {
  const digitsAsWritten = /[0-9\uFF10-\uFF19][^\p{L}]*[0-9\uFF10-\uFF19]/u.exec(text)?.[0] ?? number;
  return [number, number.slice(0, 8), digitsAsWritten].flatMap((s) => [Buffer.from(s, 'utf8'), Buffer.from(s, 'utf16le')]);
}

describe('card numbers over a real socket', () => {
  it('are masked before the database, its WAL, the broadcast frames and the logs see them', async () => {
    const cases = positives(2024, 60);
    const first = await visitor(server.wsUrl, server.url, { locale: 'en' });
    // A second tab of the same visitor: it only ever sees the broadcast.
    const second = await visitor(server.wsUrl, server.url, { token: first.welcome.token });

    for (const [i, c] of cases.entries()) {
      first.client.send({ type: 'send', clientId: `card-${String(i).padStart(4, '0')}`, text: c.text });
      await first.client.next('ack', (a) => a.clientId === `card-${String(i).padStart(4, '0')}`);
    }
    // Resending the same raw text under the same clientId is still a duplicate (masked compared to masked).
    first.client.send({ type: 'send', clientId: 'card-0000', text: cases[0]!.text });
    const again = await first.client.next('ack', (a) => a.clientId === 'card-0000', 5000, first.client.frames.length);
    expect(first.client.frames.filter((f) => f.type === 'error')).toEqual([]);
    const firstAck = first.client.frames.find((f) => f.type === 'ack' && f.clientId === 'card-0000');
    expect(again).toEqual(firstAck);

    const lastVisitorSeq = (await first.client.next('ack', (a) => a.clientId === `card-${String(cases.length - 1).padStart(4, '0')}`)).seq;
    await second.client.next('message', (m) => m.message.seq >= lastVisitorSeq);
    const visitorFrames = second.client.frames.filter((f) => f.type === 'message' && f.message.author === 'visitor');
    expect(visitorFrames).toHaveLength(cases.length);

    const db = readFileSync(path.join(server.dataDir, 'kefu.sqlite'));
    const wal = readFileSync(path.join(server.dataDir, 'kefu.sqlite-wal'));
    expect(wal.length).toBeGreaterThan(0);
    const frames = Buffer.from([...first.client.frames, ...second.client.frames].map((f) => JSON.stringify(f)).join('\n'));
    const logs = Buffer.from(lines.join('\n'));
    expect(lines.length).toBeGreaterThan(0);

    const leaks: string[] = [];
    for (const c of cases) {
      for (const form of forms(c.text, c.number)) {
        for (const [where, bytes] of [['sqlite', db], ['wal', wal], ['frames', frames], ['logs', logs]] as const) {
          if (bytes.includes(form)) leaks.push(`${where}: ${c.text}`);
        }
      }
      // Each message arrived masked, with its last four digits.
      expect(frames.includes(Buffer.from(`•••• ${c.number.slice(-4)}`))).toBe(true);
    }
    expect(leaks).toEqual([]);
    first.client.close();
    second.client.close();
  });
});
