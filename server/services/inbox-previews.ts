import type { AgentServerFrame, ChatMessage } from '../../protocol/index.ts';
import type { AgentChannel } from './agent-channel.ts';
import { paced } from '../paced.ts';
import type { Storage } from '../storage/types.ts';

type Preview = Extract<AgentServerFrame, { type: 'previews' }>['previews'][number];

/** Previews a frame carries at most (and conversations a count statement reads): ~200 B each as JSON, so a frame stays ≈50 KB. */
export const PREVIEWS_PER_FRAME = 250;

/** The row's text of a message, as the digest's SQL cuts it: its first 140 characters (code points, as substr counts). */
const PREVIEW_CHARS = 140;

/** A person's message as its inbox row shows it (the digest's `last`), built from the message itself. */
export function previewOf(message: ChatMessage): NonNullable<Preview['preview']> {
  const text = message.text.length <= PREVIEW_CHARS ? message.text : Array.from(message.text).slice(0, PREVIEW_CHARS).join('');
  const file = message.attachments?.[0];
  const preview = { author: message.author, text, at: message.createdAt };
  return file ? { ...preview, file: { name: file.name, type: file.type } } : preview;
}

/**
 * Every console's inbox row moves on with each person's message (a visitor's or an agent's), not only with a state
 * change: the rows of the chats a console does not follow (others' chats, the queue, the bot's) would otherwise show
 * the last message as of the last claim or close. Coalesced per node like the queue places: the conversations that
 * had a person's message here go out together in one desk frame, at once after a quiet interval, else one interval
 * after the last one began. So n consoles online cost a node n frames an interval whatever the message rate, not n
 * frames a message. The preview is the newest message stored here itself; only the visitor's message counts are read,
 * in one statement for up to PREVIEWS_PER_FRAME conversations (a frame each, one after another: the sending holds at
 * most one database connection, never the pool the consoles' claims and watches need). Reading each conversation's
 * digest instead (2 statements each, 3 before a person wrote), all at once, queued twice the conversations in front of
 * everything else in the node's pool (10 connections).
 */
export interface InboxPreviews {
  /** A message was stored here (the bot's and the system's lines move no row: a row's preview is a person's). */
  stored(message: ChatMessage): void;
  stop(): void;
}

export function createInboxPreviews(deps: {
  storage: Pick<Storage, 'visitorMessageCounts'>;
  agents: Pick<AgentChannel, 'broadcast'>;
  intervalMs: number;
  onError: (err: unknown) => void;
}): InboxPreviews {
  /** Conversations owed a preview: the newest person's message stored here. */
  const owed = new Map<string, ChatMessage>();
  let stopped = false;
  const pace = paced({ intervalMs: deps.intervalMs, due: () => !stopped && owed.size > 0, run: send, onError: deps.onError });

  async function send(): Promise<void> {
    const batch = [...owed.values()];
    owed.clear();
    for (let i = 0; i < batch.length && !stopped; i += PREVIEWS_PER_FRAME) {
      const part = batch.slice(i, i + PREVIEWS_PER_FRAME);
      const counts = await deps.storage.visitorMessageCounts(part.map((m) => m.conversationId));
      const previews = part.map(
        (m): Preview => ({ id: m.conversationId, lastSeq: m.seq, updatedAt: m.createdAt, preview: previewOf(m), visitorMessages: counts.get(m.conversationId) ?? 0 }),
      );
      await deps.agents.broadcast({ type: 'previews', previews });
    }
  }

  return {
    stored(message) {
      if (message.author !== 'visitor' && message.author !== 'agent') return;
      const before = owed.get(message.conversationId);
      if (!before || before.seq < message.seq) owed.set(message.conversationId, message);
      pace.ask();
    },
    stop() {
      stopped = true;
      pace.cancel();
    },
  };
}
