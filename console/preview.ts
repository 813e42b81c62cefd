import type { ChatMessage, ConversationSummary } from '../protocol/index.ts';
import { isImageType } from '../protocol/attachment-types.ts';
import { t } from './i18n.ts';

type Preview = NonNullable<ConversationSummary['preview']>;

/**
 * A conversation's preview in its inbox row: the summary's (moved on by the server's `previews`, coalesced up to a
 * second), or the last message a person wrote among those this console holds (a watched chat's) when that one is
 * newer, so the rows of the chats on screen move on with each message at once.
 */
export function rowPreview(c: ConversationSummary, held: readonly ChatMessage[] | undefined): Preview | null {
  const m = held?.findLast((x) => x.author === 'visitor' || x.author === 'agent');
  if (!m || (c.preview && c.preview.at > m.createdAt)) return c.preview;
  const file = m.attachments?.[0];
  return { author: m.author as Preview['author'], text: m.text, at: m.createdAt, ...(file ? { file: { name: file.name, type: file.type } } : {}) };
}

/**
 * What a conversation's last message says in a list (inbox row, earlier conversations, a desktop notification): its
 * text, else its file ("[Photo]", "[File] statement.pdf"; in words, no emoji a desk without an emoji font shows as a box), else "File deleted" (a file alone whose file an agent deleted).
 */
export function previewText(p: Preview): string {
  if (p.text) return p.text;
  if (!p.file) return t('file_deleted');
  return isImageType(p.file.type) ? t('preview_photo') : t('preview_file', { name: p.file.name });
}
