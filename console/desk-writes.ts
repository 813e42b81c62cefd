import type { ErrorFrame } from '../protocol/index.ts';
import type { DeskStore, PendingWrite } from './desk-state.ts';

/**
 * Replies and notes kept until acknowledged (the state's `pending`), and the hold while the socket's frame budget is
 * spent: over it nothing is lost. A refused write stays pending (shown as sending, not as an error) and so do the ones
 * after it; after `retryAfter` each conversation's go again from its first refused one, in typing order (the server
 * refuses a conversation's later writes until that one comes again).
 */
export class PendingWrites {
  /** Set while the socket's frame budget is spent (a `rate_limited`): writes wait in pending until it fires. */
  private holdTimer: ReturnType<typeof setTimeout> | undefined;
  /** Per conversation: its first write refused over the budget or held since; it and the ones after it go when the hold ends. */
  private heldFrom = new Map<string, string>();
  /** A frame with no ref (a watch, maybe) was refused: conversations still unsynced are watched again when the hold ends. */
  private rewatch = false;

  /**
   * @param transmit sends one write on the socket.
   * @param released the hold ended and the held writes went: `rewatch` if a frame with no ref was refused meanwhile.
   */
  constructor(
    private readonly store: DeskStore,
    private readonly transmit: (item: PendingWrite) => void,
    private readonly released: (rewatch: boolean) => void,
  ) {}

  /** Queue, then transmit if the conversation is synced on a live socket (else on the next `synced`, or when a hold ends). */
  add(item: PendingWrite): void {
    const { pending } = this.store.state;
    this.store.update({ pending: { ...pending, [item.conversationId]: [...(pending[item.conversationId] ?? []), item] } });
    if (this.holdTimer !== undefined) this.holdFrom(item.conversationId, item.clientId);
    else if (this.store.state.synced[item.conversationId]) this.transmit(item);
  }

  /** The conversation's replay is complete: what was not acknowledged goes again, in typing order (the server stores each clientId once); in a hold, when it ends. */
  resend(conversationId: string): void {
    const pending = this.store.state.pending[conversationId] ?? [];
    if (this.holdTimer !== undefined && pending[0]) this.holdFrom(conversationId, pending[0].clientId);
    else for (const item of pending) this.transmit(item);
  }

  /** Every conversation's pending writes but the one with this client id (acknowledged, or refused for good). */
  without(clientId: string | undefined): Record<string, PendingWrite[]> {
    return Object.fromEntries(Object.entries(this.store.state.pending).map(([id, list]) => [id, list.filter((p) => p.clientId !== clientId)]));
  }

  /** A `rate_limited`: its write (or, with no ref, the watches) held until `retryAfter` has passed. */
  hold(frame: ErrorFrame): void {
    const write = frame.ref === undefined ? undefined : Object.values(this.store.state.pending).flat().find((p) => p.clientId === frame.ref);
    if (write) this.holdFrom(write.conversationId, write.clientId);
    else if (frame.ref === undefined) this.rewatch = true;
    this.holdTimer ??= setTimeout(() => this.release(), (frame.retryAfter ?? 1) * 1000);
  }

  /** No hold any more (a new socket, a new budget: every pending write goes again once its conversation is synced). */
  end(): void {
    clearTimeout(this.holdTimer);
    this.holdTimer = undefined;
    this.heldFrom = new Map();
    this.rewatch = false;
  }

  /** Held from `clientId` on in its conversation, unless held from an earlier write already. */
  private holdFrom(conversationId: string, clientId: string): void {
    const list = this.store.state.pending[conversationId] ?? [];
    const held = this.heldFrom.get(conversationId);
    if (held === undefined || list.findIndex((p) => p.clientId === clientId) < list.findIndex((p) => p.clientId === held)) this.heldFrom.set(conversationId, clientId);
  }

  private release(): void {
    const held = this.heldFrom;
    const rewatch = this.rewatch;
    this.end();
    for (const [id, from] of held) {
      const list = this.store.state.pending[id] ?? [];
      // (Acknowledged meanwhile, by a copy sent before the hold: the rest of the conversation's pending go.)
      const start = Math.max(0, list.findIndex((p) => p.clientId === from));
      if (this.store.state.synced[id]) for (const item of list.slice(start)) this.transmit(item);
    }
    this.released(rewatch);
  }
}
