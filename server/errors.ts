import type { ErrorCode, RefusalReason } from '../protocol/index.ts';

/**
 * A refusal the caller should see: a protocol error code and a message (and the field it names). Services throw
 * it (or a subclass); the REST layer answers it with `httpStatus(code)`, the sockets with an error frame.
 */
export class KefuError extends Error {
  override name = 'KefuError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly path?: string,
    /** Why a conversation action was refused, for a client to say in its own language. */
    readonly reason?: RefusalReason,
  ) {
    super(message);
  }
}
