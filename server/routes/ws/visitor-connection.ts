import type { WebSocket } from 'ws';
import type { FastifyBaseLogger } from 'fastify';
import {
  CLOSE,
  LIMITS,
  VisitorClientFrame,
  type ChatMessage,
  type ErrorFrame,
  type VisitorServerFrame,
} from '../../../protocol/index.ts';
import type { Bus, ConversationEvent } from '../../bus/types.ts';
import type { ConversationService } from '../../services/conversations.ts';
import type { Metrics } from '../../plugins/metrics.ts';
import type { AbuseLimits } from '../../services/abuse-limits.ts';
import { parseFrame } from './frames.ts';
import { sendFrame } from './send-batch.ts';
import { visitorFrameFor, type VisitorHandoff } from './visitor-handoff.ts';

interface Joined {
  visitorId: string;
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
  deps: {
    conversations: ConversationService;
    handoff: VisitorHandoff;
    bus: Bus;
    metrics: Metrics;
    limits: AbuseLimits;
    ip: string;
    userAgent: string | null;
    log: FastifyBaseLogger;
  },
): void {
  const { conversations, handoff, bus, metrics, limits, ip, log } = deps;
  let joined: Joined | null = null;
  let lastSentSeq = 0;
  let refusedFrom: string | null = null;
  let chain: Promise<void> = Promise.resolve();

  /** Tell the client to come back (it resends its outbox and resyncs from its last seq), then close. */
  const closeForResync = (code: number, reason: string, afterMs = 0) => {
    if (socket.readyState !== socket.OPEN) return;
    sendFrame(socket, JSON.stringify({ type: 'reconnect', afterMs } satisfies VisitorServerFrame));
    socket.close(code, reason);
  };
  const send = (frame: VisitorServerFrame) => {
    if (socket.readyState !== socket.OPEN) return;
    sendFrame(socket, JSON.stringify(frame));
    // A slow consumer: stop queueing for it instead of growing server memory.
    if (socket.bufferedAmount > LIMITS.wsSendBuffer) closeForResync(CLOSE.tryAgainLater, 'slow consumer');
  };
  const sendError = (error: ErrorFrame) => {
    metrics.errorSent(error.code);
    send(error);
  };

  /**
   * Run tasks in order; a failing task is logged and reported, never crashes the process. What this socket
   * delivered may now be incomplete, so it is closed for a resync rather than left silently stale.
   */
  const enqueue = (task: () => Promise<void>) => {
    chain = chain.then(task).catch((err: unknown) => {
      log.error({ err }, 'visitor frame failed');
      sendError({ type: 'error', code: 'internal', message: 'something went wrong on our side; reconnect to resync' });
      closeForResync(CLOSE.internal, 'resync needed');
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
    for (let after = afterSeq; socket.readyState === socket.OPEN; ) {
      const page = await conversations.listMessages(conversationId, after, LIMITS.replayPage);
      for (const m of page) await deliver(m, false);
      if (page.length < LIMITS.replayPage) return;
      after = page[page.length - 1]!.seq;
    }
  };

  const onEvent = (event: ConversationEvent) => {
    if (event.type === 'erased') return socket.close(CLOSE.policy, 'visitor data erased');
    enqueue(async () => {
      if (event.type === 'message') await deliver(event.message);
      else {
        const frame = visitorFrameFor(event);
        if (frame) send(frame);
      }
    });
  };

  const handle = async (frame: VisitorClientFrame) => {
    if (frame.type === 'ping') return send({ type: 'pong', ...(frame.t === undefined ? {} : { t: frame.t }) });
    if (frame.type === 'hello') {
      if (joined) return sendError({ type: 'error', code: 'bad_frame', message: 'hello was already received' });
      const session = await conversations.connectVisitor(
        { token: frame.token, identity: frame.identity, locale: frame.locale },
        () => limits.newConversation(ip),
      );
      if (session.kind === 'limited') {
        sendError({ type: 'error', code: 'rate_limited', message: 'too many new conversations from this address', retryAfter: session.retryAfter });
        return closeForResync(CLOSE.tryAgainLater, 'rate limited', Math.ceil(session.retryAfter * 1000));
      }
      const conversationId = session.conversation.id;
      // No continuity (the client is ahead of this conversation, or its token was unknown): say so, replay all.
      const resync = (frame.lastSeq ?? 0) > session.conversation.lastSeq || (frame.token !== undefined && frame.token !== session.token);
      lastSentSeq = resync ? 0 : (frame.lastSeq ?? 0);
      joined = { visitorId: session.visitor.id, conversationId, locale: session.conversation.locale, unsubscribe: bus.subscribe(conversationId, onEvent) };
      send({
        type: 'welcome',
        v: 1,
        token: session.token,
        conversationId,
        status: session.conversation.status,
        lastSeq: session.conversation.lastSeq,
        locale: session.conversation.locale,
        ...(resync ? { resync: 'full' as const } : {}),
      });
      await handoff.setContext(conversationId, frame.page?.url ?? null, deps.userAgent);
      await replayFrom(conversationId, lastSentSeq);
      const state = await handoff.state(conversationId);
      if (state) send(state);
      return;
    }
    if (!joined) return sendError({ type: 'error', code: 'not_ready', message: 'send hello first' });
    switch (frame.type) {
      case 'send': {
        // After a refused send, later ones wait until it is sent again: a refusal never lets a message overtake.
        const allowed = refusedFrom === null || refusedFrom === frame.clientId ? limits.message(joined.visitorId, ip) : { ok: false as const, retryAfter: 1 };
        if (!allowed.ok) {
          refusedFrom ??= frame.clientId;
          return sendError({ type: 'error', code: 'rate_limited', message: 'too many messages; wait a moment', ref: frame.clientId, retryAfter: allowed.retryAfter });
        }
        refusedFrom = null;
        const result = await conversations.sendVisitorMessage(joined.conversationId, frame.clientId, frame.text);
        // Closed by an agent: come back (the message stays in the client's outbox) and start a new conversation.
        if (result.kind === 'refused') return closeForResync(CLOSE.normal, 'conversation closed');
        if (result.kind === 'conflict') {
          return sendError({ type: 'error', code: 'conflict', message: 'this clientId was used for another text', ref: frame.clientId });
        }
        // Acknowledge only after the message is stored (and, when new, delivered to this socket).
        await deliver(result.message);
        send({ type: 'ack', clientId: frame.clientId, id: result.message.id, seq: result.message.seq });
        // New and owed an answer, or a resend: the bot answers whatever it still owes (at most once per message, see answerPending).
        if (result.kind === 'stored' && !result.botDue) return;
        const bot = limits.botAnswer(joined.visitorId);
        if (!bot.ok) return sendError({ type: 'error', code: 'rate_limited', message: 'the assistant needs a moment', retryAfter: bot.retryAfter });
        await conversations.answerPending(joined.conversationId);
        return;
      }
      case 'handoff':
        return conversations.requestHandoff(joined.conversationId, joined.locale);
      case 'feedback': {
        if (!(await conversations.voteOnBotMessage(joined.visitorId, frame.messageId, frame.helpful))) {
          return sendError({ type: 'error', code: 'not_found', message: 'no such bot message in this conversation' });
        }
        return send({ type: 'feedback_saved', messageId: frame.messageId, helpful: frame.helpful });
      }
      case 'cancel_handoff':
      case 'leave_message':
      case 'rate':
      case 'typing':
      case 'read': {
        const reply = await handoff.handle(joined.conversationId, frame);
        if (reply?.type === 'error') return sendError(reply);
        if (reply) send(reply);
        return;
      }
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
