import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FaqAnswerResponse, ErrorBody } from '../../protocol/index.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.cleanup());

const post = (body: string, type = 'application/json') =>
  fetch(`${server.url}/api/v1/faq/answer`, { method: 'POST', headers: { 'content-type': type }, body });

describe('POST /api/v1/faq/answer', () => {
  it.each([
    ['忘记密码怎么办', 'password-reset', 'zh-CN'],
    ['my payment failed', 'transaction-failed', 'en'],
    ['手机丢了怎么办', 'lost-phone', 'zh-CN'],
    ['how do I get a refund', 'refund', 'en'],
  ])('%s → %s in %s', async (text, faqId, locale) => {
    const res = await post(JSON.stringify({ text }));
    expect(res.status).toBe(200);
    const body = FaqAnswerResponse.parse(await res.json());
    expect(body).toMatchObject({ kind: 'answer', faqId, locale });
    expect(body.answer).toBeTruthy();
    expect(body.confidence).toBeGreaterThan(0);
    expect(body.confidence).toBeLessThanOrEqual(1);
  });

  it('a question that asks two things: the first answered, the second named in secondIntent', async () => {
    const body = FaqAnswerResponse.parse(await (await post(JSON.stringify({ text: '怎么充值？另外手续费怎么算' }))).json());
    expect(body).toMatchObject({ kind: 'answer', faqId: 'top-up', locale: 'zh-CN', secondIntent: { faqId: 'fees', question: '使用钱包要收手续费吗？' } });
    const single = FaqAnswerResponse.parse(await (await post(JSON.stringify({ text: 'how do I get a refund' }))).json());
    expect(single.secondIntent).toBeUndefined();
  });

  it('answers in the question’s language even when the UI locale differs', async () => {
    const res = await post(JSON.stringify({ text: 'I forgot my password', locale: 'zh-CN' }));
    expect(FaqAnswerResponse.parse(await res.json())).toMatchObject({ faqId: 'password-reset', locale: 'en' });
  });

  it('a request for a person is a handoff', async () => {
    const res = await post(JSON.stringify({ text: 'talk to a human' }));
    expect(FaqAnswerResponse.parse(await res.json()).kind).toBe('handoff');
  });

  it.each([
    ['not JSON', '{"text":', 'bad_json'],
    ['missing text', '{}', 'bad_frame'],
    ['text of the wrong type', '{"text":{"$regex":".*"}}', 'bad_frame'],
    ['empty text', '{"text":""}', 'bad_frame'],
    ['a bad locale', '{"text":"hi","locale":"../../etc"}', 'bad_frame'],
    ['an extra field', '{"text":"hi","debug":true}', 'bad_frame'],
  ])('%s → 400 %s', async (_name, body, code) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(ErrorBody.parse(await res.json()).error.code).toBe(code);
  });

  it('a body over the limit → 413 too_large', async () => {
    const res = await post(JSON.stringify({ text: 'x'.repeat(70_000) }));
    expect(res.status).toBe(413);
    expect(ErrorBody.parse(await res.json()).error.code).toBe('too_large');
  });

  it('an unknown route → 404 with a typed body', async () => {
    const res = await fetch(`${server.url}/api/v1/nope`);
    expect(res.status).toBe(404);
    expect(ErrorBody.parse(await res.json()).error.code).toBe('not_found');
  });
});

describe('health and pages', () => {
  it('GET /healthz → 200', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('serves the demo page with the snippet pointing at this server', async () => {
    const html = await (await fetch(`${server.url}/`)).text();
    expect(html).toContain(`'${server.url}/loader.js'`);
    expect(html).toContain("Kefu('init'");
  });

  it('the widget page may be framed only by allowed origins, and runs only our scripts', async () => {
    const res = await fetch(`${server.url}/widget`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`frame-ancestors ${server.url}`);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
