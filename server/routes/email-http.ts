import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { EmailList, Id, TicketReplyRequest, TicketReplyResponse } from '../../protocol/index.ts';
import { KefuError } from '../errors.ts';
import type { ConversationService } from '../services/conversations.ts';
import type { MailService } from '../services/mail.ts';
import { maskPersonalText } from '../services/personal-data.ts';
import { botLanguage } from '../services/written-language.ts';
import type { Storage } from '../storage/types.ts';
import { requireAgent } from './auth-guards.ts';
import type { Api } from './schema-first.ts';

const IdParams = z.strictObject({ id: Id });
const TokenQuery = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/) });

const page = (title: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title>` +
  '<style>body{font:16px/1.5 system-ui,sans-serif;max-width:28rem;margin:15vh auto;padding:0 1.5rem;color:#1f2328}' +
  'button{font:inherit;padding:.6rem 1.2rem;border:0;border-radius:8px;background:#1f6feb;color:#fff;cursor:pointer}</style></head>' +
  `<body><h1 style="font-size:1.25rem">${title}</h1>${body}</body></html>`;

/** The unsubscribe pages: no caching, no scripts, posting only to this origin, never framed. */
const pageHeaders = (reply: FastifyReply) =>
  reply
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");

/**
 * E-mail: a reply to a ticket (in the chat, and by e-mail to its contact), each conversation's e-mails with
 * their status for agents (addresses masked), and the unsubscribe link's page. The link's GET only asks
 * (mail scanners open links); the POST — the button, or a mail client's one-click List-Unsubscribe-Post — does it.
 */
export function registerEmailRoutes(app: Api, deps: { storage: Storage; conversations: ConversationService; mail: MailService | null }): void {
  const { storage, conversations, mail } = deps;
  const masked = <T extends { to: string }>(e: T): T => ({ ...e, to: maskPersonalText(e.to) });

  app.post(
    '/api/v1/tickets/:id/reply',
    { onRequest: requireAgent, schema: { params: IdParams, body: TicketReplyRequest, response: { 201: TicketReplyResponse } } },
    async (request, reply) => {
      const ticket = await storage.getTicket(request.params.id);
      const conversation = ticket && (await storage.getConversation(ticket.conversationId));
      if (!ticket || !conversation) throw new KefuError('not_found', 'no such ticket');
      const message = await conversations.postTicketReply(conversation.id, request.agent!, request.body.text);
      const email = mail ? await mail.ticketReplied(message, ticket.contact, botLanguage(conversation)) : null;
      return reply.code(201).send({ message, email: email && masked(email) });
    },
  );

  app.get('/api/v1/conversations/:id/emails', { onRequest: requireAgent, schema: { params: IdParams, response: { 200: EmailList } } }, async (request) => {
    if (!(await storage.getConversation(request.params.id))) throw new KefuError('not_found', 'no such conversation');
    return { emails: (await storage.listEmails(request.params.id)).map(masked) };
  });

  app.register(async (scope) => {
    // The one-click unsubscribe POST is a form post (RFC 8058); only this route reads one.
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 1024 }, (_req, _body, done) => done(null, {}));
    scope.get('/email/unsubscribe', async (request, reply) => {
      const query = TokenQuery.safeParse(request.query);
      pageHeaders(reply);
      if (!query.success) return reply.code(400).send(page('Invalid link', '<p>This unsubscribe link is not valid.</p>'));
      return page('Unsubscribe', `<p>Stop e-mails about your support conversations?</p><form method="post" action="/email/unsubscribe?token=${query.data.token}"><button type="submit">Unsubscribe</button></form>`);
    });
    scope.post('/email/unsubscribe', async (request, reply) => {
      const query = TokenQuery.safeParse(request.query);
      pageHeaders(reply);
      if (!query.success || !mail || !(await mail.unsubscribe(query.data.token))) return reply.code(404).send(page('Invalid link', '<p>This unsubscribe link is not valid.</p>'));
      return page('Unsubscribed', '<p>You will get no more e-mails about your support conversations.</p>');
    });
  });
}
