import { randomUUID } from 'node:crypto';
import type { ChatMessage } from '../../protocol/index.ts';
import type { BlobStore } from '../blobs/types.ts';
import type { Bus } from '../bus/types.ts';
import { KefuError } from '../errors.ts';
import type { AttachmentRecord } from '../storage/attachment-types.ts';
import type { Storage } from '../storage/types.ts';
import { processFile } from './attachment-files.ts';
import type { FileVariant, FileLinks } from './attachment-links.ts';
import type { ConversationService, FileSender } from './conversations.ts';

export interface Upload {
  conversationId: string;
  from: FileSender;
  clientId: string;
  name: string;
  bytes: Buffer;
}

export interface ServedFile {
  data: Buffer;
  /** The served bytes' type (a thumbnail is WebP). */
  type: string;
  name: string;
  /** Images are shown inline; anything else downloads (Content-Disposition: attachment). */
  inline: boolean;
}

export interface AttachmentService {
  /** Check, clean and store one file, then send it as a message; a retry with the same clientId gets the same message. */
  upload(upload: Upload): Promise<ChatMessage>;
  /**
   * The message an upload with this clientId already made in the conversation (a retry: looked up before the file is
   * read or a rate token taken), its links signed; `conflict` when the clientId holds a text; null when it is new.
   */
  sent(conversationId: string, clientId: string): Promise<ChatMessage | null>;
  /** The file a signed link points at, or a refusal (`forbidden` for a bad or expired link, `not_found` when gone). */
  open(id: string, query: { c: string; e: number; s: string; v?: 'thumb' | undefined }): Promise<ServedFile>;
  /** An agent removes a file: the bytes are gone, the message no longer lists it, the audit log says who. */
  remove(id: string, agentId: string): Promise<AttachmentRecord>;
  /** The files of erased conversations are gone from the blob store. */
  eraseConversations(conversationIds: readonly string[]): Promise<void>;
  /** Files whose conversation no longer exists (retention purged it) are deleted; returns how many conversations. */
  sweep(): Promise<number>;
  /** A conversation's files with their bytes (base64), for the visitor's export. */
  exportConversation(conversationId: string): Promise<(AttachmentRecord & { data: string | null })[]>;
}

const blobKey = (id: string, variant: FileVariant) => (variant === 'thumb' ? `${id}.thumb` : id);

export function createAttachmentService(deps: {
  storage: Storage;
  blobs: BlobStore;
  conversations: Pick<ConversationService, 'sendFiles'>;
  links: FileLinks;
  /** Tells the conversation's open screens (the visitor's and the consoles') that a file was deleted. */
  bus: Pick<Bus, 'publish'>;
}): AttachmentService {
  const { storage, blobs, conversations, links, bus } = deps;

  async function discard(record: AttachmentRecord): Promise<void> {
    await storage.removeAttachment(record.id);
    await blobs.delete(record.conversationId, blobKey(record.id, 'file'));
    if (record.hasThumb) await blobs.delete(record.conversationId, blobKey(record.id, 'thumb'));
  }

  return {
    async upload({ conversationId, from, clientId, name, bytes }) {
      const file = await processFile(bytes);
      const record: AttachmentRecord = {
        id: randomUUID(),
        conversationId,
        messageId: null,
        author: from.kind,
        agentId: from.kind === 'agent' ? from.agent.id : null,
        name,
        type: file.type,
        size: file.data.length,
        hasThumb: file.thumb !== null,
        createdAt: Date.now(),
      };
      // The bytes first, then the row, then the message: a message never lists a file that is not there.
      await blobs.put(conversationId, blobKey(record.id, 'file'), file.data);
      if (file.thumb) await blobs.put(conversationId, blobKey(record.id, 'thumb'), file.thumb);
      await storage.addAttachment(record);
      const result = await conversations
        .sendFiles(conversationId, from, clientId, [{ id: record.id, name: record.name, type: record.type, size: record.size }])
        .catch(async (err: unknown) => {
          await discard(record);
          throw err;
        });
      if (result.kind === 'stored') {
        await storage.setAttachmentMessage(record.id, result.message.id);
        return links.message(result.message);
      }
      await discard(record);
      if (result.kind === 'duplicate') return links.message(result.message);
      if (result.kind === 'conflict') throw new KefuError('conflict', 'this clientId was used for another message');
      throw new KefuError('invalid_state', result.conversation.status === 'closed' ? 'this conversation is closed' : 'this conversation is not assigned to you');
    },

    async sent(conversationId, clientId) {
      const earlier = await storage.messageByClientId(conversationId, clientId);
      if (!earlier) return null;
      // A files message has no text (as sendFiles stores it): the same clientId on a text is another message.
      if (earlier.message.text !== '') throw new KefuError('conflict', 'this clientId was used for another message');
      return links.message(earlier.message);
    },

    async open(id, query) {
      const verdict = links.verify(id, query);
      if (verdict !== 'ok') throw new KefuError('forbidden', verdict === 'expired' ? 'this link has expired: open the conversation again' : 'this link is not valid');
      const record = await storage.getAttachment(id);
      // Signed for another conversation than the file's: the same answer as a file that is gone.
      if (!record || record.conversationId !== query.c) throw new KefuError('not_found', 'no such file');
      const variant: FileVariant = query.v === 'thumb' && record.hasThumb ? 'thumb' : 'file';
      const data = await blobs.get(record.conversationId, blobKey(id, variant));
      if (!data) throw new KefuError('not_found', 'no such file');
      return { data, type: variant === 'thumb' ? 'image/webp' : record.type, name: record.name, inline: record.type.startsWith('image/') };
    },

    async remove(id, agentId) {
      const record = await storage.removeAttachment(id);
      if (!record) throw new KefuError('not_found', 'no such file');
      await blobs.delete(record.conversationId, blobKey(id, 'file'));
      if (record.hasThumb) await blobs.delete(record.conversationId, blobKey(id, 'thumb'));
      await storage.addAudit({ agentId, action: 'attachment.deleted', conversationId: record.conversationId, detail: { size: record.size } });
      if (record.messageId) await bus.publish(record.conversationId, { type: 'attachment_removed', conversationId: record.conversationId, messageId: record.messageId, attachmentId: id });
      return record;
    },

    async eraseConversations(conversationIds) {
      for (const id of conversationIds) await blobs.deleteConversation(id);
    },

    async sweep() {
      let swept = 0;
      for (const conversationId of await blobs.conversations()) {
        if (await storage.getConversation(conversationId)) continue;
        await blobs.deleteConversation(conversationId);
        swept++;
      }
      return swept;
    },

    async exportConversation(conversationId) {
      const records = await storage.listAttachments(conversationId);
      return Promise.all(records.map(async (r) => ({ ...r, data: (await blobs.get(conversationId, blobKey(r.id, 'file')))?.toString('base64') ?? null })));
    },
  };
}
