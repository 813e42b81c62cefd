import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmailInfo } from '../../protocol/index.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { visitor } from '../helpers/ws-client.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, api, login } from '../helpers/agent-client.ts';
import { startSilentSmtp, startSmtp } from '../helpers/smtp-receiver.ts';
import { waitFor } from '../helpers/wait.ts';

/** Quick retries; an SMTP server has 5 s to answer (1 s for the silent one); an unread agent reply waits 3 s. */
const EMAIL_TIMINGS = { retryBaseMs: 100, retryMaxMs: 400, giveUpAfterMs: 30_000, pollMs: 50, timeoutMs: 5_000 };
const MAIL_ENV = { KEFU_MAIL_FROM: 'Wallet Support <support@wallet.example>', KEFU_MAIL_REPLY_TO: 'help@wallet.example', KEFU_MAIL_GRACE_SECONDS: '3' };

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let server: RunningServer;
let admin: Awaited<ReturnType<typeof login>>;
beforeAll(async () => {
  smtp = await startSmtp();
  server = await startServer({ ...ADMIN_ENV, ...MAIL_ENV, KEFU_SMTP_URL: smtp.url }, { ...FAST_SCRYPT, emailTimings: EMAIL_TIMINGS });
  admin = await login(server);
});
afterAll(async () => {
  await server.cleanup();
  await smtp.close();
});

const emails = async (s: RunningServer, conversationId: string) => (await api(s, admin.cookie, 'GET', `/api/v1/conversations/${conversationId}/emails`)).body!.emails as EmailInfo[];
const mailsTo = (address: string) => smtp.mails.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === address);

/** A visitor who left a ticket with this e-mail address; returns the socket, conversation id and ticket id. */
async function visitorWithTicket(s: RunningServer, locale: string, contact: string) {
  const { client, welcome } = await visitor(s.wsUrl, s.url, { locale });
  client.send({ type: 'leave_message', contact, text: 'My refund has not arrived' });
  const saved = await client.next('ticket_saved');
  return { client, conversationId: welcome.conversationId, ticketId: saved.ticketId };
}

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
    expect((await fetch(link.replace(/token=./, 'token=x'), { method: 'POST' })).status).toBe(404);
    client.close();
  });

  it('retries a server that refuses for now (451), then sends; gives up at once on a permanent refusal (550)', async () => {
    smtp.refuse({ address: 'busy.box@example.com', code: 451, times: 1 });
    const first = await visitorWithTicket(server, 'en', 'busy.box@example.com');
    expect((await api(server, admin.cookie, 'POST', `/api/v1/tickets/${first.ticketId}/reply`, { text: 'We are on it' })).status).toBe(201);
    const [sent] = await waitFor(async () => {
      const list = await emails(server, first.conversationId);
      return list[0]?.status === 'sent' && list;
    }, 'sent after a retry');
    expect(sent!.attempts).toBeGreaterThanOrEqual(2);
    expect(mailsTo('busy.box@example.com')).toHaveLength(1);
    expect(mailsTo('busy.box@example.com')[0]!.subject).toBe('A reply to your message');

    smtp.refuse({ address: 'nobody@example.com', code: 550, times: 100 });
    const second = await visitorWithTicket(server, 'en', 'nobody@example.com');
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
    const hung = await startServer({ ...ADMIN_ENV, ...MAIL_ENV, KEFU_SMTP_URL: silent.url }, { ...FAST_SCRYPT, emailTimings: { ...EMAIL_TIMINGS, timeoutMs: 1_000 } });
    try {
      const cookie = (await login(hung)).cookie;
      const v = await visitorWithTicket(hung, 'en', 'patient@example.com');
      expect((await api(hung, cookie, 'POST', `/api/v1/tickets/${v.ticketId}/reply`, { text: 'Hello' })).status).toBe(201);
      const [pending] = await waitFor(async () => {
        const l = (await api(hung, cookie, 'GET', `/api/v1/conversations/${v.conversationId}/emails`)).body!.emails as EmailInfo[];
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
