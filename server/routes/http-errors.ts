import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorBody, ErrorCode, RefusalReason } from '../../protocol/index.ts';
import { FaqPackError } from '../../faq/index.ts';
import { KefuError } from '../errors.ts';

/** The HTTP status of each error code: the one place REST answers are mapped (sockets send the code itself). */
const STATUS: Record<ErrorCode, number> = {
  bad_json: 400,
  bad_frame: 400,
  not_ready: 409,
  not_found: 404,
  unauthorized: 401,
  two_factor_required: 401,
  two_factor_setup_required: 403,
  two_factor_unavailable: 503,
  forbidden: 403,
  conflict: 409,
  invalid_state: 409,
  rate_limited: 429,
  too_large: 413,
  unsupported_media_type: 415,
  erasure_incomplete: 503,
  busy: 503,
  timed_out: 503,
  internal: 500,
};

export function httpStatus(code: ErrorCode): number {
  return STATUS[code];
}

export function errorBody(code: ErrorCode, message: string, path?: string, reason?: RefusalReason): ErrorBody {
  return { error: { code, message, ...(reason ? { reason } : {}), ...(path ? { path } : {}) } };
}

/** Reply with a typed error body and its status. */
export function sendError(reply: FastifyReply, code: ErrorCode, message: string, path?: string, reason?: RefusalReason): FastifyReply {
  return reply.code(httpStatus(code)).send(errorBody(code, message, path, reason));
}

/** The one 429 answer: a `rate_limited` body with `retryAfter` seconds, and the same in a Retry-After header. */
export function sendRateLimited(reply: FastifyReply, retryAfter: number, message: string): FastifyReply {
  const body: ErrorBody = { error: { code: 'rate_limited', message, retryAfter } };
  return reply.code(429).header('retry-after', String(retryAfter)).send(body);
}

/** Fastify's own errors (bad JSON, too large, wrong media type, unknown route…) by their status. */
function codeOfStatus(error: FastifyError, status: number): ErrorCode {
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return 'bad_json';
  const byStatus: Record<number, ErrorCode> = { 400: 'bad_frame', 404: 'not_found', 413: 'too_large', 415: 'unsupported_media_type' };
  return byStatus[status] ?? 'internal';
}

/**
 * Every error a route raises leaves as a typed body: a schema refusal (400 naming the field), a KefuError a
 * service threw (its code's status), a FAQ pack refusal (400 naming the field), Fastify's own errors; anything
 * else — a response that does not match its schema included — is a logged 500 that says nothing more.
 */
export function httpErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issue = error.validation[0]!;
    const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    void sendError(reply, 'bad_frame', `${path || error.validationContext || 'body'}: ${issue.message}`, path);
    return;
  }
  if (error instanceof KefuError) {
    void sendError(reply, error.code, error.message, error.path, error.reason);
    return;
  }
  if (error instanceof FaqPackError) {
    const body = errorBody('bad_frame', error.message, error.issues[0]?.path);
    body.error.issues = error.issues.map((i) => ({ path: i.path, message: i.message }));
    void reply.code(400).send(body);
    return;
  }
  const status = isResponseSerializationError(error) ? 500 : (error.statusCode ?? 500);
  if (status >= 500) {
    request.log.error({ err: error }, 'request failed');
    void sendError(reply, 'internal', 'internal error');
    return;
  }
  void reply.code(status).send(errorBody(codeOfStatus(error, status), error.message));
}
