import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AttachmentIdParams, ChatMessage, ConversationIdParams, FileLinkQuery, safe, UploadAck, UploadHeaders, VisitorUploadHeaders } from '../../protocol/index.ts';
import { KefuError } from '../errors.ts';
import type { AbuseLimits } from '../services/abuse-limits.ts';
import type { AttachmentService } from '../services/attachments.ts';
import { hashToken } from '../services/tokens.ts';
import type { Storage } from '../storage/types.ts';
import { requireAgent } from './auth-guards.ts';
import { sendRateLimited } from './http-errors.ts';
import { NO_CONTENT, type Api } from './schema-first.ts';

/** Ids declared safe; the message is masked by its own marks. */
const UploadResponse = safe(UploadAck.extend({ message: ChatMessage }));
const FileBody = z.instanceof(Buffer);

/** `filename*` (RFC 6266/5987): any name, safely quoted. */
const disposition = (kind: 'inline' | 'attachment', name: string) => `${kind}; filename*=UTF-8''${encodeURIComponent(name)}`;

/**
 * Attachments over HTTP. Uploads are the file's bytes as the body (`application/octet-stream`, at most
 * KEFU_ATTACHMENT_MAX_BYTES); the visitor's carries its visitor token as a bearer token (never in the URL) and the
 * conversation id from `welcome`; an agent's the console session. Either is acked like a sent message. Files are
 * served only through short-lived signed links (`/files/:id?…`), with nosniff and, for anything that is not an
 * image, `Content-Disposition: attachment`. Agents may delete a file (audited).
 */
export function registerAttachmentRoutes(app: Api, deps: { attachments: AttachmentService; storage: Storage; limits: AbuseLimits; maxBytes: number }): void {
  const { attachments, storage, limits, maxBytes } = deps;

  app.register(async (uploads: Api) => {
    uploads.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: maxBytes }, (_request, body, done) => done(null, body));
    const clientIdOf = (request: FastifyRequest) => (request.headers as z.infer<typeof UploadHeaders>)['x-client-id'];
    const nameOf = (request: FastifyRequest) => (request.headers as z.infer<typeof UploadHeaders>)['x-file-name'] ?? 'file';

    uploads.post(
      '/api/v1/visitor/attachments',
      { bodyLimit: maxBytes, config: { acceptsFile: true }, schema: { headers: VisitorUploadHeaders, body: FileBody, response: { 201: UploadResponse } } },
      async (request, reply) => {
        const headers = request.headers;
        const visitor = await storage.findVisitorByTokenHash(hashToken(headers.authorization.slice(7)));
        const conversation = visitor ? await storage.getConversation(headers['x-conversation-id']) : null;
        if (!visitor || conversation?.visitorId !== visitor.id) throw new KefuError('not_found', 'no such conversation');
        // A retry of an upload already stored costs no token (and no second look at the file): the same message again.
        const earlier = await attachments.sent(conversation.id, clientIdOf(request));
        if (earlier) return reply.code(201).send({ clientId: clientIdOf(request), id: earlier.id, seq: earlier.seq, message: earlier });
        const allowed = await limits.upload(visitor.id, request.ip);
        if (!allowed.ok) return sendRateLimited(reply, allowed.retryAfter, 'too many files; wait a moment');
        const message = await attachments.upload({ conversationId: conversation.id, from: { kind: 'visitor' }, clientId: clientIdOf(request), name: nameOf(request), bytes: request.body });
        return reply.code(201).send({ clientId: clientIdOf(request), id: message.id, seq: message.seq, message });
      },
    );

    uploads.post(
      '/api/v1/conversations/:id/attachments',
      {
        onRequest: requireAgent,
        bodyLimit: maxBytes,
        config: { acceptsFile: true },
        schema: { params: ConversationIdParams, headers: UploadHeaders, body: FileBody, response: { 201: UploadResponse } },
      },
      async (request, reply) => {
        const agent = request.agent!;
        const message = await attachments.upload({
          conversationId: request.params.id,
          from: { kind: 'agent', agent: { id: agent.id, name: agent.name } },
          clientId: clientIdOf(request),
          name: nameOf(request),
          bytes: request.body,
        });
        return reply.code(201).send({ clientId: clientIdOf(request), id: message.id, seq: message.seq, message });
      },
    );
  });

  app.delete('/api/v1/attachments/:id', { onRequest: requireAgent, schema: { params: AttachmentIdParams, response: NO_CONTENT } }, async (request, reply) => {
    await attachments.remove(request.params.id, request.agent!.id);
    return reply.code(204).send(null);
  });

  app.get('/files/:id', { schema: { params: AttachmentIdParams, querystring: FileLinkQuery } }, async (request, reply) => {
    const file = await attachments.open(request.params.id, request.query);
    const secondsLeft = Math.max(0, request.query.e - Math.floor(Date.now() / 1000));
    return reply
      .type(file.type)
      .header('content-disposition', disposition(file.inline ? 'inline' : 'attachment', file.name))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cross-origin-resource-policy', 'same-origin')
      .header('cache-control', `private, max-age=${secondsLeft}`)
      .header('referrer-policy', 'no-referrer')
      .send(file.data);
  });
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route takes a file's bytes (`application/octet-stream`) instead of JSON. */
    acceptsFile?: boolean;
  }
}
