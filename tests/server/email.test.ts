import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmailInfo } from '../../protocol/index.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { TestClient, visitor } from '../helpers/ws-client.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, api, login } from '../helpers/agent-client.ts';
import { createTransport } from 'nodemailer';
import { startPipeSmtp, startSilentSmtp, startSmtp } from '../helpers/smtp-receiver.ts';
import { postfixReport } from '../helpers/dsn-report.ts';
import { waitFor } from '../helpers/wait.ts';
import { signIdentity } from '../../server/services/identity.ts';

/** Quick retries; an SMTP server has 5 s to answer (0.5 s for the silent one, which never does); an unread agent reply waits 3 s. */
const EMAIL_TIMINGS = { retryBaseMs: 100, retryMaxMs: 400, giveUpAfterMs: 30_000, pollMs: 50, timeoutMs: 5_000 };
const BOUNCE_TOKEN = 'kefu-test-bounce-token-0123456789abcdef';
const MAIL_ENV = {
  KEFU_MAIL_FROM: 'Wallet Support <support@wallet.example>',
  KEFU_MAIL_REPLY_TO: 'help@wallet.example',
  KEFU_MAIL_GRACE_SECONDS: '3',
  KEFU_MAIL_BOUNCE_ADDRESS: 'bounces@mail.wallet.example',
  KEFU_MAIL_BOUNCE_TOKEN: BOUNCE_TOKEN,
};
const IDENTITY_SECRET = 'kefu-test-identity-secret-0123456789';
const signed = (sub: string) => signIdentity({ sub, iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 600 }, IDENTITY_SECRET);

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let server: RunningServer;
let admin: Awaited<ReturnType<typeof login>>;
beforeAll(async () => {
  smtp = await startSmtp();
  server = await startServer({ ...ADMIN_ENV, ...MAIL_ENV, KEFU_SMTP_URL: smtp.url, KEFU_IDENTITY_SECRETS: IDENTITY_SECRET }, { ...FAST_SCRYPT, emailTimings: EMAIL_TIMINGS });
  admin = await login(server);
});
afterAll(async () => {
  await server.cleanup();
  await smtp.close();
});

/** The conversation's e-mails other than the ticket's copy (whose own test is below). */
const emails = async (s: RunningServer, conversationId: string, cookie = admin.cookie) =>
  ((await api(s, cookie, 'GET', `/api/v1/conversations/${conversationId}/emails`)).body!.emails as EmailInfo[]).filter((e) => e.kind !== 'ticket_copy');
const mailsTo = (address: string) => smtp.mails.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === address);

/** A visitor who left a ticket with this e-mail address; returns the socket, conversation id and ticket id. */
async function visitorWithTicket(s: RunningServer, locale: string, contact: string, { copyArrives = true, identity = undefined as string | undefined } = {}) {
  const { client, welcome } = await visitor(s.wsUrl, s.url, { locale, ...(identity ? { identity } : {}) });
  client.send({ type: 'leave_message', contact, text: 'My refund has not arrived' });
  const saved = await client.next('ticket_saved');
  if (copyArrives) await takeTicketCopy(contact);
  return { client, token: welcome.token, conversationId: welcome.conversationId, ticketId: saved.ticketId };
}

/** The copy of a ticket the visitor gets at once (checked by its own test): taken out of the inbox so replies count from zero. */
async function takeTicketCopy(address: string) {
  const [copy] = await waitFor(() => mailsTo(address).length === 1 && mailsTo(address), 'the ticket copy');
  expect(copy!.text).toContain('My refund has not arrived');
  smtp.mails.splice(smtp.mails.indexOf(copy!), 1);
}

describe("the ticket's e-mail copy (issue 17)", () => {
  it('is sent at once in the visitor’s language with what they wrote (card number masked); a phone or WeChat contact gets none', async () => {
    const { client, welcome } = await visitor(server.wsUrl, server.url, { locale: 'zh-CN' });
    client.send({ type: 'leave_message', contact: 'wang.fang@example.com', text: '退款没到账，卡号 4111 1111 1111 1111' });
    await client.next('ticket_saved');
    const [copy] = await waitFor(() => mailsTo('wang.fang@example.com').length === 1 && mailsTo('wang.fang@example.com'), 'the copy');
    expect(copy!.subject).toBe('我们已收到您的留言');
    expect(copy!.text).toContain('我们已收到您的留言，会回复到这个邮箱。');
    expect(copy!.text).toContain('退款没到账');
    expect(copy!.text).not.toContain('4111 1111 1111 1111');
    expect(copy!.text).toMatch(/\/email\/unsubscribe\?token=/);
    const [status] = await waitFor(async () => {
      const all = (await api(server, admin.cookie, 'GET', `/api/v1/conversations/${welcome.conversationId}/emails`)).body!.emails as EmailInfo[];
      return all[0]?.status === 'sent' && all;
    }, 'the copy sent');
    expect(status).toMatchObject({ kind: 'ticket_copy', to: 'w***@example.com' });

    const before = smtp.mails.length;
    client.send({ type: 'leave_message', contact: '+86 139 1234 5678', contactKind: 'phone', text: '请打电话给我' });
    await client.next('ticket_saved');
    client.send({ type: 'leave_message', contact: 'wangfang_88', contactKind: 'wechat', text: '加我微信' });
    await client.next('ticket_saved');
    const list = (await api(server, admin.cookie, 'GET', `/api/v1/conversations/${welcome.conversationId}/emails`)).body!.emails as EmailInfo[];
    expect(list).toHaveLength(1);
    expect(smtp.mails.length).toBe(before);
    client.close();
  });
});

describe("the ticket's e-mail copy, limited", () => {
  it('a visitor leaving ticket after ticket for one mailbox (in any case, with any +tag) gets it three copies; the tickets are all stored; another address still gets its own', async () => {
    const { client, welcome } = await visitor(server.wsUrl, server.url, { locale: 'en' });
    const spellings = ['Flooded.Inbox@Example.com', 'flooded.inbox+1@example.com', 'Flooded.Inbox+Sale@example.COM'];
    const contacts = Array.from({ length: 6 }, (_, i) => spellings[i % spellings.length]!);
    for (const [i, contact] of contacts.entries()) {
      client.send({ type: 'leave_message', contact, text: `ticket ${i}: buy cheap followers at spam.example` });
      await client.next('ticket_saved', (t) => t.text.startsWith(`ticket ${i}:`));
    }
    client.send({ type: 'leave_message', contact: 'someone.else@example.com', text: 'my own question' });
    await client.next('ticket_saved', (t) => t.text === 'my own question');
    // Whether a copy goes is decided before ticket_saved: once four are queued, no other can follow.
    const copies = await waitFor(async () => {
      const all = ((await api(server, admin.cookie, 'GET', `/api/v1/conversations/${welcome.conversationId}/emails`)).body!.emails as EmailInfo[]).filter((e) => e.kind === 'ticket_copy');
      return all.length >= 4 && all;
    }, 'the copies queued');
    // The first three tickets' (one for each spelling), and the other address's.
    expect(copies.map((e) => e.to).sort()).toEqual(['F***@Example.com', 'F***@example.COM', 'f***@example.com', 's***@example.com']);
    const tickets = (await api(server, admin.cookie, 'GET', `/api/v1/tickets?status=open`)).body!.tickets as { conversationId: string }[];
    expect(tickets.filter((t) => t.conversationId === welcome.conversationId)).toHaveLength(7);
    client.close();
  });
});

describe('ticket replies by e-mail (a real SMTP server)', () => {
  it('shows the reply in the chat and e-mails it in the visitor’s language, card number masked, with an unsubscribe link', async () => {
    const { client, conversationId, ticketId } = await visitorWithTicket(server, 'zh-CN', 'li.lei@example.com');
    const res = await api(server, admin.cookie, 'POST', `/api/v1/tickets/${ticketId}/reply`, { text: '退款已处理，卡号 4111 1111 1111 1111 的退款三天内到账' });
    expect(res.status).toBe(201);
    expect((res.body!.email as EmailInfo).to).toBe('l***@example.com');
    const inChat = await client.next('message', (m) => m.message.author === 'agent');
    expect(inChat.message.text).not.toContain('4111 1111 1111 1111');

    const [mail] = await waitFor(() => mailsTo('li.lei@example.com').length === 1 && mailsTo('li.lei@example.com'), 'the e-mail');
    expect(mail!.subject).toBe('关于您的留言的回复');
    expect(mail!.text).toContain('以下是客服的回复');
    expect(mail!.text).toContain('退款三天内到账');
    expect(mail!.text).toContain('1111');
    expect(mail!.text).not.toContain('4111 1111 1111 1111');
    expect(mail!.from?.value[0]).toMatchObject({ address: 'support@wallet.example', name: 'Wallet Support' });
    expect(mail!.replyTo?.value[0]?.address).toBe('help@wallet.example');
    expect(String(mail!.headers.get('auto-submitted'))).toBe('auto-generated');
    const link = /(http:\/\/\S+\/email\/unsubscribe\?token=[A-Za-z0-9_-]+)/.exec(mail!.text!)![1]!;
    expect(mail!.headers.get('list')).toMatchObject({ unsubscribe: { id: link } }); // List-Unsubscribe: <link>

    const [status] = await waitFor(async () => {
      const list = await emails(server, conversationId);
      return list[0]?.status === 'sent' && list;
    }, 'status sent');
    expect(status).toMatchObject({ kind: 'ticket_reply', to: 'l***@example.com', lastError: null, sentAt: expect.any(Number) });

    // Unsubscribe: the link's GET only asks; the POST does it; the next reply is not e-mailed.
    const ask = await fetch(link);
    expect(ask.status).toBe(200);
    expect(await ask.text()).toContain('<form method="post"');
    expect((await api(server, admin.cookie, 'GET', `/api/v1/conversations/${conversationId}/emails`)).status).toBe(200);
    const done = await fetch(link, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(done.status).toBe(200);
    const again = await api(server, admin.cookie, 'POST', `/api/v1/tickets/${ticketId}/reply`, { text: 'One more thing' });
    expect(again.status).toBe(201);
    expect(again.body!.email).toBeNull();
    // One character changed (to one it is not: a random token starts with 'x' 1 time in 64).
    expect((await fetch(link.replace(/token=(.)/, (_, c: string) => `token=${c === 'x' ? 'y' : 'x'}`), { method: 'POST' })).status).toBe(404);
    client.close();
  });

  it('retries a server that refuses for now (451), then sends; gives up at once on a permanent refusal (550)', async () => {
    const first = await visitorWithTicket(server, 'en', 'busy.box@example.com');
    smtp.refuse({ address: 'busy.box@example.com', code: 451, times: 1 });
    expect((await api(server, admin.cookie, 'POST', `/api/v1/tickets/${first.ticketId}/reply`, { text: 'We are on it' })).status).toBe(201);
    const [sent] = await waitFor(async () => {
      const list = await emails(server, first.conversationId);
      return list[0]?.status === 'sent' && list;
    }, 'sent after a retry');
    expect(sent!.attempts).toBeGreaterThanOrEqual(2);
    expect(mailsTo('busy.box@example.com')).toHaveLength(1);
    expect(mailsTo('busy.box@example.com')[0]!.subject).toBe('A reply to your message');

    const second = await visitorWithTicket(server, 'en', 'nobody@example.com');
    smtp.refuse({ address: 'nobody@example.com', code: 550, times: 100 });
    expect((await api(server, admin.cookie, 'POST', `/api/v1/tickets/${second.ticketId}/reply`, { text: 'Hello?' })).status).toBe(201);
    const [failed] = await waitFor(async () => {
      const list = await emails(server, second.conversationId);
      return list[0]?.status === 'failed' && list;
    }, 'failed');
    expect(failed!.nextAttemptAt).toBeNull(); // not retried: failed long before the 30 s retry window ends
    expect(failed!.lastError).toContain('550');
    expect(mailsTo('nobody@example.com')).toHaveLength(0);
    first.client.close();
    second.client.close();
  });
});

describe('a bounce that comes back after the SMTP server accepted the e-mail', () => {
  it('turns the e-mail Not delivered with the remote answer: return path per e-mail, a real SMTP hop, the token-guarded route', async () => {
    const { client, conversationId, ticketId } = await visitorWithTicket(server, 'en', 'no.such.user@example.com');
    expect((await api(server, admin.cookie, 'POST', `/api/v1/tickets/${ticketId}/reply`, { text: 'Your refund is on its way' })).status).toBe(201);
    const [mail] = await waitFor(() => mailsTo('no.such.user@example.com').length === 1 && mailsTo('no.such.user@example.com'), 'the e-mail');
    const [sent] = await waitFor(async () => {
      const list = await emails(server, conversationId);
      return list[0]?.status === 'sent' && list;
    }, 'status sent');
    // Its own return path (VERP), naming it; the From the visitor sees is unchanged.
    const returnPath = smtp.returnPath(mail!)!;
    expect(returnPath).toMatch(new RegExp(`^bounces\\+${sent!.id}\\.[0-9a-f]{16}@mail\\.wallet\\.example$`));
    expect(mail!.from?.value[0]?.address).toBe('support@wallet.example');

    // The operator's mail server for mail.wallet.example: a real SMTP server piping each message to the route.
    const answers: number[] = [];
    const mailbox = await startPipeSmtp(async (raw) => {
      const res = await fetch(`${server.url}/api/v1/mail/bounces`, {
        method: 'POST',
        headers: { authorization: `Bearer ${BOUNCE_TOKEN}`, 'content-type': 'application/octet-stream' },
        body: new Uint8Array(raw),
      });
      if (res.status !== 200) throw new Error(`the bounce route answered ${res.status}`);
      answers.push(((await res.json()) as { recorded: number }).recorded);
    });
    const remote = createTransport({ host: '127.0.0.1', port: mailbox.port, secure: false, ignoreTLS: true });
    const report = (to: string, extra: Partial<Parameters<typeof postfixReport>[0]> = {}) =>
      remote.sendMail({ envelope: { from: '', to }, raw: postfixReport({ to, recipient: 'no.such.user@example.com', ...extra }) });
    try {
      // A delay notice, and a failure sent to a made-up return path (another id, a guessed tag): nothing changes.
      await report(returnPath, { action: 'delayed', status: '4.4.1', diagnostic: 'connect to mail.example.com[203.0.113.9]:25: Connection timed out' });
      await report(returnPath.replace(sent!.id.slice(-4), sent!.id.endsWith('ffff') ? '0000' : 'ffff'));
      expect(answers).toEqual([0, 0]);
      expect((await emails(server, conversationId))[0]).toMatchObject({ status: 'sent', lastError: null });
      // The failure report to the e-mail's own return path: Not delivered, with the remote server's answer (masked);
      // every console is told to read the conversation's e-mails again.
      const desk = await AgentClient.connect(server, admin.cookie);
      await desk.hello();
      await report(returnPath);
      await desk.next('emails_changed', (f) => f.conversationId === conversationId);
      desk.close();
      await report(returnPath); // the same report twice: counted once
      expect(answers).toEqual([0, 0, 1, 0]);
      const [bounced] = await emails(server, conversationId);
      expect(bounced).toMatchObject({ id: sent!.id, status: 'failed', sentAt: sent!.sentAt });
      expect(bounced!.lastError).toMatch(/^550 5\.1\.1 <n\*\*\*@example\.com>: Recipient address rejected: User unknown/);
      expect(bounced!.lastError).not.toContain('no.such.user');
      // Returned for good (5.1.1): the next reply to that address is not sent, and says why.
      expect((await api(server, admin.cookie, 'POST', `/api/v1/tickets/${ticketId}/reply`, { text: 'Did you get this?' })).status).toBe(201);
      const [, skipped] = await waitFor(async () => {
        const list = await emails(server, conversationId);
        return list[1]?.status === 'skipped' && list;
      }, 'the next e-mail skipped');
      expect(skipped).toMatchObject({ lastError: 'bounced', sentAt: null });
      expect(mailsTo('no.such.user@example.com')).toHaveLength(1);
    } finally {
      remote.close();
      await mailbox.close();
    }
    // Without the token, or with another, the route refuses and reads nothing.
    const raw = postfixReport({ to: returnPath, recipient: 'no.such.user@example.com' });
    for (const authorization of [undefined, `Bearer ${BOUNCE_TOKEN}x`, BOUNCE_TOKEN]) {
      const res = await fetch(`${server.url}/api/v1/mail/bounces`, { method: 'POST', headers: { 'content-type': 'application/octet-stream', ...(authorization ? { authorization } : {}) }, body: raw });
      expect(res.status, String(authorization)).toBe(401);
    }
    client.close();
  });
});

describe("the e-mail's link that reopens the conversation", () => {
  /** Reply to the ticket and take the link (and its code) out of the e-mail that carries it. */
  async function replyLink(ticketId: string, to: string) {
    expect((await api(server, admin.cookie, 'POST', `/api/v1/tickets/${ticketId}/reply`, { text: 'Your refund is on its way' })).status).toBe(201);
    const [mail] = await waitFor(() => mailsTo(to).length === 1 && mailsTo(to), 'the reply');
    const link = new URL(/(http:\/\/\S+\/chat\?\S+)/.exec(mail!.text!)![1]!);
    return { mail: mail!, link, code: link.searchParams.get('reopen')! };
  }

  it('is exchanged once for the visitor’s session on another device; the first device keeps its own', async () => {
    const first = await visitorWithTicket(server, 'zh-CN', 'two.devices@example.com');
    const { mail, link, code } = await replyLink(first.ticketId, 'two.devices@example.com');
    expect(mail.text).toContain('在聊天中继续对话（链接仅可使用一次，48 小时内有效）');
    expect(link.pathname).toBe('/chat');
    expect(link.searchParams.get('locale')).toBe('zh-CN');
    expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);

    // Another device: the code in the hello (never a token in the link), the same conversation and its history.
    const other = await visitor(server.wsUrl, server.url, { locale: 'zh-CN', reopen: code, lastSeq: 0 });
    expect(other.welcome).toMatchObject({ reopen: 'ok', conversationId: first.conversationId });
    expect(other.welcome.token).not.toBe(first.token);
    const replayed = await other.client.next('message', (m) => m.message.author === 'agent');
    expect(replayed.message.text).toBe('Your refund is on its way');
    // Its new token works on its own next time; the first device's token still works too.
    other.client.close();
    const back = await visitor(server.wsUrl, server.url, { token: other.welcome.token });
    expect(back.welcome).toMatchObject({ conversationId: first.conversationId, token: other.welcome.token });
    expect(back.welcome.reopen).toBeUndefined();
    const firstAgain = await visitor(server.wsUrl, server.url, { token: first.token });
    expect(firstAgain.welcome).toMatchObject({ conversationId: first.conversationId, token: first.token });

    // Single use: the same link again opens nothing of it (a new visitor, told why).
    const late = await visitor(server.wsUrl, server.url, { reopen: code });
    expect(late.welcome.reopen).toBe('invalid');
    expect(late.welcome.conversationId).not.toBe(first.conversationId);
    // A changed character is as unknown as a used code; a code of the wrong shape is a bad frame.
    const changed = await visitor(server.wsUrl, server.url, { reopen: `${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}` });
    expect(changed.welcome.reopen).toBe('invalid');
    const client = await TestClient.connect(`${server.wsUrl}/ws/visitor`, server.url);
    client.send({ type: 'hello', v: 1, reopen: 'short' });
    expect((await client.next('error')).code).toBe('bad_frame');
    for (const c of [first.client, back.client, firstAgain.client, late.client, changed.client, client]) c.close();
  });

  it("of a signed-in wallet user opens only with that user's signature (a shared phone after logout shows nothing)", async () => {
    const user = await visitorWithTicket(server, 'en', 'signed.user@example.com', { identity: signed('wallet-user-reopen') });
    const first = await replyLink(user.ticketId, 'signed.user@example.com');
    const bare = await visitor(server.wsUrl, server.url, { reopen: first.code });
    expect(bare.welcome.reopen).toBe('sign_in');
    expect(bare.welcome.conversationId).not.toBe(user.conversationId);
    smtp.mails.splice(0, smtp.mails.length, ...smtp.mails.filter((m) => !mailsTo('signed.user@example.com').includes(m)));

    const second = await replyLink(user.ticketId, 'signed.user@example.com');
    const inApp = await visitor(server.wsUrl, server.url, { reopen: second.code, identity: signed('wallet-user-reopen') });
    expect(inApp.welcome).toMatchObject({ reopen: 'ok', conversationId: user.conversationId });
    for (const c of [user.client, bare.client, inApp.client]) c.close();
  });
});

describe('an agent’s reply the visitor did not read', () => {
  async function assignedChat(contact: string) {
    const v = await visitorWithTicket(server, 'en', contact);
    v.client.send({ type: 'send', clientId: `human-${contact.replace(/\W/g, '')}`, text: 'talk to a human please' });
    await v.client.next('state', (s) => s.status === 'waiting');
    const agent = await AgentClient.connect(server, admin.cookie);
    await agent.hello();
    agent.send({ type: 'claim', conversationId: v.conversationId, ref: `claim-${contact.replace(/\W/g, '')}` });
    await v.client.next('state', (s) => s.status === 'assigned');
    return { ...v, agent };
  }

  it('goes by e-mail after the grace period, several replies in one e-mail', async () => {
    const chat = await assignedChat('gone.away@example.com');
    chat.client.close(); // the app was closed
    for (const [i, text] of ['Your refund was sent today.', 'It should arrive within 3 days.'].entries()) {
      chat.agent.send({ type: 'send', conversationId: chat.conversationId, clientId: `away-reply-${i}`, text });
      await chat.agent.next('ack', (a) => a.clientId === `away-reply-${i}`);
    }
    const [mail] = await waitFor(() => mailsTo('gone.away@example.com').length > 0 && mailsTo('gone.away@example.com'), 'the e-mail');
    expect(mail!.subject).toBe('You have a new reply from support');
    expect(mail!.text).toContain('Your refund was sent today.');
    expect(mail!.text).toContain('It should arrive within 3 days.');
    const list = await waitFor(async () => {
      const l = await emails(server, chat.conversationId);
      return l.some((e) => e.kind === 'agent_reply' && e.status === 'sent') && l;
    }, 'sent');
    expect(list.filter((e) => e.kind === 'agent_reply')).toHaveLength(1);
    chat.agent.close();
  });

  it('is not e-mailed when the visitor read it in the chat', async () => {
    const chat = await assignedChat('still.here@example.com');
    chat.agent.send({ type: 'send', conversationId: chat.conversationId, clientId: 'here-reply-1', text: 'Let me check that for you.' });
    const seen = await chat.client.next('message', (m) => m.message.author === 'agent');
    chat.client.send({ type: 'read', seq: seen.message.seq });
    const [skipped] = await waitFor(async () => {
      const l = (await emails(server, chat.conversationId)).filter((e) => e.kind === 'agent_reply');
      return l[0]?.status === 'skipped' && l;
    }, 'skipped');
    expect(skipped!.lastError).toBe('read in the chat');
    expect(mailsTo('still.here@example.com')).toHaveLength(0);
    chat.client.close();
    chat.agent.close();
  });
});

describe('"send me the transcript" after close', () => {
  it('e-mails the whole conversation once, to the address the visitor left, in their language; refused before close', async () => {
    const { client, conversationId } = await visitorWithTicket(server, 'ja', 'sato@example.com');
    client.send({ type: 'send', clientId: 'transcript-q1', text: 'カード 4111 1111 1111 1111 の返金はいつですか' });
    await client.next('message', (m) => m.message.author === 'bot');
    client.send({ type: 'email_transcript' });
    expect((await client.next('error')).code).toBe('invalid_state');
    expect((await api(server, admin.cookie, 'POST', `/api/v1/conversations/${conversationId}/close`, {})).status).toBe(200);
    await client.next('state', (s) => s.status === 'closed');
    client.send({ type: 'email_transcript' });
    expect((await client.next('transcript_queued')).to).toBe('s***@example.com');
    const [mail] = await waitFor(() => mailsTo('sato@example.com').length > 0 && mailsTo('sato@example.com'), 'the transcript');
    expect(mail!.subject).toBe('チャットの記録');
    expect(mail!.text).toContain('あなた:\nカード');
    expect(mail!.text).toContain('アシスタント:');
    expect(mail!.text).not.toContain('4111 1111 1111 1111');
    client.send({ type: 'email_transcript' });
    expect((await client.next('error', (e) => e.code === 'conflict')).message).toContain('already');
    client.close();
  });

  it('is in the language the visitor writes in: a zh-CN widget written to in English gets it in English', async () => {
    const { client, conversationId } = await visitorWithTicket(server, 'zh-CN', 'li.wei@example.com');
    client.send({ type: 'send', clientId: 'transcript-en1', text: 'when will my refund arrive' });
    await client.next('message', (m) => m.message.author === 'bot');
    expect((await api(server, admin.cookie, 'POST', `/api/v1/conversations/${conversationId}/close`, {})).status).toBe(200);
    await client.next('state', (s) => s.status === 'closed');
    client.send({ type: 'email_transcript' });
    await client.next('transcript_queued');
    const [mail] = await waitFor(() => mailsTo('li.wei@example.com').length > 0 && mailsTo('li.wei@example.com'), 'the transcript');
    expect(mail!.subject).toBe('Your chat transcript');
    expect(mail!.text).toContain('You:\nwhen will my refund arrive');
    client.close();
  });

  it('comes from the site\'s own From and Reply-To when its settings name them (else the configured ones)', async () => {
    const site = await api(server, admin.cookie, 'PUT', '/api/v1/admin/sites/shop', {
      channels: { phones: [], social: [] },
      email: { from: 'Shop Support <help@shop.example>', replyTo: 'tickets@shop.example' },
    });
    expect(site.status).toBe(200);
    const bad = await api(server, admin.cookie, 'PUT', '/api/v1/admin/sites/shop', { email: { from: 'x@y.example\r\nBcc: all@evil.example' } });
    expect(bad.status).toBe(400);
    const { client } = await visitor(server.wsUrl, server.url, { locale: 'en', site: 'shop' });
    client.send({ type: 'leave_message', contact: 'shopper@example.com', text: 'Where is my parcel refund?' });
    const saved = await client.next('ticket_saved');
    expect((await api(server, admin.cookie, 'POST', `/api/v1/tickets/${saved.ticketId}/reply`, { text: 'It is on its way.' })).status).toBe(201);
    const [mail] = await waitFor(() => mailsTo('shopper@example.com').length === 1 && mailsTo('shopper@example.com'), 'the e-mail');
    expect(mail!.from?.value[0]).toMatchObject({ address: 'help@shop.example', name: 'Shop Support' });
    expect(mail!.replyTo?.value[0]?.address).toBe('tickets@shop.example');
    client.close();
  });

  it('is refused when the visitor left no address', async () => {
    const { client, welcome } = await visitor(server.wsUrl, server.url, { locale: 'en' });
    expect((await api(server, admin.cookie, 'POST', `/api/v1/conversations/${welcome.conversationId}/close`, {})).status).toBe(200);
    await client.next('state', (s) => s.status === 'closed');
    client.send({ type: 'email_transcript' });
    expect((await client.next('error')).message).toBe('leave an e-mail address first');
    client.close();
  });
});

describe('an SMTP server that never answers', () => {
  it('times the attempt out, keeps the e-mail pending and retries it; the status says why', async () => {
    const silent = await startSilentSmtp();
    const hung = await startServer({ ...ADMIN_ENV, ...MAIL_ENV, KEFU_SMTP_URL: silent.url }, { ...FAST_SCRYPT, emailTimings: { ...EMAIL_TIMINGS, timeoutMs: 500 } });
    try {
      const cookie = (await login(hung)).cookie;
      const v = await visitorWithTicket(hung, 'en', 'patient@example.com', { copyArrives: false });
      expect((await api(hung, cookie, 'POST', `/api/v1/tickets/${v.ticketId}/reply`, { text: 'Hello' })).status).toBe(201);
      const [pending] = await waitFor(async () => {
        const l = await emails(hung, v.conversationId, cookie);
        return l[0] && l[0].attempts >= 2 && l[0].lastError !== null && l;
      }, 'two timed-out attempts');
      expect(pending!.status).toBe('pending');
      expect(pending!.lastError).toMatch(/greeting|timeout/i);
      expect(pending!.nextAttemptAt).not.toBeNull();
      v.client.close();
    } finally {
      await hung.cleanup();
      await silent.close();
    }
  });
});
