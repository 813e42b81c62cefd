/** Who shows the webhook endpoints (the Webhooks page), told when an admin on any console changed them. */
const listeners = new Set<() => void>();

/** Call `listener` whenever the endpoints changed; returns the unsubscribe. */
export function onWebhooksChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The server said the endpoints changed (an add, edit or removal on any console, any node). */
export function webhooksChanged(): void {
  for (const l of listeners) l();
}
