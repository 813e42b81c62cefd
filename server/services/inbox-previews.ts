import type { AgentServerFrame, ChatMessage } from '../../protocol/index.ts';
import type { AgentChannel } from './agent-channel.ts';
import { paced } from '../paced.ts';
import type { Storage } from '../storage/types.ts';

type Preview = Extract<AgentServerFrame, { type: 'previews' }>['previews'][number];

/**
 * Every console's inbox rows move on with each person's message (a visitor's or an agent's), not only with a state
 * change: the rows of the chats a console does not follow (others' chats, the queue, the bot's) would otherwise show
 * the last message as of the last claim or close. Coalesced per node like the queue places: the conversations that
 * had a person's message here go out together in one desk frame (each read once, as its summary reads it: the last
 * person's message and the visitor's count), at once after a quiet interval, else one interval after the last one
 * began. So n consoles online cost a node n frames an interval whatever the message rate, not n frames a message.
 */
export interface InboxPreviews {
  /** A message was stored here (the bot's and the system's lines move no row: a row's preview is a person's). */
  stored(message: ChatMessage): void;
  stop(): void;
}

export function createInboxPreviews(deps: {
  storage: Pick<Storage, 'conversationDigest'>;
  agents: Pick<AgentChannel, 'broadcast'>;
  intervalMs: number;
  onError: (err: unknown) => void;
}): InboxPreviews {
  /** Conversations owed a preview, with the seq and time of the newest message stored here. */
  const owed = new Map<string, { lastSeq: number; updatedAt: number }>();
  let stopped = false;
  const pace = paced({ intervalMs: deps.intervalMs, due: () => !stopped && owed.size > 0, run: send, onError: deps.onError });

  async function send(): Promise<void> {
    const batch = [...owed];
    owed.clear();
    const previews = await Promise.all(
      batch.map(async ([id, { lastSeq, updatedAt }]): Promise<Preview> => {
        const digest = await deps.storage.conversationDigest(id);
        return { id, lastSeq, updatedAt, preview: digest.last, visitorMessages: digest.visitorMessages };
      }),
    );
    await deps.agents.broadcast({ type: 'previews', previews });
  }

  return {
    stored(message) {
      if (message.author !== 'visitor' && message.author !== 'agent') return;
      const before = owed.get(message.conversationId);
      if (!before || before.lastSeq < message.seq) owed.set(message.conversationId, { lastSeq: message.seq, updatedAt: message.createdAt });
      pace.ask();
    },
    stop() {
      stopped = true;
      pace.cancel();
    },
  };
}
