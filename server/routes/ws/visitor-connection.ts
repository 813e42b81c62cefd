import type { WebSocket } from 'ws';
import type { FastifyBaseLogger } from 'fastify';
import {
  LIMITS,
  VisitorClientFrame,
  type ChatMessage,
  type ErrorFrame,
  type VisitorServerFrame,
} from '../../../protocol/index.ts';
import type { Bus, ConversationEvent } from '../../bus/types.ts';
import type { ConversationService } from '../../services/conversations.ts';
import type { Metrics } from '../../plugins/metrics.ts';
import { parseFrame } from './frames.ts';

interface Joined {
  conversationId: string;
  locale: string;
  unsubscribe: () => void;
}

/**
 * One visitor socket. Frames are handled strictly one after another; live events are delivered in seq
 * order with no gaps (a gap is filled from storage), so a client never has to reorder.
 */
export function attachVisitorConnection(
  socket: WebSocket,
  deps: { conversations: ConversationService; bus: Bus; metrics: Metrics; log: FastifyBaseLogger },
): void {
  const { conversations, bus, metrics, log } = deps;
  let joined: Joined | null = null;
  let lastSentSeq = 0;
  let chain: Promise<void> = Promise.resolve();

  const send = (frame: VisitorServerFrame) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
  };
  const sendError = (error: ErrorFrame) => {
    metrics.errorSent(error.code);
    send(error);
  };

  /** Run tasks in order; a failing task is logged and reported, never crashes the process. */
  const enqueue = (task: () => Promise<void>) => {
    chain = chain.then(task).catch((err: unknown) => {
      log.error({ err }, 'visitor frame failed');
      sendError({ type: 'error', code: 'internal', message: 'something went wrong on our side; nothing was stored' });
    });
  };

  /** `live`: just published (counts toward delivery latency); false for a replay from storage. */
  const deliver = async (message: ChatMessage, live = true) => {
    if (message.seq <= lastSentSeq) return;
    if (message.seq > lastSentSeq + 1) await replayFrom(message.conversationId, lastSentSeq);
    if (message.seq === lastSentSeq + 1) {
      send({ type: 'message', message });
      metrics.messageDelivered('visitor', message, live);
      lastSentSeq = message.seq;
    }
  };

  const replayFrom = async (conversationId: string, afterSeq: number) => {
    for (let after = afterSeq; ; ) {
      const page = await conversations.listMessages(conversationId, after, LIMITS.replayPage);
      for (const m of page) await deliver(m, false);
      if (page.length < LIMITS.replayPage) return;
      after = page[page.length - 1]!.seq;
    }
  };

  const onEvent = (event: ConversationEvent) => {
    enqueue(async () => {
      if (event.type === 'message') await deliver(event.message);
      else send({ type: 'state', status: event.status, agentName: event.agentName });
    });
  };

  const handle = async (frame: VisitorClientFrame) => {
    if (frame.type === 'ping') return send({ type: 'pong', ...(frame.t === undefined ? {} : { t: frame.t }) });
    if (frame.type === 'hello') {
      if (joined) return sendError({ type: 'error', code: 'bad_frame', message: 'hello was already received' });
      const session = await conversations.connectVisitor(frame.token, frame.locale);
      const conversationId = session.conversation.id;
      lastSentSeq = Math.min(frame.lastSeq ?? 0, session.conversation.lastSeq);
      joined = { conversationId, locale: session.conversation.locale, unsubscribe: bus.subscribe(conversationId, onEvent) };
      send({
        type: 'welcome',
        v: 1,
        token: session.token,
        conversationId,
        status: session.conversation.status,
        lastSeq: session.conversation.lastSeq,
        locale: session.conversation.locale,
      });
      return replayFrom(conversationId, lastSentSeq);
    }
    if (!joined) return sendError({ type: 'error', code: 'not_ready', message: 'send hello first' });
    switch (frame.type) {
      case 'send': {
        const result = await conversations.sendVisitorMessage(joined.conversationId, frame.clientId, frame.text);
        if (result.kind === 'conflict') {
          return sendError({ type: 'error', code: 'conflict', message: 'this clientId was used for another text', ref: frame.clientId });
        }
        // Acknowledge only after the message is stored (and, when new, delivered to this socket).
        await deliver(result.message);
        send({ type: 'ack', clientId: frame.clientId, id: result.message.id, seq: result.message.seq });
        if (result.kind === 'stored') await conversations.botTurn(result.message);
        return;
      }
      case 'handoff':
        return conversations.requestHandoff(joined.conversationId, joined.locale);
    }
  };

  socket.on('message', (data, isBinary) => {
    const parsed = parseFrame(VisitorClientFrame, data, isBinary);
    if (!parsed.ok) return sendError(parsed.error);
    enqueue(() => handle(parsed.frame));
  });
  socket.on('close', () => joined?.unsubscribe());
  socket.on('error', (err) => log.debug({ err }, 'visitor socket error'));
}
