import Fastify, { type FastifyInstance } from 'fastify';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { LIMITS } from '../protocol/index.ts';
import { createFaqEngine } from '../faq/index.ts';
import type { Config } from './config.ts';
import { createMemoryBus } from './bus/memory.ts';
import { openSqliteStorage } from './storage/sqlite.ts';
import type { Storage } from './storage/types.ts';
import { createConversationService, type FaqSource } from './services/conversations.ts';
import { loadPackFromDir } from './services/faq-pack-files.ts';
import { registerWebsocket } from './plugins/websocket.ts';
import { registerSecurityHeaders } from './plugins/security-headers.ts';
import { createMetrics, registerMetrics } from './plugins/metrics.ts';
import { loggerOptions, type LogStream } from './plugins/logging.ts';
import { httpErrorHandler } from './routes/http-errors.ts';
import { registerFaqRoutes } from './routes/faq-http.ts';
import { registerPages } from './routes/pages.ts';
import { registerWsRoutes } from './routes/ws/index.ts';

export interface BuildOptions {
  /** Pino logger options, or false for none (tests). */
  logger?: boolean | { level: string };
  /** Where the JSON log lines go (tests capture them); stdout by default. */
  logStream?: LogStream;
  heartbeatMs?: number;
}

/**
 * Build the whole server: storage, FAQ, services, routes. Never listens; `server/main.ts` does.
 */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  mkdirSync(config.dataDir, { recursive: true });
  const storage: Storage = openSqliteStorage(path.join(config.dataDir, 'kefu.sqlite'));
  let engine = createFaqEngine(await loadPackFromDir(config.faqPackDir));
  const faq: FaqSource = { current: () => engine };
  const bus = createMemoryBus();
  const metrics = createMetrics();
  const conversations = createConversationService({ storage, bus, faq, metrics });

  const app = Fastify({
    logger: options.logger === false ? false : loggerOptions(typeof options.logger === 'object' ? options.logger.level : config.logLevel, options.logStream),
    bodyLimit: LIMITS.httpBody,
  });
  app.setErrorHandler(httpErrorHandler);
  app.setNotFoundHandler((_req, reply) => reply.code(404).send({ error: { code: 'not_found', message: 'no such route' } }));
  registerSecurityHeaders(app);
  await registerWebsocket(app, { heartbeatMs: options.heartbeatMs ?? 30_000, reconnectAfterMs: 1_000 });
  registerMetrics(app, { metrics, allow: config.metricsAllow, token: config.metricsToken });

  app.get('/healthz', async () => {
    await storage.ping();
    return { ok: true };
  });
  // Ready: the database and the bus both answer (a load balancer sends no traffic until then).
  app.get('/readyz', async (_req, reply) => {
    const [db, events] = await Promise.allSettled([storage.ping(), bus.ping()]);
    const checks = { storage: db.status === 'fulfilled', bus: events.status === 'fulfilled' };
    return reply.code(checks.storage && checks.bus ? 200 : 503).send({ ok: checks.storage && checks.bus, checks });
  });
  registerFaqRoutes(app, faq);
  registerWsRoutes(app, { config, conversations, bus, metrics });
  await registerPages(app, config);

  // Reload the FAQ pack without a restart (the admin API calls this too).
  app.decorate('reloadFaq', async () => {
    engine = createFaqEngine(await loadPackFromDir(config.faqPackDir));
  });
  app.addHook('onClose', async () => storage.close());
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    reloadFaq(): Promise<void>;
  }
}
