import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody, FaqAnswerResponse, FaqEntryList } from '../../protocol/index.ts';
import type { FaqEntry, FaqPack } from '../../faq/index.ts';
import { ADMIN_ENV, FAST_SCRYPT, addAgent, api, login } from '../helpers/agent-client.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { twoLanguageMiniPack } from '../helpers/small-pack.ts';

/** The mini pack in two languages: each save trains it before it answers (≈0.25 s of CPU, six languages ≈0.8 s). */
const ENV = { ...ADMIN_ENV, KEFU_FAQ_PACK_DIR: twoLanguageMiniPack() };

let server: RunningServer;
let admin: string;
let agent: string;

beforeAll(async () => {
  server = await startServer(ENV, FAST_SCRYPT);
  admin = (await login(server)).cookie;
  agent = (await addAgent(server, admin, 'agent@example.com')).cookie;
});
afterAll(() => server.cleanup());

const ask = async (text: string) => {
  const res = await api(server, null, 'POST', '/api/v1/faq/answer', { text });
  return FaqAnswerResponse.parse(res.body);
};

/** A new entry in both locales of the pack; answers "how do I top up with cash at a convenience store". */
function cashTopUp(answer = 'Pay at the counter of a partner convenience store; the money arrives within minutes.'): FaqEntry {
  const en = {
    question: 'How do I top up with cash at a convenience store?',
    alternates: ['top up with cash', 'add cash at a convenience store', 'pay in cash at the shop counter', 'cash deposit at a store',
      'load money with cash', 'convenience store top-up', 'can I add banknotes to my wallet', 'cash top up at 7-eleven'],
    answer,
  };
  return { id: 'cash-top-up', tags: ['top-up'], followUps: ['refund'], locales: Object.fromEntries(['zh-CN', 'en'].map((l) => [l, en])) };
}

describe('FAQ admin API: access', () => {
  it.each([
    ['GET', '/api/v1/admin/faq/entries'],
    ['GET', '/api/v1/admin/faq/entries/refund'],
    ['POST', '/api/v1/admin/faq/entries'],
    ['PUT', '/api/v1/admin/faq/entries/refund'],
    ['DELETE', '/api/v1/admin/faq/entries/refund'],
    ['GET', '/api/v1/admin/faq/pack'],
    ['PUT', '/api/v1/admin/faq/pack'],
    ['GET', '/api/v1/admin/faq/unanswered'],
    ['POST', '/api/v1/admin/faq/unanswered/00000000-0000-4000-8000-000000000000/approve'],
    ['DELETE', '/api/v1/admin/faq/unanswered/00000000-0000-4000-8000-000000000000'],
    ['GET', '/api/v1/admin/faq/feedback'],
  ])('%s %s: 401 without a session, 403 for an agent', async (method, route) => {
    const body = method === 'POST' || method === 'PUT' ? {} : undefined;
    const anonymous = await api(server, null, method, route, body);
    expect(anonymous.status).toBe(401);
    expect(ErrorBody.parse(anonymous.body).error.code).toBe('unauthorized');
    const notAdmin = await api(server, agent, method, route, body);
    expect(notAdmin.status).toBe(403);
    expect(ErrorBody.parse(notAdmin.body).error.code).toBe('forbidden');
  });
});

describe('FAQ admin API: entries', () => {
  it('lists the shipped entries with their questions', async () => {
    const res = await api(server, admin, 'GET', '/api/v1/admin/faq/entries');
    expect(res.status).toBe(200);
    const list = FaqEntryList.parse(res.body);
    expect(list.source).toBe('shipped');
    expect(list.entries.map((e) => e.id).sort()).toEqual(['password-reset', 'refund', 'transfer']);
    expect(list.entries.find((e) => e.id === 'refund')!.questions.en).toBe('When will I get my refund?');
  });

  it('creates, reads, updates and deletes an entry, each live for the next question', async () => {
    expect((await ask('how do I top up with cash at a convenience store')).faqId).not.toBe('cash-top-up');

    const created = await api(server, admin, 'POST', '/api/v1/admin/faq/entries', cashTopUp());
    expect(created.status).toBe(201);
    expect((created.body as { entry: FaqEntry }).entry.id).toBe('cash-top-up');
    expect(await ask('how do I top up with cash at a convenience store')).toMatchObject({ kind: 'answer', faqId: 'cash-top-up' });

    const again = await api(server, admin, 'POST', '/api/v1/admin/faq/entries', cashTopUp());
    expect(again.status).toBe(409);
    expect(ErrorBody.parse(again.body).error.code).toBe('conflict');

    const got = await api(server, admin, 'GET', '/api/v1/admin/faq/entries/cash-top-up');
    expect((got.body as { entry: FaqEntry }).entry).toEqual(cashTopUp());

    const { id: _id, ...withoutId } = cashTopUp('Any partner store: show the barcode at the till.');
    const updated = await api(server, admin, 'PUT', '/api/v1/admin/faq/entries/cash-top-up', withoutId);
    expect(updated.status).toBe(200);
    expect((await ask('how do I top up with cash at a convenience store')).answer).toBe('Any partner store: show the barcode at the till.');

    const renamed = await api(server, admin, 'PUT', '/api/v1/admin/faq/entries/cash-top-up', { ...withoutId, id: 'other' });
    expect(renamed.status).toBe(400);
    expect(ErrorBody.parse(renamed.body).error.path).toBe('id');

    // Another entry links to it: deleting removes the link too.
    const refund = ((await api(server, admin, 'GET', '/api/v1/admin/faq/entries/refund')).body as { entry: FaqEntry }).entry;
    expect((await api(server, admin, 'PUT', '/api/v1/admin/faq/entries/refund', { ...refund, followUps: ['cash-top-up'] })).status).toBe(200);
    expect((await api(server, admin, 'DELETE', '/api/v1/admin/faq/entries/cash-top-up')).status).toBe(204);
    expect((await api(server, admin, 'GET', '/api/v1/admin/faq/entries/cash-top-up')).status).toBe(404);
    expect(((await api(server, admin, 'GET', '/api/v1/admin/faq/entries/refund')).body as { entry: FaqEntry }).entry.followUps).toEqual([]);
    expect((await ask('how do I top up with cash at a convenience store')).faqId).not.toBe('cash-top-up');
    expect((await api(server, admin, 'DELETE', '/api/v1/admin/faq/entries/cash-top-up')).status).toBe(404);
    // Four saves, each training the pack in the server's worker before it answers: 29.9 and 30.1 s at load 28 (the second
    // timed out at the 30 s default, leaving its entry for the next test to find), so it has its own time.
  }, 120_000);

  it('refuses an invalid entry with 400 naming the field, and changes nothing', async () => {
    const before = (await api(server, admin, 'GET', '/api/v1/admin/faq/pack')).body;
    const bad = cashTopUp();
    bad.locales['zh-CN'] = { ...bad.locales['zh-CN']!, alternates: ['only one'] };
    bad.locales.en = { ...bad.locales.en!, answer: ' ' };
    const res = await api(server, admin, 'POST', '/api/v1/admin/faq/entries', bad);
    expect(res.status).toBe(400);
    const { error } = ErrorBody.parse(res.body);
    expect(error).toMatchObject({ code: 'bad_frame', path: 'locales.zh-CN.alternates' });
    expect(error.message).toContain('body: locales.zh-CN.alternates: at least 8 required');
    // Every bad field, each with its path, so the editor shows each at its field.
    expect(error.issues).toEqual(expect.arrayContaining([{ path: 'locales.zh-CN.alternates', message: 'at least 8 required' }, { path: 'locales.en.answer', message: 'must not be blank' }]));

    const unknownFollowUp = await api(server, admin, 'PUT', '/api/v1/admin/faq/entries/refund', { ...cashTopUp(), id: 'refund', followUps: ['nope'] });
    expect(ErrorBody.parse(unknownFollowUp.body).error.path).toBe('followUps.0');
    expect((await api(server, admin, 'GET', '/api/v1/admin/faq/pack')).body).toEqual(before);
  });
});

describe('FAQ admin API: import and export', () => {
  it('exports the pack, imports it back unchanged, and an import survives a restart', async () => {
    const exported = await api(server, admin, 'GET', '/api/v1/admin/faq/pack');
    expect(exported.status).toBe(200);
    const pack = exported.body as unknown as FaqPack;
    expect(pack.entries.length).toBeGreaterThan(0);

    const edited: FaqPack = { ...pack, name: 'Edited by an admin', entries: [...pack.entries, cashTopUp()] };
    const imported = await api(server, admin, 'PUT', '/api/v1/admin/faq/pack', edited);
    expect(imported.status).toBe(200);
    expect(imported.body).toEqual({ source: 'stored', entries: pack.entries.length + 1 });
    expect((await api(server, admin, 'GET', '/api/v1/admin/faq/pack')).body).toEqual(edited);

    // A restart on the same data directory serves the stored pack, not the shipped files.
    await server.close();
    server = await startServer(ENV, { ...FAST_SCRYPT, dataDir: server.dataDir });
    admin = (await login(server)).cookie;
    expect((await api(server, admin, 'GET', '/api/v1/admin/faq/pack')).body).toEqual(edited);
    expect(FaqEntryList.parse((await api(server, admin, 'GET', '/api/v1/admin/faq/entries')).body).source).toBe('stored');
    expect(await ask('top up with cash at a convenience store')).toMatchObject({ kind: 'answer', faqId: 'cash-top-up' });
  });

  it.each([
    ['a short alternates list', (p: FaqPack) => ({ ...p, entries: p.entries.map((e, i) => (i === 1 ? { ...e, locales: { ...e.locales, en: { ...e.locales.en!, alternates: [] } } } : e)) }), 'entries.1.locales.en.alternates'],
    ['a missing locale', (p: FaqPack) => ({ ...p, entries: p.entries.map((e, i) => (i === 0 ? { ...e, locales: { en: e.locales.en! } } : e)) }), 'entries.0.locales.zh-CN'],
    ['bad thresholds', (p: FaqPack) => ({ ...p, thresholds: { answer: 2, suggest: 0.3 } }), 'thresholds.answer'],
    ['no entries', (p: FaqPack) => ({ ...p, entries: [] }), 'entries'],
    ['a javascript: link', (p: FaqPack) => ({ ...p, entries: p.entries.map((e, i) => (i === 0 ? { ...e, locales: { ...e.locales, en: { ...e.locales.en!, answer: '[x](javascript:alert(1))' } } } : e)) }), 'entries.0.locales.en.answer'],
  ])('a bad import (%s) gets 400 naming the field and changes nothing', async (_name, spoil, field) => {
    const before = (await api(server, admin, 'GET', '/api/v1/admin/faq/pack')).body as unknown as FaqPack;
    const res = await api(server, admin, 'PUT', '/api/v1/admin/faq/pack', spoil(before));
    expect(res.status).toBe(400);
    const { error } = ErrorBody.parse(res.body);
    expect(error.code).toBe('bad_frame');
    expect(error.path).toBe(field);
    expect(error.message).toContain(`pack: ${field}: `);
    expect((await api(server, admin, 'GET', '/api/v1/admin/faq/pack')).body).toEqual(before);
  });

  it('a body that is not a pack at all is refused', async () => {
    const res = await api(server, admin, 'PUT', '/api/v1/admin/faq/pack', ['not', 'a', 'pack']);
    expect(res.status).toBe(400);
    expect(ErrorBody.parse(res.body).error.code).toBe('bad_frame');
  });
});
