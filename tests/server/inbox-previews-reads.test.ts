import { afterAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AgentServerFrame, ChatMessage } from '../../protocol/index.ts';
import { createInboxPreviews, PREVIEWS_PER_FRAME } from '../../server/services/inbox-previews.ts';
import { openSqliteStorage } from '../../server/storage/sqlite.ts';
import type { NewMessage } from '../../server/storage/types.ts';

type Previews = Extract<AgentServerFrame, { type: 'previews' }>;

const dir = mkdtempSync(path.join(tmpdir(), 'kefu-previews-'));
const storage = openSqliteStorage(path.join(dir, 'kefu.sqlite'));
afterAll(async () => {
  await storage.close();
  rmSync(dir, { recursive: true, force: true });
});

async function store(m: Omit<NewMessage, 'authorName' | 'bot'>): Promise<ChatMessage> {
  const r = await storage.appendMessage({ authorName: m.author === 'agent' ? 'ann' : null, bot: null, ...m });
  if (r.kind !== 'stored') throw new Error(r.kind);
  return r.message;
}

/**
 * The reads and frames a node's previews cost, counted on a real SQLite store: 600 conversations with a person's
 * message in one interval (node 1's share of the cluster bench's 1,200) were 600 digests = 1,200 statements at once
 * (two each: the last person's message and the visitor's count; three before a person wrote); now 3 count statements,
 * one after another (never two at once), and 3 frames of at most PREVIEWS_PER_FRAME previews, each preview as the digest reads it.
 */
describe("a node's inbox previews: what they read and send", () => {
  it('builds each preview from the stored message and reads only the counts, one statement per frame', async () => {
    const messages: ChatMessage[] = [];
    for (let i = 0; i < 600; i++) {
      const v = await storage.createVisitor(`previews-${i}`, 'zh-CN');
      const c = await storage.openConversation(v.id, 'zh-CN');
      for (let k = 0; k <= i % 3; k++) messages.push(await store({ conversationId: c.id, author: 'visitor', text: `问题 ${i}-${k}`, clientId: `p-${i}-${k}` }));
      await store({ conversationId: c.id, author: 'bot', text: '正在为您转接人工客服…', clientId: null });
      if (i % 2 === 0) messages.push(await store({ conversationId: c.id, author: 'agent', text: i === 0 ? '长'.repeat(200) : `答复 ${i}`, clientId: null }));
      if (i === 1) messages.push(await store({ conversationId: c.id, author: 'visitor', text: '', clientId: 'p-file', attachments: [{ id: 'f1', name: '收据.pdf', type: 'application/pdf', size: 3 }] }));
    }
    const counted = { visitorMessageCounts: 0, conversationDigest: 0 };
    /** Reads under way at once, at most: what the previews can take of a pool the consoles' claims and watches share. */
    let inFlight = 0;
    let mostInFlight = 0;
    const read = async <T>(kind: keyof typeof counted, run: () => Promise<T>): Promise<T> => {
      counted[kind]++;
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      await new Promise((r) => setImmediate(r)); // a read takes a turn of the event loop, as a pool's does
      try {
        return await run();
      } finally {
        inFlight--;
      }
    };
    const reads = {
      visitorMessageCounts: (ids: readonly string[]) => read('visitorMessageCounts', () => storage.visitorMessageCounts(ids)),
      conversationDigest: (id: string) => read('conversationDigest', () => storage.conversationDigest(id)),
    };
    const frames: Previews[] = [];
    const previews = createInboxPreviews({
      storage: reads,
      agents: { broadcast: async (frame) => void frames.push(frame as Previews) },
      intervalMs: 1_000,
      onError: (err) => {
        throw err;
      },
    });
    for (const m of messages) previews.stored(m);
    await vi.waitFor(() => expect(frames.flatMap((f) => f.previews)).toHaveLength(600), { timeout: 10_000 });
    previews.stop();

    expect(counted).toEqual({ visitorMessageCounts: 3, conversationDigest: 0 });
    expect(mostInFlight).toBe(1);
    expect(frames.map((f) => f.previews.length)).toEqual([PREVIEWS_PER_FRAME, PREVIEWS_PER_FRAME, 600 - 2 * PREVIEWS_PER_FRAME]);
    // Each as the digest (what a summary shows) reads it after the last message: the newest person's message, cut to 140.
    for (const p of frames.flatMap((f) => f.previews)) {
      const digest = await storage.conversationDigest(p.id);
      expect(p).toEqual({ id: p.id, lastSeq: p.lastSeq, updatedAt: digest.last!.at, preview: digest.last, visitorMessages: digest.visitorMessages });
    }
    const all = frames.flatMap((f) => f.previews);
    expect(all.find((p) => p.preview?.text.startsWith('长'))?.preview?.text).toBe('长'.repeat(140));
    expect(all.find((p) => p.preview?.file)?.preview).toMatchObject({ text: '', file: { name: '收据.pdf', type: 'application/pdf' } });
  });
});
