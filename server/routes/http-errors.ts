import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { ErrorBody, ErrorCode } from '../../protocol/index.ts';

export function errorBody(code: ErrorCode, message: string, path?: string): ErrorBody {
  return { error: { code, message, ...(path ? { path } : {}) } };
}

/** Validate a request body with a protocol schema; on failure reply 400 with a typed body and return null. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown, reply: FastifyReply): T | null {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  void reply.code(400).send(errorBody('bad_frame', issue ? `${path || 'body'}: ${issue.message}` : 'invalid body', path));
  return null;
}

/** Every error Fastify raises (bad JSON, body too large, unknown route…) leaves as a typed body. */
export function httpErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode ?? 500;
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  const code: ErrorCode =
    error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
      ? 'bad_json'
      : status === 413
        ? 'too_large'
        : status === 415 || status === 400
          ? 'bad_frame'
          : status === 404
            ? 'not_found'
            : 'internal';
  const message = status >= 500 ? 'internal error' : error.message;
  void reply.code(status).send(errorBody(code, message));
}
