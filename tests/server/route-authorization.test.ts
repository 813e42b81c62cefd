import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody } from '../../protocol/index.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { ADMIN_ENV, FAST_SCRYPT, addAgent, api, login } from '../helpers/agent-client.ts';
import { ROUTES, concrete, routeTable } from '../helpers/route-table.ts';

let server: RunningServer;
let agentCookie: string;
beforeAll(async () => {
  server = await startServer(ADMIN_ENV, FAST_SCRYPT);
  const admin = await login(server);
  agentCookie = (await addAgent(server, admin.cookie, 'plain.agent@example.com')).cookie;
});
afterAll(() => server.cleanup());

describe('the route table', () => {
  it('lists every /api route with its role — a new route must be added here (and so gets the tests below)', () => {
    const actual = routeTable(server.app.printRoutes({ commonPrefix: false })).filter((r) => r.includes(' /api/'));
    expect(actual.length).toBeGreaterThan(20);
    expect(new Set(actual)).toEqual(new Set(ROUTES.map(([method, path]) => `${method} ${path}`)));
  });
});

const protectedRoutes = ROUTES.filter(([, , role]) => role !== 'public');
describe('authorization on every protected route', () => {
  it.each(protectedRoutes)('%s %s (%s) without credentials → 401 unauthorized', async (method, path, _role, body) => {
    const res = await api(server, null, method, concrete(path), body);
    expect(res.status).toBe(401);
    expect(ErrorBody.parse(res.body).error.code).toBe('unauthorized');
  });

  it.each(protectedRoutes)('%s %s (%s) with a forged session → 401', async (method, path, _role, body) => {
    expect((await api(server, 'kefu_session=forged-token-value', method, concrete(path), body)).status).toBe(401);
  });

  it.each(ROUTES.filter(([, , role]) => role === 'admin'))('%s %s as a plain agent → 403 forbidden', async (method, path, _role, body) => {
    const res = await api(server, agentCookie, method, concrete(path), body);
    expect(res.status).toBe(403);
    expect(ErrorBody.parse(res.body).error.code).toBe('forbidden');
  });
});
