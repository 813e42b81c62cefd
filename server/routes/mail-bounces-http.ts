import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { BounceReceived } from '../../protocol/index.ts';
import { KefuError } from '../errors.ts';
import { receiveBounce, type BounceConfig } from '../services/mail-bounces.ts';
import type { EmailStore } from '../storage/email-types.ts';
import type { Api } from './schema-first.ts';

/** A report carries the headers (often the whole) of the e-mail it is about: room for a long transcript. */
const REPORT_LIMIT = 512 * 1024;
const ReportHeaders = z.object({ authorization: z.string().max(300).optional() });
const ReportBody = z.instanceof(Buffer);

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * `POST /api/v1/mail/bounces`: the raw message that reached the bounce address (`application/octet-stream`), from
 * the operator's mail server (a pipe to curl, a mail provider's inbound hook), with `Authorization: Bearer
 * <KEFU_MAIL_BOUNCE_TOKEN>`. Only when bounces are configured. Answers 200 for any message it could read, whether
 * or not it marked an e-mail, so a mail server does not send the report back again.
 */
export function registerBounceRoutes(
  app: Api,
  deps: { config: BounceConfig | null; storage: Pick<EmailStore, 'recordEmailBounce'>; changed: (conversationId: string) => Promise<void> },
): void {
  const { config } = deps;
  if (!config) return;
  const expected = digest(`Bearer ${config.token}`);
  app.register(async (scope: Api) => {
    scope.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: REPORT_LIMIT }, (_request, body, done) => done(null, body));
    scope.post(
      '/api/v1/mail/bounces',
      { bodyLimit: REPORT_LIMIT, config: { acceptsFile: true }, schema: { headers: ReportHeaders, body: ReportBody, response: { 200: BounceReceived } } },
      async (request) => {
        // Compared as digests: the same length whatever was sent, and in constant time.
        if (!timingSafeEqual(digest(request.headers.authorization ?? ''), expected)) throw new KefuError('unauthorized', 'the bounce token is missing or wrong');
        return { recorded: await receiveBounce({ config, storage: deps.storage, changed: deps.changed }, request.body.toString('utf8')) };
      },
    );
  });
}
