/** Who shows a conversation's e-mails (EmailLog), told when one of them changed out of sight (a bounce came back). */
const listeners = new Set<(conversationId: string) => void>();

/** Call `listener` with the conversation whose e-mails changed; returns the unsubscribe. */
export function onEmailsChanged(listener: (conversationId: string) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The server said this conversation's e-mails changed (`emails_changed`). */
export function emailsChanged(conversationId: string): void {
  for (const l of listeners) l(conversationId);
}
