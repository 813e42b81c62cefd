import { z } from 'zod';
import { safe } from './data-class.ts';
import { ERROR_CODES, REFUSAL_REASONS } from './errors.ts';

export const PingFrame = z.strictObject({ type: z.literal('ping'), t: z.number().optional() });
export const PongFrame = z.object({ type: z.literal('pong'), t: z.number().optional() });

/** Written by the server (never a visitor's text). */
export const ErrorFrame = safe(z.object({
  type: z.literal('error'),
  code: z.enum(ERROR_CODES),
  message: z.string(),
  /** Why a conversation action was refused (the message says it in English). */
  reason: z.enum(REFUSAL_REASONS).optional(),
  /** The clientId of the frame that failed, when it had one. */
  ref: z.string().optional(),
  /** Seconds to wait, with rate_limited. */
  retryAfter: z.number().optional(),
  /** Where in the frame the problem is, for bad_frame. */
  path: z.string().optional(),
}));
export type ErrorFrame = z.infer<typeof ErrorFrame>;

/** Sent before the server closes on purpose (shutdown, overload): come back after `afterMs` (plus jitter). */
export const ReconnectFrame = z.object({ type: z.literal('reconnect'), afterMs: z.number().int().min(0) });
