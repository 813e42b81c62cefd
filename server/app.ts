import Fastify, { type FastifyInstance } from 'fastify';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { LIMITS } from '../protocol/index.ts';
import type { Config } from './config.ts';
import { openSharedState } from './cluster/shared.ts';
import type { Bus } from './bus/types.ts';
import { openStorage } from './storage/open.ts';
import { createConversationService } from './services/conversations.ts';
import { createFaqContent } from './services/faq-admin.ts';
import { cachedFaqEngineBuilder } from './services/faq-model-cache.ts';
import { createFaqLearning } from './services/faq-learning.ts';
import { registerWebsocket } from './plugins/websocket.ts';
import { registerSecurityHeaders } from './plugins/security-headers.ts';
import { createMetrics, registerMetrics } from './plugins/metrics.ts';
import { loggerOptions, type LogStream } from './plugins/logging.ts';
import { httpErrorHandler, sendError } from './routes/http-errors.ts';
import { createAbuseLimits } from './services/abuse-limits.ts';
import { registerRestLimit } from './plugins/rest-limit.ts';
import { registerApiGuards } from './plugins/api-guards.ts';
import { schemaFirst } from './routes/schema-first.ts';
import { registerFaqRoutes } from './routes/faq-http.ts';
import { registerFaqAdminRoutes } from './routes/faq-admin-http.ts';
import { registerReportRoutes } from './routes/reports-http.ts';
import { createReportsService } from './services/reports.ts';
import { registerPages } from './routes/pages.ts';
import { registerVisitorDataRoutes, startRetention } from './routes/visitor-data-http.ts';
import { registerWsRoutes } from './routes/ws/index.ts';
import { createVisitorHandoff } from './routes/ws/visitor-handoff.ts';
import { registerAgentApi } from './routes/agent-api.ts';
import { createAgentChannel } from './services/agent-channel.ts';
import { createQueuePlaces } from './services/queue-places.ts';
import { createHandoffService } from './services/handoff.ts';
import { createAvailability } from './services/availability.ts';
import { registerSitesAdminRoutes } from './routes/sites-admin-http.ts';
import { DEFAULT_SCRYPT_LOG2N } from './services/passwords.ts';
import { createWebhookService } from './services/webhooks.ts';
import { DEFAULT_WEBHOOK_TIMINGS, type WebhookTimings } from './services/webhook-dispatcher.ts';
import { webhookPayloads } from './services/webhook-payloads.ts';
import { registerWebhookRoutes } from './routes/webhooks-http.ts';
import { createMailService, DEFAULT_EMAIL_TIMINGS } from './services/mail.ts';
import type { OutboxTimings } from './services/outbox-runner.ts';
import { registerEmailRoutes } from './routes/email-http.ts';

export interface BuildOptions {
  /** Pino logger options, or false for none (tests). */
  logger?: boolean | { level: string };
  /** Where the JSON log lines go (tests capture them); stdout by default. */
  logStream?: LogStream;
  heartbeatMs?: number;
  /** Tests only: a cheaper scrypt cost (log2 N) for agent passwords. Production: 2^17. */
  scryptLog2NForTests?: number;
  /** How often open agent sockets are re-checked against their sessions (default 15 s). */
  sessionSweepMs?: number;
  /** How often waiting visitors' places are brought up to date, at most (default 3 s). */
  queuePlaceMs?: number;
  /** Tests only: the bus to use instead of the one the configuration picks. */
  bus?: Bus;
  /** Tests only: quicker webhook retries and polling. */
  webhookTimings?: Partial<WebhookTimings>;
  /** Tests only: quicker e-mail retries, polling and timeouts. */
  emailTimings?: Partial<OutboxTimings>;
}

/**
 * Build the whole server: storage, FAQ, services, routes. Never listens; `server/main.ts` does.
 */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  mkdirSync(config.dataDir, { recursive: true });
  const { storage, visitorData } = await openStorage(config, {
    onBackgroundError: (err) => app.log.error({ err }, 'database checkpoint failed'),
  });
  const faq = createFaqContent({
    store: storage,
    packDir: config.faqPackDir,
    onStoredInvalid: (err) => app.log.error({ err }, 'the FAQ pack stored in the database is invalid: serving the shipped pack files'),
    buildEngine: cachedFaqEngineBuilder(path.join(config.dataDir, 'faq-model.bin'), (err, message) => app.log.warn({ err }, message)),
  });
  const shared = await openSharedState({ redisUrl: config.redisUrl, prefix: config.redisPrefix, onError: (err) => app.log.error({ err }, 'redis failed') });
  const bus = options.bus ?? shared.bus;
  const metrics = createMetrics();
  const limits = createAbuseLimits(config.security.limits, shared.limits, (err) => app.log.error({ err }, 'limit store failed'));
  const agents = createAgentChannel({ bus, store: shared.presence, refreshMs: shared.clustered ? 5_000 : 0, onError: (err) => app.log.error({ err }, 'agent presence failed') });
  await agents.start();
  const places = createQueuePlaces({
    storage,
    bus,
    states: (ranked) => handoff.placeStates(ranked),
    intervalMs: options.queuePlaceMs ?? 3_000,
    onError: (err) => app.log.error({ err }, 'queue places failed'),
  });
  await places.start();
  metrics.observeDesk({ queueLength: () => storage.queueLength(), agentsOnline: () => agents.onlineCount() });
  const webhooks = createWebhookService({
    storage,
    timings: { ...DEFAULT_WEBHOOK_TIMINGS, ...options.webhookTimings },
    allowPrivate: config.webhooksAllowPrivate,
    onError: (err, message) => app.log.error({ err }, message),
  });
  const events = webhookPayloads(webhooks, storage);
  const mail = config.mail
    ? createMailService({
        storage,
        config: { ...config.mail, publicUrl: config.publicUrl },
        timings: { ...DEFAULT_EMAIL_TIMINGS, ...options.emailTimings },
        onError: (err, message) => app.log.error({ err }, message),
      })
    : null;
  const availability = createAvailability({ store: storage, file: config.sites });
  const handoff = createHandoffService({ storage, bus, agents, places, routing: config.routing, availability, onError: (err) => app.log.error({ err }, 'routing failed'), events });
  const learning = createFaqLearning({ store: storage, cardMask: config.cardMask, events });
  const conversations = createConversationService({ storage, bus, faq, metrics, identitySecrets: config.security.identitySecrets, cardMask: config.cardMask, handoff, learning, events, mail });

  const app = Fastify({
    logger: options.logger === false ? false : loggerOptions(typeof options.logger === 'object' ? options.logger.level : config.logLevel, options.logStream),
    bodyLimit: LIMITS.httpBody,
    trustProxy: proxyTrust(config.security.trustProxy),
    // The FAQ engine trains synchronously below (seconds for a large pack on a busy box, with no model cached
    // yet); Fastify's default 10 s plugin timeout would then fail a start that is only slow.
    pluginTimeout: 300_000,
  });
  const api = schemaFirst(app);
  app.setErrorHandler(httpErrorHandler);
  await faq.reload();
  app.setNotFoundHandler((_req, reply) => sendError(reply, 'not_found', 'no such route'));
  registerSecurityHeaders(app, { https: config.publicUrl.startsWith('https:') });
  registerRestLimit(app, limits);
  registerApiGuards(app, { publicUrl: config.publicUrl });
  await registerWebsocket(app, { heartbeatMs: options.heartbeatMs ?? 30_000, reconnectAfterMs: 1_000 });
  registerMetrics(app, { metrics, allow: config.metricsAllow, token: config.metricsToken });

  app.get('/healthz', async () => {
    await storage.ping();
    return { ok: true };
  });
  // Ready: the database and the bus both answer (a load balancer sends no traffic until then).
  app.get('/readyz', async (_req, reply) => {
    const [db, events] = await Promise.allSettled([storage.ping(), Promise.all([bus.ping(), shared.ping()])]);
    const checks = { storage: db.status === 'fulfilled', bus: events.status === 'fulfilled' };
    return reply.code(checks.storage && checks.bus ? 200 : 503).send({ ok: checks.storage && checks.bus, checks });
  });
  registerFaqRoutes(api, faq);
  registerWsRoutes(app, { config, conversations, visitorHandoff: createVisitorHandoff({ storage, bus, agents, handoff, availability, cardMask: config.cardMask, events, mail }), bus, places, metrics, limits });
  await registerAgentApi(api, { config, storage, bus, agents, handoff, conversations, limits, scryptLog2N: options.scryptLog2NForTests ?? DEFAULT_SCRYPT_LOG2N, sessionSweepMs: options.sessionSweepMs });
  registerFaqAdminRoutes(api, { faq, store: storage });
  registerWebhookRoutes(api, { webhooks, audit: storage });
  registerEmailRoutes(api, { storage, conversations, mail });
  registerReportRoutes(api, { reports: createReportsService({ store: storage }) });
  registerSitesAdminRoutes(api, { availability });
  registerVisitorDataRoutes(api, { store: visitorData, audit: storage, bus, agents });
  const stopRetention = startRetention(visitorData, config.retentionDays, app.log);
  await registerPages(app, config);

  // Reload the FAQ pack (the stored one, else the files) without a restart.
  app.decorate('reloadFaq', () => faq.reload());
  app.addHook('onClose', async () => {
    agents.stop();
    places.stop();
    await shared.close();
    stopRetention();
    await webhooks.stop();
    await mail?.stop();
    await visitorData.close();
    await storage.close();
  });
  // Answers the bot owed when the process last stopped (a crash between a visitor message and its reply).
  await conversations.answerPending();
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    reloadFaq(): Promise<void>;
  }
}

/** Fastify's trust setting: the named proxies, or the first `n` hops (what proxy-addr does for a number). */
function proxyTrust(trust: false | number | string[]): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}
