import type { WebSocket } from 'ws';
import type { FastifyBaseLogger } from 'fastify';
import {
  AgentClientFrame,
  AgentServerFrame,
  CLOSE,
  LIMITS,
  type ChatMessage,
  type ErrorFrame,
} from '../../../protocol/index.ts';
import type { Bus, ConversationEvent } from '../../bus/types.ts';
import type { Agent } from '../../storage/agent-types.ts';
import type { Storage } from '../../storage/types.ts';
import type { AgentDesk } from '../../services/agent-desk.ts';
import type { MentionService } from '../../services/mentions.ts';
import type { AgentChannel } from '../../services/agent-channel.ts';
import { HandoffError, type HandoffService } from '../../services/handoff.ts';
import { maskBySchema, maskForViewers } from '../../services/mask-by-schema.ts';
import type { BroadcastMemo } from '../../services/agent-hub.ts';
import type { FileLinks } from '../../services/attachment-links.ts';
import { parseFrame } from './frames.ts';
import { closeForResync, guardSlowConsumer, sendFrame } from './send-batch.ts';
import { AgentFrameBudget } from './agent-frame-budget.ts';
import { AGENT_FRAME_WRITES } from './agent-frame-writes.ts';
import { mayWrite } from '../../services/roles.ts';
import type { LimitRule } from '../../cluster/types.ts';
import type { HereLink, WhoIsHere } from '../../services/who-is-here.ts';

interface Watched {
  /** The highest seq sent on this socket; messages go out in order with no gaps. */
  lastSent: number;
  unsubscribe: () => void;
}

export interface AgentConnectionDeps {
  agent: Agent;
  /** The session's token hash. */
  session: string;
  desk: AgentDesk;
  /** The welcome's unread mentions (count and conversations). */
  mentions: Pick<MentionService, 'unread'>;
  handoff: HandoffService;
  agents: AgentChannel;
  bus: Bus;
  storage: Storage;
  /** Signs the links of the files in the messages sent to the console. */
  links: FileLinks;
  /** Who has each conversation open (this socket's `viewing`; the `here` frames it is sent). */
  here: WhoIsHere;
  /** Each socket's own budget of frames (see SecurityConfig: agentFrames). */
  frames: LimitRule;
  /** The clock that budget refills by. */
  frameClock: () => number;
  log: FastifyBaseLogger;
}

/**
 * One console socket (already authenticated by its session cookie). The console says which conversations
 * it shows (`hello.watch`, `watch`) with the last seq it has; the server replays the rest, then `synced`.
 */
export function attachAgentConnection(socket: WebSocket, deps: AgentConnectionDeps): void {
  const { desk, handoff, agents, bus, storage, links, here, log } = deps;
  /** The account as the socket opened it, renamed with the agent (the hub's `rename`, on every node): replies carry the name as it is now. */
  const agent: Agent = { ...deps.agent };
  const watched = new Map<string, Watched>();
  let ready = false;
  let chain: Promise<void> = Promise.resolve();
  const budget = new AgentFrameBudget(deps.frames, (conversationId) => watched.has(conversationId), deps.frameClock);

  // Every frame to the console, broadcasts included, passes here: visitors' contact details go out masked,
  // read by the frame's schema (protocol/data-class.ts). A broadcast is masked and written out once for all the
  // consoles it reads the same to (every claim goes to every console: 50 walks a claim were a fifth of its CPU).
  // A console that reads slower than it is sent to is closed for a resync, not queued for without end.
  const send = (frame: AgentServerFrame, memo?: BroadcastMemo) => {
    if (socket.readyState !== socket.OPEN) return;
    sendFrame(socket, memo ? (memo.textFor ??= textForEach(frame))(agent.id) : textFor(frame, agent.id));
    guardSlowConsumer(socket, CLOSE.tryAgainLater);
  };
  const textFor = (frame: AgentServerFrame, viewerId: string) => JSON.stringify(links.payload(maskBySchema(AgentServerFrame, frame, viewerId)));
  const textForEach = (frame: AgentServerFrame) => {
    const { common, readers } = maskForViewers(AgentServerFrame, frame);
    let text: string | undefined;
    return (viewerId: string) => (readers.has(viewerId) ? textFor(frame, viewerId) : (text ??= JSON.stringify(links.payload(common))));
  };
  const sendError = (error: ErrorFrame) => send(error);
  const hereLink: HereLink = { agentId: agent.id, name: agent.name, viewer: !mayWrite(agent), send: (frame) => send(frame) };
  const failed = (ref: string | undefined) => (err: unknown) => {
    if (err instanceof HandoffError) return sendError({ type: 'error', code: err.code, message: err.message, ...(err.reason ? { reason: err.reason } : {}), ...(ref ? { ref } : {}) });
    log.error({ err }, 'agent frame failed');
    sendError({ type: 'error', code: 'internal', message: 'something went wrong on our side; reconnect to resync', ...(ref ? { ref } : {}) });
    // What this socket delivered (a replay, a watch, a reply's ack) may now be incomplete: the console comes
    // back and resyncs from the last seq it holds, rather than staying open and silently stale.
    closeForResync(socket, CLOSE.internal, 'resync needed');
  };
  /** Frames and deliveries run one after another. */
  const enqueue = (task: () => Promise<void>, ref?: string) => {
    chain = chain.then(task).catch(failed(ref));
    return chain;
  };
  /** The console's own frames still in that line (deliveries are not counted: a reply may pass them). */
  let framesQueued = 0;
  /** The last reply run at once (below): the next one's ack waits for it. */
  let replies: Promise<unknown> = Promise.resolve();

  const deliver = async (conversationId: string, message: ChatMessage) => {
    const w = watched.get(conversationId);
    if (!w || message.seq <= w.lastSent) return;
    if (message.seq > w.lastSent + 1) return replay(conversationId);
    send({ type: 'message', message });
    w.lastSent = message.seq;
  };
  const replay = async (conversationId: string) => {
    for (;;) {
      const w = watched.get(conversationId);
      if (!w || socket.readyState !== socket.OPEN) return;
      const page = await storage.listMessages(conversationId, w.lastSent, LIMITS.replayPage);
      for (const m of page) await deliver(conversationId, m);
      if (page.length < LIMITS.replayPage) return;
    }
  };

  const onEvent = (conversationId: string) => (event: ConversationEvent) => {
    if (event.type === 'message') return enqueue(() => deliver(conversationId, event.message));
    if (event.type === 'typing' && event.by === 'visitor') send({ type: 'typing', conversationId });
    if (event.type === 'read' && event.by === 'visitor') send({ type: 'read', conversationId, seq: event.seq });
    if (event.type === 'attachment_removed') send({ type: 'attachment_removed', conversationId, messageId: event.messageId, attachmentId: event.attachmentId });
  };

  const watch = async (conversationId: string, lastSeq: number) => {
    watched.get(conversationId)?.unsubscribe();
    const conversation = await storage.getConversation(conversationId);
    if (!conversation) throw new HandoffError('not_found', 'no such conversation', 'no_conversation');
    // Live before the replay reads storage, so a message stored in between is read or delivered, never missed.
    const unsubscribe = await bus.subscribe(conversationId, onEvent(conversationId));
    if (socket.readyState !== socket.OPEN) return unsubscribe();
    watched.set(conversationId, { lastSent: Math.min(lastSeq, conversation.lastSeq), unsubscribe });
    for (const note of await storage.listNotes(conversationId)) send({ type: 'note', note });
    // A console that held messages: files deleted while it was away (or not watching) leave them.
    if (lastSeq > 0) for (const f of await storage.listRemovedFiles(conversationId, LIMITS.replayPage)) send({ type: 'attachment_removed', conversationId, ...f });
    await replay(conversationId);
    send({ type: 'synced', conversationId, lastSeq: watched.get(conversationId)?.lastSent ?? 0 });
  };

  const done = (ref: string | undefined) => {
    if (ref) send({ type: 'done', ref });
  };

  const handle = async (frame: AgentClientFrame, previousReply: Promise<unknown> = Promise.resolve()) => {
    if (frame.type === 'ping') return send({ type: 'pong', ...(frame.t === undefined ? {} : { t: frame.t }) });
    if (frame.type === 'hello') {
      if (ready) return sendError({ type: 'error', code: 'bad_frame', message: 'hello was already received' });
      ready = true;
      await joined;
      const mentions = await deps.mentions.unread(agent.id);
      send({
        type: 'welcome',
        v: 1,
        agent: await handoff.agentInfo(agent),
        conversations: await desk.list({}),
        agents: await handoff.agentInfos(),
        tickets: await storage.listTickets(200),
        mentionsUnread: mentions.unread,
        mentionsUnreadIn: mentions.unreadIn,
      });
      for (const w of frame.watch) await watch(w.conversationId, w.lastSeq);
      return;
    }
    if (!ready) return sendError({ type: 'error', code: 'not_ready', message: 'send hello first' });
    switch (frame.type) {
      case 'watch':
        return watch(frame.conversationId, frame.lastSeq);
      case 'unwatch':
        watched.get(frame.conversationId)?.unsubscribe();
        watched.delete(frame.conversationId);
        here.leave(hereLink, frame.conversationId);
        return budget.forget(frame.conversationId);
      case 'viewing':
        if (frame.conversationId !== null && !watched.has(frame.conversationId)) {
          return sendError({ type: 'error', code: 'bad_frame', message: 'watch the conversation before showing it', path: 'conversationId' });
        }
        return here.show(hereLink, frame.conversationId, frame.replying === true ? (frame.note === true ? 'note' : 'reply') : null);
      case 'send': {
        const message = await desk.send(agent, frame.conversationId, frame.clientId, frame.text);
        await previousReply; // a store may finish before an earlier one (PostgreSQL): the acks keep arrival order
        await deliver(frame.conversationId, message);
        here.sent(hereLink, frame.conversationId);
        return send({ type: 'ack', clientId: frame.clientId, id: message.id, seq: message.seq });
      }
      case 'note': {
        const note = await desk.note(agent, frame.conversationId, frame.clientId, frame.text, frame.mentions);
        here.sent(hereLink, frame.conversationId);
        return send({ type: 'ack', clientId: frame.clientId, id: note.id, seq: 0 });
      }
      case 'typing':
        return desk.typing(agent, frame.conversationId);
      case 'read':
        return desk.read(agent, frame.conversationId, frame.seq);
      case 'claim':
        await desk.claim(agent, frame.conversationId);
        return done(frame.ref);
      case 'release':
        await desk.release(agent, frame.conversationId);
        return done(frame.ref);
      case 'close':
        await desk.close(agent, frame.conversationId);
        return done(frame.ref);
      case 'transfer':
        await desk.transfer(agent, frame.conversationId, frame.agentId);
        return done(frame.ref);
      case 'presence':
        return agents.setPresence(agent.id, frame.status);
    }
  };

  // Online everywhere before the welcome goes out (the hello waits for it).
  const joined = agents.join({
    agentId: agent.id,
    session: deps.session,
    send,
    kick: (reason: string) => socket.close(CLOSE.policy, reason),
    rename: (name: string) => void (agent.name = name),
  });
  joined.catch(failed(undefined));
  socket.on('message', (data, isBinary) => {
    const parsed = parseFrame(AgentClientFrame, data, isBinary);
    if (!parsed.ok) return sendError(parsed.error);
    // Over this socket's budget: nothing is read, stored or published; the socket stays open (a reconnect would be
    // a fresh budget), and the console sends a refused write again when told.
    const refusal = budget.refusal(parsed.frame);
    if (refusal) return sendError(refusal);
    const ref = 'ref' in parsed.frame ? parsed.frame.ref : 'clientId' in parsed.frame ? parsed.frame.clientId : undefined;
    // A read-only account (a viewer) reads and watches; every writing frame is refused before anything is touched.
    if (AGENT_FRAME_WRITES[parsed.frame.type] && !mayWrite(agent)) {
      return sendError({ type: 'error', code: 'forbidden', reason: 'read_only', message: 'read-only access: this account reads and never changes anything', ...(ref ? { ref } : {}) });
    }
    // Replies need not wait for one another: with no frame of the console's in line, a `send` runs at once.
    // Its store happens now, in arrival order, and joins this turn's commit, so a busy agent's replies share
    // one commit instead of one turn each; acks still come in order. Behind a queued frame (a claim), it queues.
    if (parsed.frame.type === 'send' && framesQueued === 0) {
      const reply = handle(parsed.frame, replies);
      replies = reply.catch(() => undefined);
      return void reply.catch(failed(ref));
    }
    framesQueued++;
    void enqueue(() => handle(parsed.frame), ref).finally(() => framesQueued--);
  });
  socket.on('close', () => {
    here.leave(hereLink);
    joined.then((leave) => leave(), () => undefined);
    for (const w of watched.values()) w.unsubscribe();
  });
}
