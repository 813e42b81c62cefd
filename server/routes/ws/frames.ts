import type { z } from 'zod';
import type { ErrorFrame } from '../../../protocol/index.ts';

export type ParseResult<T> = { ok: true; frame: T } | { ok: false; error: ErrorFrame };

/**
 * Turn raw socket data into a validated frame, or a typed error frame saying what is wrong.
 * Never throws: any input yields one of the two.
 */
export function parseFrame<T>(schema: z.ZodType<T>, data: unknown, isBinary: boolean): ParseResult<T> {
  if (isBinary) return fail('bad_frame', 'binary frames are not accepted; send JSON text');
  let json: unknown;
  try {
    json = JSON.parse(toText(data));
  } catch {
    return fail('bad_json', 'the frame is not valid JSON');
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, frame: parsed.data };
  const issue = parsed.error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  return {
    ok: false,
    error: {
      type: 'error',
      code: 'bad_frame',
      message: issue ? `${path || 'frame'}: ${issue.message}` : 'invalid frame',
      ...(path ? { path } : {}),
      ...clientRef(json),
    },
  };
}

function toText(data: unknown): string {
  if (typeof data === 'string') return data;
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data as Buffer[]).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return '';
}

/** Echo a well-formed clientId back so the sender can mark that message failed. */
function clientRef(json: unknown): { ref?: string } {
  if (typeof json !== 'object' || json === null) return {};
  const ref = (json as Record<string, unknown>).clientId;
  return typeof ref === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(ref) ? { ref } : {};
}

function fail(code: ErrorFrame['code'], message: string): ParseResult<never> {
  return { ok: false, error: { type: 'error', code, message } };
}
