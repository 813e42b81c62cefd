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
import type { QueuePlaces } from '../../services/queue-places.ts';
import { parseFrame } from './frames.ts';
import { closeForResync, guardSlowConsumer, sendFrame } from './send-batch.ts';
import { visitorFrameFor, type VisitorHandoff } from './visitor-handoff.ts';
import { helloLanguageFrame } from '../../services/spoken-language.ts';
import type { FileLinks } from '../../services/attachment-links.ts';
import type { LimitRule } from '../../cluster/types.ts';
import { fullBucket, takeToken, type TokenBucket } from '../../cluster/token-bucket.ts';

interface Joined {
  visitorId: string;
  conversationId: string;
  unsubscribe: () => void;
}

/** What every visitor socket shares (one object for all of them). */
export interface VisitorConnectionDeps {
  conversations: ConversationService;
  /** Signs the links of the files in the messages sent to this visitor. */
  links: FileLinks;
  handoff: VisitorHandoff;
  bus: Bus;
  places: QueuePlaces;
  metrics: Metrics;
  limits: AbuseLimits;
  /** Each socket's own budget of frames (see SecurityConfig: socketFrames). */
  frames: LimitRule;
  /** The clock that budget refills by. */
  frameClock: () => number;
  /** A socket that has not sent hello by then is closed: it would hold one of its IP's slots for nothing. */
  helloTimeoutMs: number;
  log: FastifyBaseLogger;
}

/** What one socket brought with its upgrade request (the request itself is not kept). */
export interface VisitorOrigin {
  ip: string;
  /** Until hello, which stores it as the conversation's context. */
  userAgent: string | null;
  /** The upgrade request's id, in every log line of this connection. */
  reqId: string;
}

/** When a socket turned away for its IP's open sockets may come back: one of them has to close first. */
const OPEN_SOCKETS_RETRY_S = 30;

/** A timer never waits longer (setTimeout's limit is about 24.8 days); a far change is looked at again after this. */
const MAX_CLOCK_WAIT_MS = 86_400_000;

/**
 * One visitor socket. Frames are handled strictly one after another; live events are delivered in seq
 * order with no gaps (a gap is filled from storage), so a client never has to reorder. A class, not a
 * set of closures: tens of thousands of these stay open at once, and their methods live once, on the prototype.
 */
class VisitorConnection {
  private joined: Joined | null = null;
  private lastSentSeq = 0;
  /** The newest conversation state sent on this socket: an older one arriving later is dropped. */
  private stateVersion = 0;
  private refusedFrom: string | null = null;
  /** This socket's frames (in this process: a socket lives on one node). */
  private readonly frames: TokenBucket;
  private chain: Promise<void> = Promise.resolve();
  /** One of the IP's socket slots (shared by all nodes) is held by this socket. */
  private holdsSlot = false;
  /** Sends the state again when business hours open or close (the reach it told may change by the clock alone). */
  private clockTimer: ReturnType<typeof setTimeout> | null = null;
  /** Until the hello frame arrives (or the socket closes). */
  private helloTimer: ReturnType<typeof setTimeout> | null;

  private readonly ip: string;
  private readonly reqId: string;
  private userAgent: string | null;

  constructor(
    private readonly socket: WebSocket,
    private readonly deps: VisitorConnectionDeps,
    origin: VisitorOrigin,
  ) {
    // Fields, not the object: one allocation less for each of the many idle sockets.
    this.ip = origin.ip;
    this.reqId = origin.reqId;
    this.userAgent = origin.userAgent;
    this.frames = fullBucket(deps.frames, deps.frameClock());
    this.helloTimer = setTimeout(() => this.helloTimedOut(), deps.helloTimeoutMs);
    // The first task: frames that arrive meanwhile wait behind it.
    this.enqueue(() => this.admit());
  }

  /**
   * Take a token for opening a socket (per IP, in the shared store: a reconnect loop, or sockets opened and never used)
   * and one of the IP's socket slots, or refuse the socket.
   */
  private async admit(): Promise<void> {
    const allowed = await this.deps.limits.hello(this.ip);
    if (!allowed.ok) return this.turnAway('too many connections from this address', allowed.retryAfter);
    // With the hint (the widget heeds it; a rate_limited without a ref is only shown), not its backoff alone.
    if (!(await this.deps.limits.openSocket(this.ip))) return this.turnAway('too many open connections from this address', OPEN_SOCKETS_RETRY_S);
    if (this.socket.readyState === this.socket.OPEN) this.holdsSlot = true;
    else this.deps.limits.closeSocket(this.ip);
  }

  /** No hello in time: say so and close; the widget comes back after the hint plus its backoff (not reset: no welcome). */
  private helloTimedOut(): void {
    this.helloTimer = null;
    this.sendError({ type: 'error', code: 'timed_out', message: 'no hello in time' });
    closeForResync(this.socket, CLOSE.tryAgainLater, 'no hello', this.deps.helloTimeoutMs);
  }

  private send(frame: VisitorServerFrame): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    sendFrame(this.socket, JSON.stringify(this.deps.links.payload(frame)));
    guardSlowConsumer(this.socket, CLOSE.tryAgainLater);
  }

  private sendError(error: ErrorFrame): void {
    this.deps.metrics.errorSent(error.code);
    this.send(error);
  }

  /**
   * Run tasks in order; a failing task is logged and reported, never crashes the process. What this socket
   * delivered may now be incomplete, so it is closed for a resync rather than left silently stale.
   */
  private enqueue(task: () => Promise<void>): void {
    this.chain = this.chain.then(task).catch((err: unknown) => {
      this.deps.log.error({ err, reqId: this.reqId }, 'visitor frame failed');
      this.sendError({ type: 'error', code: 'internal', message: 'something went wrong on our side; reconnect to resync' });
      closeForResync(this.socket, CLOSE.internal, 'resync needed');
    });
  }

  /** `live`: just published (counts toward delivery latency); false for a replay from storage. */
  private async deliver(message: ChatMessage, live = true): Promise<void> {
    if (message.seq <= this.lastSentSeq) return;
    if (message.seq > this.lastSentSeq + 1) await this.replayFrom(message.conversationId, this.lastSentSeq);
    if (message.seq === this.lastSentSeq + 1) {
      this.send({ type: 'message', message });
      this.deps.metrics.messageDelivered('visitor', message, live);
      this.lastSentSeq = message.seq;
    }
  }

  private async replayFrom(conversationId: string, afterSeq: number): Promise<void> {
    for (let after = afterSeq; this.socket.readyState === this.socket.OPEN; ) {
      const page = await this.deps.conversations.listMessages(conversationId, after, LIMITS.replayPage);
      for (const m of page) await this.deliver(m, false);
      if (page.length < LIMITS.replayPage) return;
      after = page[page.length - 1]!.seq;
    }
  }

  onEvent(event: ConversationEvent): void {
    if (event.type === 'erased') return this.socket.close(CLOSE.policy, 'visitor data erased');
    this.enqueue(async () => {
      if (event.type === 'message') await this.deliver(event.message);
      else if (event.type === 'state') this.sendState(event);
      else {
        const frame = visitorFrameFor(event);
        if (frame) this.send(frame);
      }
    });
  }

  /** While waiting, this socket's place updates (made once, for the sockets that ever wait). */
  private onPlace: ((event: Extract<ConversationEvent, { type: 'state' }>) => void) | null = null;

  private sendState(event: Extract<ConversationEvent, { type: 'state' }>): void {
    if (event.version < this.stateVersion) return;
    this.stateVersion = event.version;
    this.send(visitorFrameFor(event)!);
    this.recheckAtClockChange(event);
    if (event.status === 'waiting') this.deps.places.watch(event, (this.onPlace ??= (place) => this.enqueue(async () => this.sendState(place))));
    else if (this.onPlace) this.deps.places.forget(event.conversationId, this.onPlace);
  }

  private recheckAtClockChange(event: Extract<ConversationEvent, { type: 'state' }>): void {
    if (this.clockTimer) clearTimeout(this.clockTimer);
    const delay = this.deps.handoff.changesIn(event);
    // A few ms past the boundary (the opening minute is open, the closing minute closed); far ones are re-checked daily.
    this.clockTimer = delay === null ? null : setTimeout(() => this.enqueue(() => this.resendState(event.conversationId)), Math.min(delay + 5, MAX_CLOCK_WAIT_MS));
    this.clockTimer?.unref();
  }

  private async resendState(conversationId: string): Promise<void> {
    if (this.socket.readyState !== this.socket.OPEN) return;
    const current = await this.deps.handoff.state(conversationId);
    if (current) this.sendState(current.state);
  }

  receive(data: unknown, isBinary: boolean): void {
    const parsed = parseFrame(VisitorClientFrame, data, isBinary);
    if (!parsed.ok) return this.sendError(parsed.error);
    const frame = parsed.frame;
    if (frame.type === 'hello' && this.helloTimer) {
      clearTimeout(this.helloTimer);
      this.helloTimer = null;
    }
    // A ping (like an unparsable frame) costs what refusing it would; any other frame may reach storage or the bus
    // without a rate token (a resend of a stored message, typing, read…): each takes one of this socket's.
    const wait = frame.type === 'ping' ? 0 : takeToken(this.frames, this.deps.frames, this.deps.frameClock());
    this.enqueue(async () => (wait === 0 ? this.handle(frame) : this.refuse(frame, wait)));
  }

  /** Over this socket's frame budget: nothing is read or stored; a send is marked failed (ref) and waits, in order, like any refused one. */
  private refuse(frame: VisitorClientFrame, retryAfter: number): void {
    const ref = frame.type === 'send' ? frame.clientId : undefined;
    if (ref !== undefined) this.refusedFrom ??= ref;
    this.sendError({ type: 'error', code: 'rate_limited', message: 'too many frames on this connection; wait a moment', retryAfter, ...(ref === undefined ? {} : { ref }) });
  }

  failed(err: Error): void {
    this.deps.log.debug({ err, reqId: this.reqId }, 'visitor socket error');
  }

  closed(): void {
    if (this.clockTimer) clearTimeout(this.clockTimer);
    if (this.helloTimer) clearTimeout(this.helloTimer);
    this.joined?.unsubscribe();
    if (this.joined && this.onPlace) this.deps.places.forget(this.joined.conversationId, this.onPlace);
    if (this.holdsSlot) this.deps.limits.closeSocket(this.ip);
    this.holdsSlot = false;
  }

  private async hello(frame: Extract<VisitorClientFrame, { type: 'hello' }>): Promise<void> {
    const { conversations, handoff, bus, limits } = this.deps;
    if (this.joined) return this.sendError({ type: 'error', code: 'bad_frame', message: 'hello was already received' });
    const session = await conversations.connectVisitor({ token: frame.token, identity: frame.identity, reopen: frame.reopen, locale: frame.locale }, () =>
      limits.newConversation(this.ip),
    );
    if (session.kind === 'limited') return this.turnAway('too many new conversations from this address', session.retryAfter);
    const conversationId = session.conversation.id;
    // No continuity (the client is ahead of this conversation, or its token was unknown): say so, replay all.
    const resync = (frame.lastSeq ?? 0) > session.conversation.lastSeq || (frame.token !== undefined && frame.token !== session.token) || session.reopen === 'ok';
    this.lastSentSeq = resync ? 0 : (frame.lastSeq ?? 0);
    const resumed = this.lastSentSeq > 0;
    // Live before the replay reads storage: a message stored in between is then either read or published
    // to this socket (its delivery queues behind this task and is skipped when the replay had it).
    const unsubscribe = await bus.subscribe(conversationId, (event) => this.onEvent(event));
    if (this.socket.readyState !== this.socket.OPEN) return unsubscribe();
    this.joined = { visitorId: session.visitor.id, conversationId, unsubscribe };
    const channels = await handoff.channels(frame.site ?? null);
    this.send({
      type: 'welcome',
      v: 1,
      token: session.token,
      conversationId,
      status: session.conversation.status,
      lastSeq: session.conversation.lastSeq,
      locale: session.conversation.locale,
      ...(resync ? { resync: 'full' as const } : {}),
      ...(session.reopen ? { reopen: session.reopen } : {}),
      ...(channels ? { channels } : {}),
    });
    // The language the bot speaks, when it is not the widget's own: the widget's words follow it before any message shows.
    const language = helloLanguageFrame(session.conversation);
    if (language) this.send(language);
    // A fresh view (not a resume): the earlier conversations go above it, so a closed chat never vanishes.
    if (this.lastSentSeq === 0 && session.mayHaveHistory) {
      const history = await handoff.history(session.visitor.id);
      if (history) this.send(history);
    }
    const userAgent = this.userAgent;
    this.userAgent = null; // stored now; not kept per socket
    await handoff.setContext(session.conversation, { pageUrl: frame.page?.url ?? null, pageTitle: frame.page?.title ?? null, userAgent, site: frame.site ?? null });
    // A resume: files deleted while this screen was away leave the messages it already holds.
    if (resumed) for (const f of await conversations.removedFiles(conversationId)) this.send({ type: 'attachment_removed', ...f });
    // Read after subscribing, the conversation's seq says whether anything is missing: a message committed before
    // this read is counted in it (and replayed), one committed after is published to this socket. A client that is
    // up to date (most of a dead node's visitors) costs no replay query.
    const current = await handoff.state(conversationId);
    if (!current || current.lastSeq > this.lastSentSeq) await this.replayFrom(conversationId, this.lastSentSeq);
    if (current) this.sendState(current.state);
  }

  /** Over an address's limit: say why and when, then close (1013); the client comes back after retryAfter. */
  private turnAway(message: string, retryAfter: number): void {
    this.sendError({ type: 'error', code: 'rate_limited', message, retryAfter });
    closeForResync(this.socket, CLOSE.tryAgainLater, 'rate limited', Math.ceil(retryAfter * 1000));
  }

  private async sendMessage(joined: Joined, frame: Extract<VisitorClientFrame, { type: 'send' }>): Promise<void> {
    const { conversations, limits } = this.deps;
    // A resend of a message already stored (the widget's outbox after a reconnect) takes no token: it stores nothing.
    const earlier = await conversations.storedVisitorMessage(joined.conversationId, frame.clientId, frame.text);
    if (earlier) {
      if (this.refusedFrom === frame.clientId) this.refusedFrom = null; // stored meanwhile (from another tab)
      return this.acknowledge(joined, frame.clientId, earlier, earlier.kind === 'duplicate' && earlier.botDue);
    }
    // After a refused send, later ones wait until it is sent again: a refusal never lets a message overtake.
    const allowed =
      this.refusedFrom === null || this.refusedFrom === frame.clientId ? await limits.message(joined.visitorId, this.ip) : { ok: false as const, retryAfter: 1 };
    if (!allowed.ok) {
      this.refusedFrom ??= frame.clientId;
      return this.sendError({ type: 'error', code: 'rate_limited', message: 'too many messages; wait a moment', ref: frame.clientId, retryAfter: allowed.retryAfter });
    }
    this.refusedFrom = null;
    const result = await conversations.sendVisitorMessage(joined.conversationId, frame.clientId, frame.text);
    // Closed by an agent: come back (the message stays in the client's outbox) and start a new conversation.
    if (result.kind === 'refused') return closeForResync(this.socket, CLOSE.normal, 'conversation closed');
    // A duplicate now was stored after the look-up by a copy that raced this one (another tab or node): the bot looks at what it owes.
    return this.acknowledge(joined, frame.clientId, result, result.kind === 'stored' ? result.botDue : true);
  }

  /** The ack of a stored message (new, or stored before), once it is delivered to this socket; then the bot's turn when one may be owed. */
  private async acknowledge(joined: Joined, clientId: string, stored: { kind: 'stored' | 'duplicate' | 'conflict'; message: ChatMessage }, botMayOwe: boolean): Promise<void> {
    if (stored.kind === 'conflict') {
      return this.sendError({ type: 'error', code: 'conflict', message: 'this clientId was used for another text', ref: clientId });
    }
    // Acknowledge only after the message is stored (and, when new, delivered to this socket).
    await this.deliver(stored.message);
    this.send({ type: 'ack', clientId, id: stored.message.id, seq: stored.message.seq });
    if (!botMayOwe) return;
    // The bot answers whatever it still owes (at most once per message, see answerPending).
    const bot = await this.deps.limits.botAnswer(joined.visitorId);
    if (!bot.ok) return this.sendError({ type: 'error', code: 'rate_limited', message: 'the assistant needs a moment', retryAfter: bot.retryAfter });
    await this.deps.conversations.answerPending(joined.conversationId);
  }

  private async handle(frame: VisitorClientFrame): Promise<void> {
    if (this.socket.readyState !== this.socket.OPEN) return;
    if (frame.type === 'ping') return this.send({ type: 'pong', ...(frame.t === undefined ? {} : { t: frame.t }) });
    if (frame.type === 'hello') return this.hello(frame);
    const joined = this.joined;
    if (!joined) return this.sendError({ type: 'error', code: 'not_ready', message: 'send hello first' });
    const { conversations, handoff } = this.deps;
    switch (frame.type) {
      case 'send':
        return this.sendMessage(joined, frame);
      case 'handoff':
        return conversations.requestHandoff(joined.conversationId);
      case 'language': {
        // Told back through the bus (to every screen of the visitor's) when it changed anything; else to this one.
        if (frame.override && frame.by !== 'site') return this.sendError({ type: 'error', code: 'bad_frame', message: 'only the site overrides a choice', path: 'override' });
        const site = frame.by === 'site' ? { override: frame.override === true } : undefined;
        const outcome = await conversations.chooseLanguage(joined.conversationId, frame.locale, site);
        if (outcome.kind === 'unchanged') return this.send(outcome.frame);
        // `path` names the field refused, as a frame that does not parse does: the widget knows its choice was refused.
        if (outcome.kind === 'refused') return this.sendError({ type: 'error', code: 'bad_frame', message: 'the widget does not speak this language', path: 'locale' });
        return;
      }
      case 'feedback': {
        if (!(await conversations.voteOnBotMessage(joined.visitorId, frame.messageId, frame.helpful))) {
          return this.sendError({ type: 'error', code: 'not_found', message: 'no such bot message in this conversation' });
        }
        return this.send({ type: 'feedback_saved', messageId: frame.messageId, helpful: frame.helpful });
      }
      case 'cancel_handoff':
      case 'leave_message':
      case 'rate':
      case 'typing':
      case 'read':
      case 'email_transcript': {
        // A ticket reaches every open console: limited per visitor and per IP exactly like messages.
        const allowed = frame.type === 'leave_message' ? await this.deps.limits.message(joined.visitorId, this.ip) : null;
        if (allowed && !allowed.ok) return this.sendError({ type: 'error', code: 'rate_limited', message: 'too many messages; wait a moment', retryAfter: allowed.retryAfter });
        const reply = await handoff.handle(joined.conversationId, frame, this.ip);
        if (reply?.type === 'error') return this.sendError(reply);
        if (reply) this.send(reply);
        return;
      }
    }
  }
}

/** Each socket's connection, for the two listeners every visitor socket shares (no closures per socket). */
const connections = new WeakMap<WebSocket, VisitorConnection>();
function onMessage(this: WebSocket, data: unknown, isBinary: boolean): void {
  connections.get(this)?.receive(data, isBinary);
}
function onClose(this: WebSocket): void {
  connections.get(this)?.closed();
}
/** The error listener of every visitor socket (logged at debug level with the connection's request id). */
export function onVisitorSocketError(this: WebSocket, err: Error): void {
  connections.get(this)?.failed(err);
}

/** Serve one visitor socket. Handlers are attached synchronously, before any await, so no early frame is lost. */
export function attachVisitorConnection(socket: WebSocket, deps: VisitorConnectionDeps, origin: VisitorOrigin): void {
  connections.set(socket, new VisitorConnection(socket, deps, origin));
  socket.on('message', onMessage);
  socket.on('close', onClose);
}
