import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody, FaqEntryList } from '../../protocol/index.ts';
import { createFaqEngine, readModel, type FaqEntry } from '../../faq/index.ts';
import { loadPackFromDir } from '../../server/services/faq-pack-files.ts';
import { ADMIN_ENV, FAST_SCRYPT, api, login } from '../helpers/agent-client.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { twoLanguageMiniPack } from '../helpers/small-pack.ts';
import { GATED_TRAINER, GATED_TRY_WORKER, tryGate } from '../helpers/try-gate.ts';
import { askBot, visitor } from '../helpers/ws-client.ts';
import { createTestDatabase, postgresAvailable } from '../helpers/postgres.ts';

/**
 * An admin's saved edit changes the pack's questions: its engine is trained in the FAQ training worker (the one that
 * trains drafts), not on the event loop, and the model it sends back is kept in the model cache. The worker here is
 * the real one behind a gate (tests/helpers/gated-try-worker.ts): the training begins, and builds only when the test
 * opens the gate, so what the node does meanwhile is decided by the test, not by a clock. The pack loaded at
 * start-up is still trained before the server listens (no training begins in the worker then). The pack is the mini
 * pack in two languages (tests/helpers/small-pack.ts): a training ≈0.25 s of CPU, the six-language one ≈0.8 s.
 */
const MINI = twoLanguageMiniPack();
const gate = tryGate();
afterEach(() => gate.settle());
afterAll(() => gate.close());

/** A new entry in both locales of the pack: questions no entry of it answers before the save. */
function giftCard(): FaqEntry {
  const en = {
    question: 'Can I buy a gift card for a friend?',
    alternates: ['buy a gift card', 'send a gift voucher to a friend', 'gift card for my sister', 'how do gift cards work',
      'present voucher purchase', 'give someone credit as a present', 'birthday gift card', 'where to get a gift card'],
    answer: 'Open Gifts, pick an amount, and send it to your friend by phone number.',
  };
  return { id: 'gift-card', tags: [], followUps: [], locales: Object.fromEntries(['zh-CN', 'en'].map((l) => [l, en])) };
}
const entryIds = async (on: RunningServer, cookie: string) => FaqEntryList.parse((await api(on, cookie, 'GET', '/api/v1/admin/faq/entries')).body).entries.map((e) => e.id);

describe('saving an FAQ edit: the engine trains off the event loop', () => {
  let server: RunningServer;
  let admin: string;
  beforeAll(async () => {
    server = await startServer({ ...ADMIN_ENV, KEFU_FAQ_PACK_DIR: MINI }, { ...FAST_SCRYPT, faqDrafts: GATED_TRAINER });
    admin = (await login(server)).cookie;
  });
  afterAll(() => server.cleanup());

  it('a visitor is answered while the saved pack trains; then the edit is answered, and its model is the cached one', async () => {
    expect(gate.begun()).toBe(0);
    const v = await visitor(server.wsUrl, server.url, { locale: 'en' });
    let saved = false;
    const saving = api(server, admin, 'POST', '/api/v1/admin/faq/entries', giftCard()).then((res) => ((saved = true), res));
    await gate.begunCount(1);

    // The training has begun and cannot end before the gate opens: this node still serves the visitor meanwhile,
    // with the pack as it was.
    expect(await askBot(v.client, 'I forgot my password')).toMatchObject({ author: 'bot', bot: { faqId: 'password-reset' } });
    expect(saved).toBe(false);

    gate.open();
    expect((await saving).status).toBe(201);
    expect(await askBot(v.client, 'can I buy a gift card for a friend')).toMatchObject({ author: 'bot', bot: { faqId: 'gift-card' } });
    // The worker's model is what a training in the request gave, and it is saved: a restart builds from it.
    const mini = await loadPackFromDir(MINI);
    const trainedHere = createFaqEngine({ ...mini, entries: [...mini.entries, giftCard()] });
    expect(readModel(readFileSync(path.join(server.dataDir, 'faq-model.bin'))).key).toBe(trainedHere.model.key);
    expect(gate.begun()).toBe(1);
    v.client.close();
  }, 120_000); // a budget for the loaded box: trainings in the worker and here (11 s in a loaded CI run; past 30 s under two CPU hogs at load 44)
});

describe('saving an FAQ edit: a training that fails', () => {
  let slow: RunningServer;
  let admin: string;
  beforeAll(async () => {
    slow = await startServer({ ...ADMIN_ENV, KEFU_FAQ_PACK_DIR: MINI }, { ...FAST_SCRYPT, faqDrafts: { worker: GATED_TRY_WORKER, timeoutMs: 1_000 } });
    admin = (await login(slow)).cookie;
  });
  afterAll(() => slow.cleanup());

  it('is refused with timed_out and stores nothing; the pack as it was keeps being served', async () => {
    // The gate is never opened: this training cannot end, whatever the speed of the box.
    const res = await api(slow, admin, 'POST', '/api/v1/admin/faq/entries', giftCard());
    expect(res.status).toBe(503);
    expect(ErrorBody.parse(res.body).error).toMatchObject({ code: 'timed_out', message: expect.stringContaining('the FAQ pack was not trained') });
    expect(await entryIds(slow, admin)).not.toContain('gift-card');
    const v = await visitor(slow.wsUrl, slow.url, { locale: 'en' });
    expect(await askBot(v.client, 'I forgot my password')).toMatchObject({ author: 'bot', bot: { faqId: 'password-reset' } });
    v.client.close();
  });
});

const withPostgres = await postgresAvailable();
describe.skipIf(!withPostgres)('another node saving an FAQ edit (one PostgreSQL)', () => {
  it('this node trains the new pack off the event loop, serving its visitors meanwhile, then serves the edit', async () => {
    const db = await createTestDatabase();
    const env = { ...ADMIN_ENV, KEFU_FAQ_PACK_DIR: MINI, KEFU_DATABASE_URL: db.url };
    // The node that saves trains in its own (ungated) worker; this one, checking the stored version often, in the gated one.
    const saver = await startServer(env, FAST_SCRYPT);
    const node = await startServer(env, { ...FAST_SCRYPT, faqDrafts: GATED_TRAINER, faqCheckMs: 50 });
    try {
      const cookie = (await login(saver)).cookie;
      const v = await visitor(node.wsUrl, node.url, { locale: 'en' });
      const begun = gate.begun();
      expect((await api(saver, cookie, 'POST', '/api/v1/admin/faq/entries', giftCard())).status).toBe(201);
      await gate.begunCount(begun + 1);

      expect(await askBot(v.client, 'I forgot my password')).toMatchObject({ author: 'bot', bot: { faqId: 'password-reset' } });
      expect(await entryIds(node, cookie)).not.toContain('gift-card');

      gate.open();
      while (!(await entryIds(node, cookie)).includes('gift-card')) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await askBot(v.client, 'can I buy a gift card for a friend')).toMatchObject({ author: 'bot', bot: { faqId: 'gift-card' } });
      v.client.close();
    } finally {
      await node.cleanup();
      await saver.cleanup();
      await db.drop();
    }
  }, 240_000); // two servers on PostgreSQL, each training the pack at start, and two training workers started (the gated one
  // through tsx): past 60 s under two CPU hogs at load 44, past 120 s at load 40 with the rest of this branch
});
