import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationSummary, MessageList, RevealResponse, Ticket } from '../../protocol/index.ts';
import { signIdentity } from '../../server/services/identity.ts';
import { maskPersonalText } from '../../server/services/personal-data.ts';
import { maskBySchema } from '../../server/services/mask-by-schema.ts';
import { AgentServerFrame } from '../../protocol/index.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { visitor } from '../helpers/ws-client.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, addAgent, api, login } from '../helpers/agent-client.ts';

/**
 * Visitors' contact details and ID numbers by role: masked in every REST body and console frame for everyone; admins
 * and agents with canSeePersonalData unmask one conversation at a time, and that is audited (without the data).
 */
const SECRET = 'personal-data-secret-0123456789abcdef';
const EMAIL = 'jane.doe@example.com';
const PHONE = '+86 138 0013 1234';
/** A resident ID from Gansu (62…) failing Luhn: the card rule took it for a UnionPay number and masked it for good. */
const ID = '620102198506151237';
const TEXT = `reach me at ${EMAIL} or ${PHONE}, ID ${ID}`;
const MASKED = 'reach me at j***@example.com or +86 *** **** 1234, ID **************1237';
/** What none of the answers may hold: the email, the phone's middle digits, the ID's region and birth date. */
const UNMASKED = /jane\.doe|0013 1234|62010219850615/;

let server: RunningServer;
type Login = Awaited<ReturnType<typeof login>>;
let roles: { admin: Login; allowed: Login; plain: Login };
let conversationId: string;

beforeAll(async () => {
  server = await startServer({ ...ADMIN_ENV, KEFU_IDENTITY_SECRETS: SECRET }, FAST_SCRYPT);
  const admin = await login(server);
  roles = {
    admin,
    allowed: await addAgent(server, admin.cookie, 'allowed@example.com', { canSeePersonalData: true }),
    plain: await addAgent(server, admin.cookie, 'plain@example.com'),
  };
  const now = Math.floor(Date.now() / 1000);
  const identity = signIdentity({ sub: 'wallet-7', iat: now, exp: now + 600, name: 'Jane Doe', email: EMAIL, phone: PHONE }, SECRET);
  const { client, welcome } = await visitor(server.wsUrl, server.url, { locale: 'en', identity });
  conversationId = welcome.conversationId;
  client.send({ type: 'send', clientId: 'visitor-msg-1', text: TEXT });
  await client.next('ack');
  client.send({ type: 'leave_message', contact: EMAIL, text: TEXT });
  await client.next('ticket_saved');
  client.send({ type: 'handoff' });
  await client.next('state', (s) => s.status === 'waiting');
  client.close();
  await api(server, admin.cookie, 'POST', `/api/v1/conversations/${conversationId}/claim`);
  await api(server, admin.cookie, 'POST', `/api/v1/conversations/${conversationId}/messages`, { text: `noted: ${PHONE}` });
});
afterAll(() => server.cleanup());

/** Each text, written in a sentence, is shown as its mask. */
function expectShown(masks: Record<string, string>): void {
  for (const [text, masked] of Object.entries(masks)) expect(maskPersonalText(`call ${text} now`)).toBe(`call ${masked} now`);
}

describe('masking for display', () => {
  it("passes a console error frame unchanged: its `message` is the error's text, not a chat message", () => {
    // It used to be read as a chat message and threw, which took the whole node down on a lost claim race.
    const frame = { type: 'error', code: 'conflict', message: 'someone else claimed it first', ref: 'claim-1' };
    expect(maskBySchema(AgentServerFrame, frame, null)).toEqual(frame);
  });

  it('masks emails and phone numbers in text, and leaves dates, amounts, long ids and masked cards alone', () => {
    expect(maskPersonalText(TEXT)).toBe(MASKED);
    expect(maskPersonalText('call 13800138000 or 021-6234-5678')).toBe('call *******8000 or ***-****-5678');
    for (const kept of ['on 2024-01-15', 'paid 1234567.89', 'ref 1234567890123456789', 'card •••• 1111', 'order TX12345678', 'v1.2.3', 'ref TX-2024-0917', 'order ORD/20240917-88', 'id A_13800138000']) {
      expect(maskPersonalText(kept)).toBe(kept);
    }
  });

  it('masks a phone number written against Chinese, Japanese or Korean words with no space, as with one', () => {
    // These languages put no space between a number and the words around it; a CJK character glued the number to them.
    expect(maskPersonalText('我的手机号13800138000谢谢')).toBe('我的手机号*******8000谢谢');
    expect(maskPersonalText('電話番号は09012345678です')).toBe('電話番号は*******5678です');
    expect(maskPersonalText('제 번호는01012345678입니다')).toBe('제 번호는*******5678입니다');
    expect(maskPersonalText('我的手机号13800138000谢谢')).toBe(maskPersonalText('我的手机号 13800138000 谢谢').replaceAll(' ', ''));
    // Latin letters and digits still glue (a code, not a phone); a dated order number after its label stays.
    for (const kept of ['abc13800138000', 'A_13800138000x', '订单号202612038842', '订单号20261203143023']) expect(maskPersonalText(kept)).toBe(kept);
  });

  it('leaves order numbers that start with a date or a long group, and dates in one piece, for agents to read', () => {
    // Each was masked as a phone number ('********-8842'): 8–15 digits in groups.
    for (const kept of ['order 20261203-8842', '订单号202612038842', 'order 2026-12-03-8842', 'born 19900512, paid 20261203', '注文番号 231203-123456', 'ZIP 94105-1234']) {
      expect(maskPersonalText(kept)).toBe(kept);
    }
    // Phone numbers are still masked: Chinese mobiles (199 numbers too), landlines after a trunk 0, US, Hong Kong, UK.
    const phones = {
      '19901231234': '*******1234',
      '138-0013-8000': '***-****-8000',
      '010-12345678': '***-****5678',
      '0755 1234 5678': '**** **** 5678',
      '(201) 555-0123': '(***) ***-0123',
      '2026 1203': '**** 1203',
      '07700 900123': '***** **0123',
      '+20 1012345678': '+20 ******5678',
      // Two numbers one space apart were one run of 22 digits, too long for a phone: neither was masked.
      '13800138000 13900139000': '*******8000 *******9000',
      '13800138000-12': '*******8000-12',
    };
    expectShown(phones);
  });

  it('masks an international number followed by more digits, and ID numbers', () => {
    const masks = {
      // One run of 17 digits, too long for a phone: it was left whole. The number is masked, what follows on its own.
      '+86 13800138000 1234': '+86 *******8000 1234',
      '+86 138 0013 8000 1234': '+86 *** **** 8000 1234',
      '+86 13800138000 13900139000': '+86 *******8000 *******9000',
      '+86 13800138000 20261203-8842': '+86 *******8000 20261203-8842',
      '+44 20 7946 0958 12345': '+44 ** **** 0958 12345',
      // ID numbers: mainland, Taiwan, Hong Kong (tests/protocol/id-numbers.test.ts has the rest).
      '11010519491231002X': '**************002X',
      '110105 19491231 002X 13900139000': '****** ******** 002X *******9000',
      'A123456789': '******6789',
      'A123456(3)': '****456(3)',
    };
    expectShown(masks);
  });

  it('masks what a security review found shown whole, and keeps the codes and order numbers above', () => {
    const masks = {
      // Each was shown whole (or, grouped, its region and birth date were).
      'A1234563': '****4563', // Hong Kong without brackets (its check digit: A1234567 is left)
      'AC01234567': '******4567', // Taiwan's resident certificate before 2021
      '110 105 19491231 002X': '*** *** ******** 002X',
      '620102 1985 0615 1237': '****** **** **** 1237', // was '620102 **** **** 1237': read as a phone number
      '110105-1949-1231-002X': '******-****-****-002X',
      '110105 491231 002': '****** *****1 002', // before 1999; was '110105 *****1 002'
      '+86-138-0013-8000-1234': '+86-***-****-8000-1234',
      'A1234567': 'A1234567',
    };
    expectShown(masks);
    expect(maskPersonalText('email是jane@example.com')).toBe('email是j***@example.com'); // was 'e***@example.com'
    expect(maskPersonalText('メールはtaro@example.jp です')).toBe('メールはt***@example.jp です');
    expect(maskPersonalText('邮箱是张三@example.com')).toBe('邮***@example.com'); // nothing else to be its local part
    for (const kept of ['order TX12345678', 'ref TX-2024-0917', 'order ORD/20240917-88', 'id A_13800138000', 'ref 1234567890123456789', '订单号202612038842', '订单号20261203143023', 'ZIP 94105-1234']) {
      expect(maskPersonalText(kept)).toBe(kept);
    }
  });
});

describe.each(['admin', 'allowed', 'plain'] as const)('as %s', (role) => {
  it('the REST list, transcript and tickets show contact details masked', async () => {
    const { cookie } = roles[role];
    const list = (await api(server, cookie, 'GET', '/api/v1/conversations')).body!.conversations as ConversationSummary[];
    expect(list.find((c) => c.id === conversationId)!.user).toEqual({ userId: 'wallet-7', name: 'Jane Doe', email: 'j***@example.com', phone: '+86 *** **** 1234' });
    const transcript = (await api(server, cookie, 'GET', `/api/v1/conversations/${conversationId}/messages`)).body as MessageList;
    expect(transcript.messages.map((m) => m.text)).toContain(MASKED);
    expect(transcript.messages.map((m) => m.text)).toContain('noted: +86 *** **** 1234');
    const tickets = (await api(server, cookie, 'GET', '/api/v1/tickets')).body!.tickets as Ticket[];
    expect(tickets[0]).toMatchObject({ contact: 'j***@example.com', text: MASKED });
    expect(JSON.stringify([list, transcript, tickets])).not.toMatch(UNMASKED);
  });

  it('the console socket (welcome, replay, live message, note) shows them masked', async () => {
    const agent = await AgentClient.connect(server, roles[role].cookie);
    const welcome = await agent.hello([{ conversationId, lastSeq: 0 }]);
    await agent.next('synced');
    await api(server, roles.admin.cookie, 'POST', `/api/v1/conversations/${conversationId}/messages`, { text: `live ${EMAIL}` });
    await agent.next('message', (f) => f.message.text.startsWith('live'));
    agent.send({ type: 'note', conversationId, clientId: `note-${role}-1`, text: `note ${PHONE}` });
    await agent.next('note', (f) => f.note.text.startsWith('note'));
    agent.close();
    expect(welcome.conversations.find((c) => c.id === conversationId)!.user!.email).toBe('j***@example.com');
    expect(welcome.tickets[0]!.contact).toBe('j***@example.com');
    const texts = agent.frames.flatMap((f) => (f.type === 'message' ? [f.message.text] : f.type === 'note' ? [f.note.text] : []));
    expect(texts).toEqual(expect.arrayContaining([MASKED, 'live j***@example.com', 'note +86 *** **** 1234']));
    expect(JSON.stringify(agent.frames)).not.toMatch(UNMASKED);
  });

  it(role === 'plain' ? 'may not reveal (403, nothing audited)' : 'reveals one conversation in full, audited without the data', async () => {
    const before = ((await api(server, roles.admin.cookie, 'GET', '/api/v1/admin/audit')).body!.records as unknown[]).length;
    const res = await api(server, roles[role].cookie, 'POST', `/api/v1/conversations/${conversationId}/reveal`);
    const records = (await api(server, roles.admin.cookie, 'GET', '/api/v1/admin/audit')).body!.records as { action: string }[];
    if (role === 'plain') {
      expect(res.status).toBe(403);
      expect(records).toHaveLength(before);
      return;
    }
    expect(res.status).toBe(200);
    const body = res.body as unknown as RevealResponse;
    expect(body.conversation.user).toMatchObject({ email: EMAIL, phone: PHONE });
    expect(body.messages.map((m) => m.text)).toContain(TEXT);
    expect(body.tickets[0]).toMatchObject({ contact: EMAIL, text: TEXT });
    expect(records).toHaveLength(before + 1);
    expect(records[0]).toMatchObject({ agentId: roles[role].agent.id, action: 'personal_data.revealed', conversationId, detail: null });
    // Agent accounts' own records name the agent's email; the visitor's data is in none. The phone is looked for with
    // its spaces: bare "0013" or "1234" also turn up in record times and ids (1796180013…), which failed 1 run in ~30.
    expect(JSON.stringify(records.filter((r) => !r.action.startsWith('agent.')))).not.toMatch(/jane|doe|example\.com|138 0013|0013 1234|62010219850615/i);
  });
});

describe('audit log', () => {
  it('is for admins only', async () => {
    expect((await api(server, roles.allowed.cookie, 'GET', '/api/v1/admin/audit')).status).toBe(403);
  });

  it('an agent’s right to reveal is switched on and off by an admin', async () => {
    const { cookie, agent } = roles.plain;
    expect((await api(server, roles.admin.cookie, 'PATCH', `/api/v1/agents/${agent.id}`, { canSeePersonalData: true })).body!.agent).toMatchObject({ canSeePersonalData: true });
    expect((await api(server, cookie, 'POST', `/api/v1/conversations/${conversationId}/reveal`)).status).toBe(200);
    await api(server, roles.admin.cookie, 'PATCH', `/api/v1/agents/${agent.id}`, { canSeePersonalData: false });
    expect((await api(server, cookie, 'POST', `/api/v1/conversations/${conversationId}/reveal`)).status).toBe(403);
  });
});
