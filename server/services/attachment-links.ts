import { createHmac, timingSafeEqual } from 'node:crypto';
import { isImageType, type Attachment, type ChatMessage } from '../../protocol/index.ts';

export type FileVariant = 'file' | 'thumb';

/** Links expire on these boundaries, so one message read twice in a while gets the same (cacheable) link. */
const BUCKET_S = 300;

export interface FileLinks {
  /** `/files/<id>?c=<conversation>&e=<expiry>&s=<signature>` (`&v=thumb` for the thumbnail). */
  link(file: { id: string; conversationId: string }, variant: FileVariant): string;
  /** Whether the link's signature is right for this file, conversation and variant, and it has not expired. */
  verify(id: string, query: { c: string; e: number; s: string; v?: 'thumb' | undefined }): 'ok' | 'expired' | 'bad';
  /** The message with a fresh link on each of its files. */
  message(m: ChatMessage): ChatMessage;
  /** A frame or REST body with fresh links on every message it holds (`message`, `messages`, a history's conversations). */
  payload<T extends object>(payload: T): T;
}

/**
 * Short-lived signed links to attachments. The signature (HMAC-SHA256, the server's file-link secret) covers the
 * file id, its conversation, the variant and the expiry, so a link with any character changed, or pointing another
 * conversation's file, is refused. Only the conversation's visitor and its agents are ever given a message's links.
 */
export function createFileLinks(secret: Buffer, ttlSeconds: number, now: () => number = Date.now): FileLinks {
  const sign = (id: string, conversationId: string, variant: FileVariant, expires: number) =>
    createHmac('sha256', secret).update(`${id}\n${conversationId}\n${variant}\n${expires}`).digest('base64url');

  const link: FileLinks['link'] = (file, variant) => {
    const expires = Math.ceil((now() / 1000 + ttlSeconds) / BUCKET_S) * BUCKET_S;
    const s = sign(file.id, file.conversationId, variant, expires);
    return `/files/${file.id}?c=${file.conversationId}&e=${expires}&s=${s}${variant === 'thumb' ? '&v=thumb' : ''}`;
  };

  const message = (m: ChatMessage): ChatMessage => {
    // Only a ChatMessage with files (an export's raw rows hold the column as text, and pass unchanged).
    if (!Array.isArray(m.attachments) || m.attachments.length === 0) return m;
    const attachments = m.attachments.map((a): Attachment => {
      const file = { id: a.id, conversationId: m.conversationId };
      return { id: a.id, name: a.name, type: a.type, size: a.size, url: link(file, 'file'), ...(isImageType(a.type) ? { thumbUrl: link(file, 'thumb') } : {}) };
    });
    return { ...m, attachments };
  };

  return {
    link,
    verify(id, q) {
      const expected = Buffer.from(sign(id, q.c, q.v ?? 'file', q.e));
      const given = Buffer.from(q.s);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'bad';
      return q.e * 1000 < now() ? 'expired' : 'ok';
    },
    message,
    payload(payload) {
      const p = payload as { message?: ChatMessage; messages?: ChatMessage[]; conversations?: unknown[] };
      const out: Record<string, unknown> = {};
      if (p.message?.attachments) out.message = message(p.message);
      if (Array.isArray(p.messages)) out.messages = p.messages.map(message);
      // The visitor's history frame: earlier conversations, each with its messages.
      if (Array.isArray(p.conversations)) {
        out.conversations = p.conversations.map((c) =>
          c && typeof c === 'object' && Array.isArray((c as { messages?: unknown }).messages)
            ? { ...c, messages: ((c as { messages: ChatMessage[] }).messages).map(message) }
            : c,
        );
      }
      return Object.keys(out).length > 0 ? { ...payload, ...out } : payload;
    },
  };
}
