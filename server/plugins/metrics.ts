import type { FastifyInstance, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { AuthorKind, BotMeta, ChatMessage, ErrorBody, ErrorCode } from '../../protocol/index.ts';
import { sendError } from '../routes/http-errors.ts';
import type { FaqModelSource } from '../services/faq-model-cache.ts';

const FAQ_MODEL_SOURCES: readonly FaqModelSource[] = ['build', 'data dir', 'trained'];

/** Which socket route a connection came in on: the path after /ws/ ("visitor", "agent"). */
export type SocketKind = string;
/** Always reported, 0 when none is open. */
const SOCKET_KINDS: SocketKind[] = ['visitor', 'agent'];

/**
 * What the services and connections report. They call this interface, never prom-client, so the
 * instrumentation stays one line at each site and the library stays in this file.
 */
export interface Metrics {
  /** A message was persisted (messages in). */
  messageStored(author: AuthorKind): void;
  /** A message frame was written to a socket (messages out); live ones feed the delivery-latency histogram. */
  messageDelivered(to: SocketKind, message: ChatMessage, live: boolean): void;
  /** The bot answered; `seconds` is its turn: matching the stored message and persisting the reply. */
  botAnswered(kind: BotMeta['kind'], seconds: number): void;
  /** An error frame or body was sent (a `rate_limited` one is a rate-limit hit). */
  errorSent(code: ErrorCode): void;
  /** The FAQ engine in use was built from these weights (see FaqModelSource). */
  faqModelFrom(source: FaqModelSource): void;
}

export interface MetricsRegistry extends Metrics {
  registry: Registry;
  /** Where the desk gauges are read at each scrape (the services exist after the metrics). */
  /**
   * The cluster-wide gauges (read from shared state, the same on every node). Only the node for which
   * `reporting()` is true gives their value; the others give 0, so a sum over nodes counts each once.
   */
  observeDesk(desk: { queueLength(): Promise<number>; agentsOnline(): number; reporting(): boolean }): void;
  /** Where the open sockets are counted, by kind, at each scrape. */
  observeSockets(count: () => Map<SocketKind, number>): void;
  /**
   * The server closed: let go of its sockets and desk, and empty the registry. prom-client's GC observer (one per
   * collectDefaultMetrics, never disconnected) holds the registry for the life of the process, and through these
   * gauges it would hold the whole closed server (its storage, FAQ engine, sockets).
   */
  stop(): void;
}

/** Seconds; the relay should sit in the first buckets, the bot a little higher. */
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

export function createMetrics(): MetricsRegistry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const messagesIn = new Counter({ name: 'kefu_messages_in_total', help: 'Messages persisted, by author', labelNames: ['author'], registers });
  const messagesOut = new Counter({ name: 'kefu_messages_out_total', help: 'Message frames written to sockets, by socket kind', labelNames: ['kind'], registers });
  const latency = (name: string, help: string) => new Histogram({ name, help, labelNames: ['kind'], buckets: LATENCY_BUCKETS, registers });
  const delivery = latency('kefu_delivery_seconds', 'From a message being persisted to its frame being written to a live socket');
  const botAnswers = new Counter({ name: 'kefu_bot_answers_total', help: 'Bot replies, by result kind', labelNames: ['kind'], registers });
  const botLatency = latency('kefu_bot_answer_seconds', "The bot's turn: matching the visitor's stored message and persisting the reply");
  const errors = new Counter({ name: 'kefu_errors_total', help: 'Error frames and HTTP error bodies sent, by code (rate_limited = rate-limit hits)', labelNames: ['code'], registers });
  const faqModel = new Gauge({
    name: 'kefu_faq_model_source',
    help: "Where the FAQ engine in use got its trained weights: 1 for the build's model, the data dir's file, or a training on this node",
    labelNames: ['source'],
    registers,
  });
  let countSockets: (() => Map<SocketKind, number>) | null = null;
  new Gauge({
    name: 'kefu_sockets',
    help: 'Open WebSocket connections, by kind',
    labelNames: ['kind'],
    registers,
    collect() {
      for (const [kind, n] of countSockets?.() ?? []) this.set({ kind }, n);
    },
  });
  let desk: Parameters<MetricsRegistry['observeDesk']>[0] | null = null;
  // scope="cluster": one node of the cluster reports the value, the others 0 (sum over nodes, or max: the same).
  new Gauge({
    name: 'kefu_queue_length',
    help: 'Conversations waiting for an agent, in the whole cluster (reported by one node; 0 on the others)',
    labelNames: ['scope'],
    registers,
    async collect() {
      if (desk) this.set({ scope: 'cluster' }, desk.reporting() ? await desk.queueLength() : 0);
    },
  });
  new Gauge({
    name: 'kefu_agents_online',
    help: 'Agents with the console open and not away, in the whole cluster (reported by one node; 0 on the others)',
    labelNames: ['scope'],
    registers,
    collect() {
      if (desk) this.set({ scope: 'cluster' }, desk.reporting() ? desk.agentsOnline() : 0);
    },
  });

  return {
    registry,
    observeDesk: (sources) => (desk = sources),
    observeSockets: (count) => (countSockets = count),
    stop() {
      countSockets = null;
      desk = null;
      registry.clear();
    },
    messageStored: (author) => messagesIn.inc({ author }),
    messageDelivered(to, message, live) {
      messagesOut.inc({ kind: to });
      if (live) delivery.observe({ kind: to }, Math.max(0, Date.now() - message.createdAt) / 1000);
    },
    botAnswered(kind, seconds) {
      botAnswers.inc({ kind });
      botLatency.observe({ kind }, seconds);
    },
    errorSent: (code) => errors.inc({ code }),
    faqModelFrom: (source) => {
      for (const each of FAQ_MODEL_SOURCES) faqModel.set({ source: each }, each === source ? 1 : 0);
    },
  };
}

/**
 * `GET /metrics` (Prometheus text format) for scrapers on an allowed address or holding the bearer token,
 * the open-socket gauge by kind and the count of HTTP error bodies. Register after the WebSocket plugin.
 */
export function registerMetrics(
  app: FastifyInstance,
  opts: { metrics: MetricsRegistry; allow: readonly string[]; token: string | null },
): void {
  const { registry } = opts.metrics;
  app.addHook('onClose', async () => opts.metrics.stop());
  // Counted when scraped, from the server's open sockets: no listener per socket (tens of thousands stay open).
  const kinds = new WeakMap<WebSocket, SocketKind>();
  app.websocketServer.on('connection', (socket: WebSocket, request: IncomingMessage) => kinds.set(socket, socketKind(request.url)));
  opts.metrics.observeSockets(() => {
    const open = new Map<SocketKind, number>(SOCKET_KINDS.map((k) => [k, 0]));
    for (const socket of app.websocketServer.clients) {
      const kind = kinds.get(socket) ?? 'other';
      open.set(kind, (open.get(kind) ?? 0) + 1);
    }
    return open;
  });

  const allowed = new Set(opts.allow.map(normalizeAddress));
  const token = opts.token === null ? null : Buffer.from(`Bearer ${opts.token}`);
  // The connecting address decides, never X-Forwarded-For (which any client can write); a request a trusted proxy
  // forwarded for someone else is that someone's, so it must be allowed too (a proxy on 127.0.0.1 opens nothing).
  const permitted = (request: FastifyRequest) => {
    const connecting = normalizeAddress(request.socket.remoteAddress ?? '');
    if (allowed.has(connecting) && allowed.has(normalizeAddress(request.ip))) return true;
    const given = Buffer.from(request.headers.authorization ?? '');
    return token !== null && given.length === token.length && timingSafeEqual(given, token);
  };

  // Error bodies on HTTP count with the error frames on sockets.
  app.addHook('preSerialization', async (_request, _reply, payload) => {
    const code = (payload as Partial<ErrorBody> | null)?.error?.code;
    if (code) opts.metrics.errorSent(code);
    return payload;
  });

  app.get('/metrics', async (request, reply) => {
    if (!permitted(request)) return sendError(reply, 'forbidden', 'metrics are served to allowed addresses or with the metrics token');
    return reply.type(registry.contentType).header('cache-control', 'no-store').send(await registry.metrics());
  });
}

function socketKind(url: string | undefined): SocketKind {
  const match = /^\/ws\/([a-z]+)/.exec(url ?? '');
  return match?.[1] ?? 'other';
}

/** "::ffff:127.0.0.1" (IPv4 on a dual-stack socket) is 127.0.0.1. */
function normalizeAddress(address: string): string {
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '').toLowerCase();
}
