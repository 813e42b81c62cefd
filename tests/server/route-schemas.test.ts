import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safe } from '../../protocol/data-class.ts';
import { ERROR_CODES, ErrorBody } from '../../protocol/index.ts';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { KefuError } from '../../server/errors.ts';
import { httpStatus } from '../../server/routes/http-errors.ts';
import type { Api } from '../../server/routes/schema-first.ts';
import { seedFaqModel } from '../helpers/faq-model-seed.ts';
import { startServer } from '../helpers/server.ts';
import { ADMIN, ADMIN_ENV, FAST_SCRYPT } from '../helpers/agent-client.ts';

/** Finding 12: routes are schema-first; one code → status map; one 429 body. */
let app: FastifyInstance;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'kefu-schemas-'));
  seedFaqModel(dataDir, undefined); // the run's trained wallet model, as startServer gives its servers: nothing trains here
  app = await buildApp(loadConfig({ PORT: '0', KEFU_DATA_DIR: dataDir }), { logger: false });
});
afterAll(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('schema-first /api routes', () => {
  it('refuses to register an /api route without a response schema, a write without a body schema, a :param without params', () => {
    expect(() => app.get('/api/v1/test/bare', async () => ({}))).toThrow(/response/);
    expect(() => app.post('/api/v1/test/write', { schema: { response: { 200: z.object({}) } } }, async () => ({}))).toThrow(/body/);
    expect(() => app.get('/api/v1/test/:id', { schema: { response: { 200: z.object({}) } } }, async () => ({}))).toThrow(/params/);
  });

  it('answers only what the response schema declares, and a mismatch is a 500 that reveals nothing', async () => {
    const api = app as unknown as Api;
    api.get('/api/v1/test/leak', { schema: { response: { 200: safe(z.object({ name: z.string() })) } } }, async () => ({ name: 'Ada', passwordHash: 'scrypt$secret' }));
    api.get('/api/v1/test/wrong', { schema: { response: { 200: z.object({ count: z.number() }) } } }, async () => ({ count: 'many' }) as never);
    api.get('/api/v1/test/refused', { schema: { response: { 200: z.object({}) } } }, async () => {
      throw new KefuError('invalid_state', 'not now');
    });
    const leak = await app.inject({ url: '/api/v1/test/leak' });
    expect(leak.json()).toEqual({ name: 'Ada' });
    const wrong = await app.inject({ url: '/api/v1/test/wrong' });
    expect(wrong.statusCode).toBe(500);
    expect(wrong.json()).toEqual({ error: { code: 'internal', message: 'internal error' } });
    const refused = await app.inject({ url: '/api/v1/test/refused' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toEqual({ error: { code: 'invalid_state', message: 'not now' } });
  });

  it('names the bad field of params, query and body in a 400 bad_frame', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/faq/answer', payload: { text: '' } });
    expect(res.statusCode).toBe(400);
    expect(ErrorBody.parse(res.json()).error).toMatchObject({ code: 'bad_frame', path: 'text' });
    const extra = await app.inject({ method: 'POST', url: '/api/v1/faq/answer', payload: { text: 'refund', admin: true } });
    expect(extra.statusCode).toBe(400);
  });

  it('maps every error code to one HTTP status', () => {
    const statuses = Object.fromEntries(ERROR_CODES.map((c) => [c, httpStatus(c)]));
    expect(statuses).toMatchObject({ not_found: 404, unauthorized: 401, forbidden: 403, conflict: 409, invalid_state: 409, rate_limited: 429, too_large: 413, bad_frame: 400, internal: 500 });
    for (const code of ERROR_CODES) expect(httpStatus(code)).toBeGreaterThanOrEqual(400);
  });
});

describe('one 429 body', () => {
  it('the REST limit and the login limit answer 429 the same way: rate_limited, retryAfter, Retry-After', async () => {
    const server = await startServer({ ...ADMIN_ENV, KEFU_LIMIT_REST_PER_MIN: '5' }, FAST_SCRYPT);
    try {
      const bodies: { status: number; retryAfterHeader: string | null; body: unknown }[] = [];
      for (let i = 0; i < 8; i++) {
        const res = await fetch(`${server.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...ADMIN, password: 'wrong' }) });
        bodies.push({ status: res.status, retryAfterHeader: res.headers.get('retry-after'), body: await res.json() });
      }
      const limited = bodies.filter((b) => b.status === 429);
      expect(limited.length).toBeGreaterThan(0);
      for (const b of limited) {
        const { error } = ErrorBody.parse(b.body);
        expect(error.code).toBe('rate_limited');
        expect(error.retryAfter).toBeGreaterThan(0);
        expect(b.retryAfterHeader).toBe(String(error.retryAfter));
      }
    } finally {
      await server.cleanup();
    }
  });
});
