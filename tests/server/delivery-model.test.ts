import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ChatMessage, ConversationStatus } from '../../protocol/index.ts';
import type { FaqEngine } from '../../faq/types.ts';
import { createMemoryBus } from '../../server/bus/memory.ts';
import { loadConfig } from '../../server/config.ts';
import { createMetrics } from '../../server/plugins/metrics.ts';
import { createAgentChannel } from '../../server/services/agent-channel.ts';
import { createQueuePlaces } from '../../server/services/queue-places.ts';
import { createMemoryPresence } from '../../server/cluster/memory-presence.ts';
import { createConversationService, type ConversationService } from '../../server/services/conversations.ts';
import { createFaqLearning } from '../../server/services/faq-learning.ts';
import { createHandoffService } from '../../server/services/handoff.ts';
import { createAvailability } from '../../server/services/availability.ts';
import { openSqliteStorage } from '../../server/storage/sqlite.ts';
import type { Storage } from '../../server/storage/types.ts';
import { MINI_PACK, runEngine } from '../helpers/faq-model-seed.ts';

/**
 * Model-based test of ordering, idempotency and "the bot answers once": random interleavings of typing,
 * dropped acks, disconnect/reconnect with lastSeq, server restarts (storage closed and reopened, a new
 * service, pending bot answers resumed as at startup), crashes between a message and its bot reply, and
 * takeovers, checked against a reference model after every step. Runs in-process on a real SQLite file.
 */
const SEED = 5_2026;
const RUNS = Number(process.env.KEFU_MODEL_RUNS ?? 1000);

const dir = mkdtempSync(path.join(tmpdir(), 'kefu-model-'));
const file = path.join(dir, 'kefu.sqlite');
const config = loadConfig({ KEFU_DATA_DIR: dir });
const metrics = createMetrics();
let engine: FaqEngine;
beforeAll(async () => {
  // The real matcher on the mini pack (from the run's trained model), its answers memoised per text (the model sends a handful of texts).
  const real = await runEngine(MINI_PACK);
  const answers = new Map<string, ReturnType<FaqEngine['answer']>>();
  engine = {
    pack: real.pack,
    thresholds: real.thresholds,
    model: real.model,
    modelSource: real.modelSource,
    entry: (id, locale) => real.entry(id, locale),
    answer: (text, options) => answers.get(text) ?? answers.set(text, real.answer(text, options)).get(text)!,
  };
});
afterAll(async () => {
  reader?.close();
  await live?.storage.close();
  rmSync(dir, { recursive: true, force: true });
});

function open(): { storage: Storage; service: ConversationService } {
  const storage = openSqliteStorage(file);
  const bus = createMemoryBus();
  const handoff = createHandoffService({ storage, bus, places: createQueuePlaces({ storage, bus, states: async () => [], intervalMs: 1_000, onError: (err) => { throw err; } }), agents: createAgentChannel({ bus, store: createMemoryPresence(), refreshMs: 0, onError: (err) => { throw err; } }), routing: 'manual', availability: createAvailability({ store: storage, file: {} }), onError: (err) => { throw err; } });
  const service = createConversationService({
    storage, bus, faq: { current: () => engine }, metrics, identitySecrets: [], cardMask: config.cardMask, handoff,
    learning: createFaqLearning({ store: storage, cardMask: config.cardMask }),
  });
  return { storage, service };
}

type Action =
  | { kind: 'type'; text: string; dropAck: boolean; crashBeforeBot: boolean }
  | { kind: 'disconnect' }
  | { kind: 'reconnect' }
  | { kind: 'restart' }
  | { kind: 'takeover' }
  | { kind: 'release' };

const oneIn = (n: number) => fc.integer({ min: 1, max: n }).map((k) => k === 1);
const TEXTS = ['how do I reset my password', '忘记密码怎么办', 'refund please', 'transfer to a friend', 'hello'];
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('type' as const), text: fc.constantFrom(...TEXTS), dropAck: fc.boolean(), crashBeforeBot: oneIn(8) }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'disconnect' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'reconnect' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'restart' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'takeover' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'release' as const }) },
);

let run = 0;
/** The "server": storage and service, shared by runs until a restart replaces them. */
let live: { storage: Storage; service: ConversationService } | undefined;
let reader: Database.Database | undefined;
interface Row { seq: number; author: string; client_id: string | null; reply_to: string | null; id: string }
const setStatus = (storage: Storage, id: string, status: ConversationStatus) => storage.setConversationStatus(id, status);

async function play(actions: Action[]): Promise<void> {
  run++;
  live ??= open();
  let { storage, service } = live;
  reader ??= new Database(file, { readonly: true });
  const rowsOf = reader.prepare<[string], Row>('SELECT seq, author, client_id, reply_to, id FROM messages WHERE conversation_id = ? ORDER BY seq');
  const visitor = await storage.createVisitor(`model-${run}-${'x'.repeat(40)}`, 'en');
  const conversationId = (await storage.openConversation(visitor.id, 'en')).id;
  // The reference model.
  const typed: { clientId: string; text: string }[] = [];
  const outbox: { clientId: string; text: string }[] = [];
  const owedReply = new Set<string>(); // clientIds stored while the bot owned the conversation
  let view: ChatMessage[] = [];
  let connected = true;

  const transmit = async (item: { clientId: string; text: string }, dropAck: boolean, crashBeforeBot: boolean) => {
    const status = (await storage.getConversation(conversationId))!.status;
    const result = await service.sendVisitorMessage(conversationId, item.clientId, item.text);
    expect(result.kind).not.toBe('conflict');
    if (result.kind === 'stored' && status === 'bot') owedReply.add(item.clientId);
    if (!crashBeforeBot) await service.answerPending(conversationId);
    if (!dropAck) outbox.splice(outbox.findIndex((o) => o.clientId === item.clientId), 1);
  };
  const replay = async () => {
    for (let after = view.at(-1)?.seq ?? 0; ; ) {
      const page = await service.listMessages(conversationId, after, 7);
      view = [...view, ...page];
      if (page.length < 7) return;
      after = page.at(-1)!.seq;
    }
  };
  const restart = async () => {
    await storage.close();
    live = open();
    ({ storage, service } = live);
    await service.answerPending(); // what buildApp does at startup
  };

  const check = () => {
    const rows = rowsOf.all(conversationId);
    // Gap-free seq; the visitor's messages are exactly a prefix of what was typed, in typed order, once each.
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    const stored = rows.filter((r) => r.author === 'visitor').map((r) => r.client_id);
    expect(stored).toEqual(typed.slice(0, stored.length).map((t) => t.clientId));
    // Everything not acknowledged is still in the outbox (nothing acknowledged is missing from storage).
    expect(typed.slice(stored.length).every((t) => outbox.some((o) => o.clientId === t.clientId))).toBe(true);
    // At most one bot reply per visitor message, and only to messages stored while the bot owned the chat.
    const idToClient = new Map(rows.map((r) => [r.id, r.client_id]));
    const replied = rows.filter((r) => r.reply_to !== null).map((r) => idToClient.get(r.reply_to!)!);
    expect(new Set(replied).size).toBe(replied.length);
    for (const c of replied) expect(owedReply.has(c)).toBe(true);
    // What the client shows is a gap-free prefix of storage.
    expect(view.map((m) => m.seq)).toEqual(view.map((_, i) => i + 1));
    return { rows, replied };
  };

  for (const a of actions) {
    switch (a.kind) {
      case 'type': {
        const item = { clientId: `m${run}-${typed.length}-abcdef`, text: a.text };
        typed.push(item);
        outbox.push(item);
        if (connected) await transmit(item, a.dropAck, a.crashBeforeBot);
        if (a.crashBeforeBot) await restart();
        break;
      }
      case 'disconnect':
        connected = false;
        break;
      case 'reconnect':
        connected = true;
        await replay();
        for (const item of [...outbox]) await transmit(item, false, false);
        break;
      case 'restart':
        await restart();
        break;
      case 'takeover':
        await setStatus(storage, conversationId, 'assigned');
        break;
      case 'release':
        await setStatus(storage, conversationId, 'bot');
        break;
    }
    check();
  }
  // Settle: reconnect, resend, replay. Everything typed is stored once, in order; each owed reply exists once.
  for (const item of [...outbox]) await transmit(item, false, false);
  await service.answerPending(conversationId);
  await replay();
  const { rows, replied } = check();
  expect(outbox).toEqual([]);
  expect(rows.filter((r) => r.author === 'visitor').map((r) => r.client_id)).toEqual(typed.map((t) => t.clientId));
  expect(new Set(replied)).toEqual(owedReply);
  expect(view.map((m) => m.id)).toEqual(rows.map((r) => r.id));
}

describe('delivery model (fast-check)', () => {
  it(`${RUNS} seeded runs: ordered, exactly once, the bot answers each owed message once`, async () => {
    await fc.assert(fc.asyncProperty(fc.array(action, { maxLength: 16 }), play), { seed: SEED, numRuns: RUNS });
    expect(run).toBeGreaterThanOrEqual(RUNS);
    // About 25 s at load 9 on the 2-core box (was 85 s while each of its ≈700 restarts started and stopped the storage's
    // checkpoint thread: the thread now starts only when its first pass is due, and most restarts come sooner). The
    // bound is for a hang, not for speed.
  }, 300_000);
});
