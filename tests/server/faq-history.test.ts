import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody, FaqAnswerResponse, FaqHistory, FaqTryResponse, UnansweredList } from '../../protocol/index.ts';
import type { FaqEntry, FaqPack } from '../../faq/index.ts';
import { ADMIN_ENV, FAST_SCRYPT, api, login } from '../helpers/agent-client.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { twoLanguageMiniPack } from '../helpers/small-pack.ts';
import { askBot, visitor } from '../helpers/ws-client.ts';

// Every edit, revert and import trains the pack before it answers: the mini pack in two languages (≈0.2 s of CPU a
// training, all six ≈1.1 s; the edit/revert tests passed 30 s under a full run's load with six).
const packDir = twoLanguageMiniPack();
let server: RunningServer;
let admin: Awaited<ReturnType<typeof login>>;

beforeAll(async () => {
  server = await startServer({ ...ADMIN_ENV, KEFU_FAQ_PACK_DIR: packDir }, FAST_SCRYPT);
  admin = await login(server);
});
afterAll(() => server.cleanup());

const call = (method: string, route: string, body?: unknown) => api(server, admin.cookie, method, route, body);
const entry = async (id: string) => ((await call('GET', `/api/v1/admin/faq/entries/${id}`)).body as { entry: FaqEntry }).entry;
const history = async (query = '') => FaqHistory.parse((await call('GET', `/api/v1/admin/faq/history${query}`)).body).edits;
const ask = async (text: string) => FaqAnswerResponse.parse((await api(server, null, 'POST', '/api/v1/faq/answer', { text, locale: 'en' })).body);
const withAnswer = (e: FaqEntry, answer: string): FaqEntry => ({ ...e, locales: { ...e.locales, en: { ...e.locales.en!, answer } } });

describe('FAQ edit history and revert', () => {
  it('records who changed what, before and after, and a revert restores the entry and is recorded too', async () => {
    const original = await entry('refund');
    expect((await call('PUT', '/api/v1/admin/faq/entries/refund', withAnswer(original, 'Refunds take 3 working days.'))).status).toBe(200);
    expect((await ask('When will I get my refund?')).answer).toBe('Refunds take 3 working days.');

    const [edit] = await history('?entry=refund');
    expect(edit).toMatchObject({ action: 'update', entryId: 'refund', agentId: admin.agent.id, agentName: 'admin', revertOf: null });
    expect(edit!.before).toEqual(original);
    expect((edit!.after as unknown as FaqEntry).locales.en!.answer).toBe('Refunds take 3 working days.');

    expect((await call('POST', `/api/v1/admin/faq/history/${edit!.id}/revert`)).status).toBe(204);
    expect(await entry('refund')).toEqual(original);
    expect((await ask('When will I get my refund?')).answer).toBe(original.locales.en!.answer);
    const [revert] = await history('?entry=refund');
    expect(revert).toMatchObject({ action: 'revert', revertOf: edit!.id, entryId: 'refund' });
    expect(revert!.after).toEqual(original);
  });

  it('reverting a delete brings the entry back; reverting a create removes it', async () => {
    const transfer = await entry('transfer');
    expect((await call('DELETE', '/api/v1/admin/faq/entries/transfer')).status).toBe(204);
    const [deleted] = await history('?entry=transfer');
    expect(deleted).toMatchObject({ action: 'delete', after: null });
    await call('POST', `/api/v1/admin/faq/history/${deleted!.id}/revert`);
    expect(await entry('transfer')).toEqual(transfer);

    const copy = { ...transfer, id: 'transfer-copy' };
    expect((await call('POST', '/api/v1/admin/faq/entries', copy)).status).toBe(201);
    const [created] = await history('?entry=transfer-copy');
    expect(created).toMatchObject({ action: 'create', before: null, after: copy });
    await call('POST', `/api/v1/admin/faq/history/${created!.id}/revert`);
    expect((await call('GET', '/api/v1/admin/faq/entries/transfer-copy')).status).toBe(404);
  });

  it('an import is recorded, and reverting it restores the whole pack before it', async () => {
    const before = (await call('GET', '/api/v1/admin/faq/pack')).body as unknown as FaqPack;
    expect((await call('PUT', '/api/v1/admin/faq/pack', { ...before, name: 'Imported' })).status).toBe(200);
    const [imported] = await history();
    expect(imported).toMatchObject({ action: 'import', entryId: null });
    await call('POST', `/api/v1/admin/faq/history/${imported!.id}/revert`);
    expect((await call('GET', '/api/v1/admin/faq/pack')).body).toEqual(before);
  });

  it('an unknown edit is 404; a malformed id is 400', async () => {
    expect((await call('POST', '/api/v1/admin/faq/history/00000000-0000-7000-8000-000000000000/revert')).status).toBe(404);
    expect(ErrorBody.parse((await call('POST', '/api/v1/admin/faq/history/nope/revert')).body).error.code).toBe('bad_frame');
  });
});

describe('try it', () => {
  it('shows what the bot answers now and with an unsaved draft, without saving it', async () => {
    const refund = await entry('refund');
    const draft = withAnswer(refund, 'Draft: refunds arrive in 1 day.');
    const res = await call('POST', '/api/v1/admin/faq/try', { text: 'When will I get my refund?', locale: 'en', draft });
    expect(res.status).toBe(200);
    const tried = FaqTryResponse.parse(res.body);
    expect(tried.current).toMatchObject({ kind: 'answer', faqId: 'refund', answer: refund.locales.en!.answer });
    expect(tried.current.top[0]).toEqual({ faqId: 'refund', question: 'When will I get my refund?' });
    expect(tried.current.top.length).toBeLessThanOrEqual(3);
    expect(tried.draft).toMatchObject({ kind: 'answer', faqId: 'refund', answer: 'Draft: refunds arrive in 1 day.' });
    expect(await entry('refund')).toEqual(refund); // nothing saved
    expect((await call('POST', '/api/v1/admin/faq/try', { text: 'refund' })).body).toMatchObject({ draft: null });
  });

  it('a draft that does not validate gets 400 naming its field', async () => {
    const refund = await entry('refund');
    const bad = { ...refund, locales: { ...refund.locales, 'zh-CN': { ...refund.locales['zh-CN']!, alternates: ['one'] } } };
    const res = await call('POST', '/api/v1/admin/faq/try', { text: 'refund', draft: bad });
    expect(res.status).toBe(400);
    expect(ErrorBody.parse(res.body).error).toMatchObject({ code: 'bad_frame', path: 'locales.zh-CN.alternates' });
  });
});

describe('missed questions: guesses and total', () => {
  it('lists each missed question with the bot’s top-3 guesses and the total count', async () => {
    // A question the bot is unsure of (it suggests), picked through the answer API so the test follows the real
    // thresholds: a three-entry pack's move with any change to the engine or to the shared off-topic questions
    // ("password or refund" suggested until session 12; "password or refund or transfer" until paraB's synonyms and
    // again since session 18's break-even floor on the answer threshold; "funds" until session 17's confidence refit
    // lowered this pack's answer threshold 0.411 → 0.359).
    let unsureText = '';
    for (const text of ['password or refund or transfer', 'funds', 'fund', 'trasnfer', 'refnd']) {
      if ((await ask(text)).kind === 'suggest') {
        unsureText = text;
        break;
      }
    }
    expect(unsureText).not.toBe('');
    const v = await visitor(server.wsUrl, server.url, { locale: 'en' });
    await askBot(v.client, unsureText);
    await askBot(v.client, 'plorb vrenk'); // the bot has nothing
    v.client.close();
    const list = UnansweredList.parse((await call('GET', '/api/v1/admin/faq/unanswered')).body);
    expect(list.total).toBe(list.questions.length);
    expect(list.total).toBeGreaterThanOrEqual(2);
    const unsure = list.questions.find((q) => q.text === unsureText);
    expect(unsure).toMatchObject({ kind: 'suggest' });
    expect(unsure!.guesses.map((g) => g.faqId).sort()).toEqual(['password-reset', 'refund', 'transfer']);
    expect(unsure!.guesses.find((g) => g.faqId === 'refund')!.question).toBe('When will I get my refund?');
    expect(list.questions.find((q) => q.text === 'plorb vrenk')).toMatchObject({ kind: 'none', guesses: [] });
    expect(UnansweredList.parse((await call('GET', '/api/v1/admin/faq/unanswered?limit=1')).body)).toMatchObject({ total: list.total, questions: [expect.anything()] });
  });
});
