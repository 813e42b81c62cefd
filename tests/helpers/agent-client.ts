import type { AgentClientFrame, AgentServerFrame, ConversationSummary } from '../../protocol/index.ts';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer } from './server.ts';
import { FRAME_WAIT_MS, TestClient, settled } from './ws-client.ts';

/** What these helpers need of a server: where it answers (an in-process server, or a node in another process). */
export type Reachable = Pick<RunningServer, 'url' | 'wsUrl'>;

export const ADMIN = { email: 'admin@example.com', password: 'correct horse battery' };
/** Server env with a first admin; pair with `{ scryptLog2NForTests: 10 }` so logins are quick. */
export const ADMIN_ENV = { KEFU_ADMIN_EMAIL: ADMIN.email, KEFU_ADMIN_PASSWORD: ADMIN.password };
export const FAST_SCRYPT = { scryptLog2NForTests: 10 };

type Of<T extends AgentServerFrame['type']> = Extract<AgentServerFrame, { type: T }>;

/** The console's socket in tests: TestClient underneath, typed with the agent frames. */
export class AgentClient {
  private constructor(readonly raw: TestClient) {}

  static async connect(server: Reachable, cookie: string, origin: string | undefined = server.url): Promise<AgentClient> {
    return new AgentClient(await TestClient.connect(`${server.wsUrl}/ws/agent`, origin, { cookie }));
  }

  get frames(): AgentServerFrame[] {
    return this.raw.frames as unknown as AgentServerFrame[];
  }

  send(frame: AgentClientFrame): void {
    this.raw.send(frame);
  }

  next<T extends AgentServerFrame['type']>(type: T, where: (f: Of<T>) => boolean = () => true, timeoutMs = FRAME_WAIT_MS, from = 0): Promise<Of<T>> {
    return this.raw.next(type as never, where as never, timeoutMs, from) as unknown as Promise<Of<T>>;
  }

  async hello(watch: { conversationId: string; lastSeq: number }[] = []) {
    this.send({ type: 'hello', v: 1, watch });
    return this.next('welcome');
  }

  /** The next `conversation` frame for this conversation (optionally in a given status). */
  conversation(id: string, status?: ConversationSummary['status'], from = 0) {
    return this.next('conversation', (f) => f.conversation.id === id && (!status || f.conversation.status === status), FRAME_WAIT_MS, from);
  }

  close(): void {
    this.raw.close();
  }
}

let claimRefs = 0;
/** Claim from a console: `done`, or the refusal's reason (the socket's frames run in order: the pong comes after). */
export async function claimFrom(desk: AgentClient, conversationId: string): Promise<string> {
  const ref = `claim-ref-${++claimRefs}`;
  desk.send({ type: 'claim', conversationId, ref });
  await settled(desk.raw);
  const answer = desk.frames.find((f) => (f.type === 'done' || f.type === 'error') && f.ref === ref);
  if (answer?.type === 'error') return answer.reason ?? answer.code;
  return answer?.type ?? 'no answer';
}

/** Log in over REST; returns the session cookie ("kefu_session=…") and the agent. */
export async function login(server: Reachable, email = ADMIN.email, password = ADMIN.password) {
  const res = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const body = (await res.json()) as { agent: { id: string; name: string } };
  return { cookie, agent: body.agent };
}

/** Call the REST API as the holder of `cookie`. */
export async function api(server: Reachable, cookie: string | null, method: string, path: string, body?: unknown) {
  // Like the console in a browser: the cookie comes with the console's own Origin.
  const headers: Record<string, string> = cookie ? { cookie, origin: server.url } : {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${server.url}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}

/** Create an agent as admin and log them in. */
export async function addAgent(server: Reachable, adminCookie: string, email: string, extra: Record<string, unknown> = {}) {
  const password = 'agent password 123';
  const created = await api(server, adminCookie, 'POST', '/api/v1/agents', { email, name: email.split('@')[0], password, ...extra });
  if (created.status !== 201) throw new Error(`create agent: ${created.status} ${JSON.stringify(created.body)}`);
  return login(server, email, password);
}

/** For a test file: a server with the first admin, started (and the admin logged in) before its tests, removed after. */
export function serverWithAdmin(env: Record<string, string> = {}): { server: RunningServer; admin: Awaited<ReturnType<typeof login>> } {
  const ctx = {} as { server: RunningServer; admin: Awaited<ReturnType<typeof login>> };
  beforeAll(async () => {
    ctx.server = await startServer({ ...ADMIN_ENV, ...env }, FAST_SCRYPT);
    ctx.admin = await login(ctx.server);
  });
  afterAll(() => ctx.server?.cleanup());
  return ctx;
}
