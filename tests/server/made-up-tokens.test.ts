import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { TestClient } from '../helpers/ws-client.ts';

/**
 * Routes outside /api/ that look a token up in storage before they can answer: each request with a made-up one
 * takes a REST call's token of its IP (KEFU_LIMIT_REST_PER_MIN), so a client cannot make the server read the sessions
 * or e-mails table as fast as it can send requests. Counted in answers, never in time.
 */
const PER_MIN = 5;
const TRIES = 3 * PER_MIN;

/** The HTTP status each attempt was answered with. */
type Attempt = (server: RunningServer, i: number) => Promise<number>;

const consoleUpgrade: Attempt = (server, i) =>
  TestClient.connect(`${server.wsUrl}/ws/agent`, undefined, { authorization: `Bearer made-up-session-token-${i}` }).then(
    (client) => (client.close(), 101),
    (err: Error) => Number(/HTTP (\d+)/.exec(err.message)?.[1] ?? 0),
  );
const unsubscribe: Attempt = async (server, i) => {
  const res = await fetch(`${server.url}/email/unsubscribe?token=made-up-unsubscribe-token-${i}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
  await res.arrayBuffer();
  return res.status;
};

describe.each([
  ['the console socket, upgraded with a made-up session token', consoleUpgrade, 401],
  ['the e-mail unsubscribe page, posted with a made-up token', unsubscribe, 404],
] as const)('%s', (_, attempt, unknown) => {
  let server: RunningServer;
  beforeEach(async () => {
    // Mail set up (the unsubscribe route reads the e-mails table only then); nothing is sent in these tests.
    server = await startServer({ KEFU_LIMIT_REST_PER_MIN: String(PER_MIN), KEFU_SMTP_URL: 'smtp://127.0.0.1:1', KEFU_MAIL_FROM: 'Support <support@wallet.example>' });
  });
  afterEach(() => server?.cleanup());

  it(`is looked up while the REST limit lasts (${PER_MIN} a minute), then answered 429`, async () => {
    const started = Date.now();
    const statuses: number[] = [];
    for (let i = 0; i < TRIES; i++) statuses.push(await attempt(server, i));
    const elapsed = Date.now() - started;
    const looked = statuses.filter((s) => s === unknown).length;
    expect(looked).toBeGreaterThanOrEqual(PER_MIN);
    expect(looked).toBeLessThanOrEqual(PER_MIN + Math.ceil((elapsed * PER_MIN) / 60_000));
    expect(statuses.filter((s) => s !== unknown).every((s) => s === 429)).toBe(true);
  });
});
