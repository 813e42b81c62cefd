import type { ConversationSummary, RevealResponse, Ticket } from '../protocol/index.ts';
import type { DeskStore } from './desk-state.ts';

/** An unmasked copy put in the state, and the masked one it replaced. */
type Swap<T> = { shown: T; masked: T | undefined };

/**
 * Conversations whose contact details this console unmasked (`reveal`): the unmasked summary and tickets put in the
 * state, each with the masked copy it replaced, so a right taken away puts the masked ones back (`hide`).
 */
export class RevealedContacts {
  private revealed = new Map<string, { conversation: Swap<ConversationSummary>; tickets: Swap<Ticket>[] }>();

  constructor(private readonly store: DeskStore) {}

  /** The server's unmasked copies shown in place of the masked ones (messages that came after them kept). */
  show(conversationId: string, unmasked: RevealResponse): void {
    const s = this.store.state;
    const { conversation, messages, notes, tickets } = unmasked;
    const later = (s.messages[conversationId] ?? []).filter((m) => m.seq > (messages.at(-1)?.seq ?? 0));
    const before = this.revealed.get(conversationId); // revealed again: the masked copies are the first reveal's
    const masked = <T extends { id: string }>(shown: T, now: T | undefined, was: Swap<T> | undefined): Swap<T> => ({ shown, masked: was && was.shown === now ? was.masked : now });
    this.revealed.set(conversationId, {
      conversation: masked(conversation, s.conversations[conversationId], before?.conversation),
      tickets: tickets.map((u) => masked(u, s.tickets.find((x) => x.id === u.id), before?.tickets.find((w) => w.shown.id === u.id))),
    });
    this.store.update({
      conversations: { ...s.conversations, [conversationId]: conversation },
      messages: { ...s.messages, [conversationId]: [...messages, ...later] },
      notes: { ...s.notes, [conversationId]: notes },
      tickets: s.tickets.map((t) => tickets.find((u) => u.id === t.id) ?? t),
    });
  }

  /**
   * Contact details unmasked here, masked again: each revealed summary and ticket still shown goes back to its masked
   * copy (a later frame's is masked already), and the transcript and notes are dropped, to be replayed by the server,
   * masked (the caller watches the conversations returned from seq 0).
   */
  hide(): string[] {
    if (this.revealed.size === 0) return [];
    const s = this.store.state;
    const conversations = { ...s.conversations };
    const messages = { ...s.messages };
    const notes = { ...s.notes };
    const synced = { ...s.synced };
    let tickets = s.tickets;
    for (const [id, was] of this.revealed) {
      if (conversations[id] === was.conversation.shown && was.conversation.masked) conversations[id] = was.conversation.masked;
      tickets = tickets.flatMap((x) => {
        const w = was.tickets.find((y) => y.shown === x);
        return !w ? [x] : w.masked ? [w.masked] : []; // one this console never had masked: dropped (a ticket frame brings it back)
      });
      delete messages[id];
      delete notes[id];
      delete synced[id];
    }
    const ids = [...this.revealed.keys()];
    this.revealed.clear();
    this.store.update({ conversations, messages, notes, synced, tickets });
    return ids;
  }
}
