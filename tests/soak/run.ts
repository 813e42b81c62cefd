import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ChatClient } from '../../widget/app/chat/client.ts';
import { freePort } from '../helpers/server.ts';
import { killHard, launchServer, type ServerProcess } from '../helpers/server-process.ts';
import { installBrowserGlobals, MemoryStorage } from './node-widget.ts';
import { judge, type Participant, type Verdict } from './oracle.ts';
import { FaultProxy } from './proxy.ts';
import { seededRandom } from '../../faq/classifier.ts';

export interface SoakOptions {
  seed: number;
  durationMs: number;
  visitors: number;
  /** SIGKILL the server and start it again this often. */
  killEveryMs: number;
  /** Cut or blackhole `cutFraction` of the open connections this often. */
  cutEveryMs: number;
  cutFraction: number;
  /** Each visitor types a message every sendEveryMs on average (uniform in [0.5, 1.5]×). */
  sendEveryMs: number;
  /** After the last fault: how long every outbox may take to empty and every view to catch up. */
  settleMs: number;
  log: (line: string) => void;
}

export interface SoakReport {
  verdict: Verdict;
  kills: number;
  cuts: number;
  blackholes: number;
  /** After each restart: how long until every message unacknowledged at that moment was acknowledged (null: not within 120 s). */
  drainMs: (number | null)[];
  /** After the end (no more typing): how long until every outbox was empty (null: not within settleMs). */
  outboxEmptyAfterMs: number | null;
  elapsedMs: number;
}

/** Questions the FAQ bot answers (none asks for a person, so the bot owns every conversation throughout). */
const QUESTIONS = ['how do I top up my balance', 'my payment failed', '忘记密码怎么办', 'how long does a refund take', '退款多久到账', 'what are the transfer fees', '¿cómo recargo mi saldo?'];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The fault-injection soak: visitors running the widget's own ChatClient (outbox, clientId per message,
 * resend after reconnect, lastSeq replay, full-jitter backoff, heartbeat) through a TCP proxy that cuts and
 * blackholes connections, against the real server process, SIGKILLed and restarted at intervals. At the
 * end the oracle compares what everyone typed and sees with the database.
 */
export async function runSoak(o: SoakOptions): Promise<SoakReport> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kefu-soak-'));
  const dbFile = path.join(dataDir, 'kefu.sqlite');
  const serverPort = await freePort();
  const proxyPort = await freePort();
  const env = { KEFU_LOG_LEVEL: 'error' };
  let server: ServerProcess = await launchServer(serverPort, dataDir, env);
  const proxy = new FaultProxy(serverPort);
  await proxy.listen(proxyPort);
  installBrowserGlobals(`http://127.0.0.1:${serverPort}`);

  const started = Date.now();
  const stopAt = started + o.durationMs;
  const faults = seededRandom(o.seed);
  const visitors = Array.from({ length: o.visitors }, (_, i) => {
    const client = new ChatClient({ url: `ws://127.0.0.1:${proxyPort}/ws/visitor`, locale: 'en', site: null, storage: new MemoryStorage(), heartbeatMs: 4000 });
    client.start();
    return { client, sent: [] as string[], random: seededRandom(o.seed * 1000 + i + 1) };
  });

  const timers = new Set<ReturnType<typeof setTimeout>>();
  const typeNext = (v: (typeof visitors)[number], i: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (Date.now() >= stopAt) return;
      const text = `${QUESTIONS[Math.floor(v.random() * QUESTIONS.length)]} #${i}-${v.sent.length}`;
      v.sent.push(text);
      v.client.send(text);
      typeNext(v, i);
    }, o.sendEveryMs * (0.5 + v.random()));
    timers.add(timer);
  };
  visitors.forEach(typeNext);
  const injuries = setInterval(() => proxy.injure(o.cutFraction, faults), o.cutEveryMs);

  let kills = 0;
  const drains: Promise<number | null>[] = [];
  /** Resolves with how long until every message pending now is acknowledged, polled every 250 ms for at most 120 s. */
  const drainFrom = async (from: number): Promise<number | null> => {
    const backlog = visitors.map((v) => new Set(v.client.snapshot.pending.map((p) => p.clientId)));
    o.log(`backlog at restart: ${backlog.reduce((n, b) => n + b.size, 0)} unacknowledged`);
    for (let waited = 0; waited < 120_000; waited += 250) {
      if (visitors.every((v, i) => !v.client.snapshot.pending.some((p) => backlog[i]!.has(p.clientId)))) return Date.now() - from;
      await sleep(250);
    }
    return null;
  };
  try {
    // Kills on a fixed schedule (every killEveryMs from the start), however long each restart takes.
    for (let k = 1; started + k * o.killEveryMs < stopAt; k++) {
      await sleep(started + k * o.killEveryMs - Date.now());
      o.log(`kill ${kills + 1} at ${((Date.now() - started) / 1000).toFixed(1)} s (${proxy.open} connections open)`);
      await killHard(server);
      kills++;
      server = await launchServer(serverPort, dataDir, env);
      drains.push(drainFrom(Date.now()));
    }
    await sleep(Math.max(0, stopAt - Date.now()));
  } finally {
    clearInterval(injuries);
    for (const timer of timers) clearTimeout(timer);
  }

  // Settle: every outbox empties and every view reaches its conversation's last seq in the database.
  const db = new Database(dbFile, { readonly: true });
  const lastSeq = db.prepare<[string], { last_seq: number }>('SELECT last_seq FROM conversations WHERE id = ?');
  let outboxEmptyAt: number | null = null;
  const deadline = Date.now() + o.settleMs;
  for (;;) {
    const pending = visitors.reduce((n, v) => n + v.client.snapshot.pending.length, 0);
    if (pending === 0) outboxEmptyAt ??= Date.now();
    const behind = visitors.filter(({ client: { snapshot: s } }) => {
      const last = s.messages.at(-1);
      return s.pending.length > 0 || (last !== undefined && last.seq !== lastSeq.get(last.conversationId)?.last_seq);
    }).length;
    if (behind === 0 || Date.now() > deadline) {
      o.log(`settled: ${pending} unacknowledged, ${behind} views behind, ${((Date.now() - stopAt) / 1000).toFixed(1)} s after the end`);
      break;
    }
    await sleep(250);
  }
  db.close();

  const participants: Participant[] = visitors.map((v) => ({ sent: v.sent, view: v.client.snapshot.messages, pending: v.client.snapshot.pending.length }));
  visitors.forEach((v) => v.client.stop());
  server.child.kill('SIGTERM');
  await server.exited;
  await proxy.close();
  const verdict = judge(dbFile, participants);
  rmSync(dataDir, { recursive: true, force: true });
  return {
    verdict,
    kills,
    cuts: proxy.cuts,
    blackholes: proxy.blackholes,
    drainMs: await Promise.all(drains),
    outboxEmptyAfterMs: outboxEmptyAt === null ? null : Math.max(0, outboxEmptyAt - stopAt),
    elapsedMs: Date.now() - started,
  };
}
