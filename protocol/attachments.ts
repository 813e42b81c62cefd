import { z } from 'zod';
import { safe } from './data-class.ts';
import { ClientId, Id } from './common.ts';
export * from './attachment-item.ts';

/** A file's name as shown: no path, no control characters, at most 120 characters. */
export const AttachmentName = z
  .string()
  .transform((s) => {
    let decoded = s;
    try {
      decoded = decodeURIComponent(s);
    } catch {
      /* shown as sent */
    }
    const base = decoded.split(/[\\/]/).pop() ?? '';
    return [...base].filter((c) => c >= ' ' && c !== '\u007f').join('').trim().slice(0, 120) || 'file';
  });

/**
 * Headers of an upload (`POST /api/v1/visitor/attachments`, `POST /api/v1/conversations/:id/attachments`): the body is
 * the file's bytes (`Content-Type: application/octet-stream`). `x-client-id` makes a retry idempotent (the same
 * message, acked again); `x-file-name` is the name, percent-encoded.
 */
export const UploadHeaders = z.looseObject({
  'x-client-id': ClientId,
  'x-file-name': AttachmentName.optional(),
});
/** The visitor's upload names its conversation (from `welcome`) and carries its visitor token as a bearer token. */
export const VisitorUploadHeaders = UploadHeaders.extend({
  'x-conversation-id': Id,
  authorization: z.string().regex(/^Bearer [A-Za-z0-9_-]{20,200}$/, 'Bearer <visitor token>'),
});

/** An upload stored as a message: acknowledged like a sent message (its clientId, id and seq), with the message. */
export const UploadAck = safe(z.object({ clientId: z.string(), id: z.string(), seq: z.number().int().positive() }));

export const AttachmentIdParams = z.strictObject({ id: Id });
/** `GET /files/:id?c=<conversation>&e=<expiry>&s=<signature>[&v=thumb]`. */
export const FileLinkQuery = z.strictObject({
  c: Id,
  e: z.coerce.number().int().positive(),
  s: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  v: z.enum(['thumb']).optional(),
});
