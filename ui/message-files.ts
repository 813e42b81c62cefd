import type { ChatMessage } from '../protocol/index.ts';

/**
 * The messages with one file taken out of one message (an agent deleted it: the `attachment_removed` frame, or
 * this console's own delete); null when no message holds it. Shared by the widget and the console.
 */
export function withoutFile(messages: readonly ChatMessage[], messageId: string, attachmentId: string): ChatMessage[] | null {
  if (!messages.some((m) => m.id === messageId && m.attachments?.some((a) => a.id === attachmentId))) return null;
  return messages.map((m) => {
    if (m.id !== messageId) return m;
    const attachments = m.attachments!.filter((a) => a.id !== attachmentId);
    const { attachments: _files, ...rest } = m;
    return attachments.length > 0 ? { ...m, attachments } : rest;
  });
}

/** A message whose files were all deleted and that had no text: shown as "file deleted", not as an empty bubble. */
export const onlyDeletedFiles = (m: Pick<ChatMessage, 'text' | 'attachments'>): boolean => m.text === '' && !m.attachments?.length;
