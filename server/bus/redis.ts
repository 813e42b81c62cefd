import { openRedis } from '../cluster/redis.ts';
import { microBatcher } from '../micro-batch.ts';
import { Topics } from './topics.ts';
import type { Bus, BusListener, ConversationEvent, DeskEvent, DeskListener } from './types.ts';

/** On the wire: the sending node (its own events reach it directly, not back through Redis) and the event. */
interface Envelope<E> {
  n: string;
  e: E;
}

/**
 * Redis pub/sub: a channel per conversation (subscribed while a socket on this node watches it) and one desk
 * channel. Two connections: a subscriber (in subscribe mode it can do nothing else) and one for publishing.
 * An event published here is delivered to this node's listeners at once; other nodes get it through Redis.
 * The bus keeps no history: a node that misses an event (Redis restarted) still has storage to look in.
 */
export function createRedisBus(options: { url: string; prefix: string; nodeId: string; onError: (err: unknown) => void }): Bus {
  const { prefix, nodeId, onError } = options;
  const pub = openRedis(options.url, 'bus-publish', true);
  const sub = openRedis(options.url, 'bus-subscribe');
  pub.on('error', onError);
  sub.on('error', onError);
  const conversations = new Topics<BusListener>();
  const desk = new Topics<DeskListener>();
  /** Each conversation channel's SUBSCRIBE, confirmed or on its way (a second listener waits for the same one). */
  const confirmed = new Map<string, Promise<unknown>>();
  /**
   * Channels asked for while a SUBSCRIBE is on its way go in the next one, together (a dead node's visitors arrive
   * by thousands: one command and one confirmation for many). Commands on one connection still run in order, so an
   * UNSUBSCRIBE sent before a channel's SUBSCRIBE is sent can never undo it.
   */
  const subscribeChannel = microBatcher<string, undefined>({
    lanes: 1,
    max: 1000,
    run: async (channels) => {
      await sub.subscribe(...channels);
      return channels.map(() => undefined);
    },
  });
  const deskChannel = `${prefix}desk`;
  const conversationPrefix = `${prefix}c:`;

  /** How this node's own envelopes begin (`send` writes the node first): they come back from Redis, and are skipped unparsed. */
  const own = `{"n":${JSON.stringify(nodeId)},`;
  sub.on('message', (channel: string, raw: string) => {
    if (raw.startsWith(own)) return;
    let envelope: Envelope<unknown>;
    try {
      envelope = JSON.parse(raw) as Envelope<unknown>;
    } catch (err) {
      return onError(err);
    }
    if (channel === deskChannel) desk.deliver('', envelope.e as DeskEvent);
    else if (channel.startsWith(conversationPrefix)) conversations.deliver(channel.slice(conversationPrefix.length), envelope.e as ConversationEvent);
  });

  const send = (channel: string, event: unknown) => pub.publish(channel, JSON.stringify({ n: nodeId, e: event } satisfies Envelope<unknown>)).then(() => undefined);

  return {
    async publish(conversationId, event) {
      conversations.deliver(conversationId, event);
      await send(conversationPrefix + conversationId, event);
    },
    async subscribe(conversationId, listener) {
      const channel = conversationPrefix + conversationId;
      if (conversations.add(conversationId, listener)) confirmed.set(conversationId, subscribeChannel(channel));
      const unsubscribe = () => {
        if (!conversations.remove(conversationId, listener)) return;
        confirmed.delete(conversationId);
        // Commands on one connection run in order: a SUBSCRIBE sent after this one still wins.
        sub.unsubscribe(channel).catch(onError);
      };
      try {
        await confirmed.get(conversationId);
      } catch (err) {
        unsubscribe();
        throw err;
      }
      return unsubscribe;
    },
    async publishDesk(event) {
      desk.deliver('', event);
      await send(deskChannel, event);
    },
    async subscribeDesk(listener) {
      if (desk.add('', listener)) await sub.subscribe(deskChannel);
      return () => {
        if (desk.remove('', listener)) sub.unsubscribe(deskChannel).catch(onError);
      };
    },
    async ping() {
      await Promise.all([pub.ping(), sub.ping()]);
    },
    async close() {
      pub.disconnect();
      sub.disconnect();
    },
  };
}
