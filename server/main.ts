import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { frontEndBuilt } from './routes/pages.ts';
import { BUILT_FAQ_MODELS } from './services/built-faq-models.ts';

const LISTEN_BACKLOG = 4096;

/** Process concerns only: configuration, listen, signals. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  if (!frontEndBuilt()) {
    console.error('The widget and console are not built. Run `npm run build` (or `npm start`, which builds them).');
    process.exit(2);
  }
  const app = await buildApp(config, { faqBuiltModels: BUILT_FAQ_MODELS });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    // First /readyz turns 503, so the load balancer sends new clients to other nodes; then every socket here
    // is told to reconnect (it lands on another node and resyncs) and the node finishes its writes.
    app.drain();
    app.log.info({ signal, drainMs: config.shutdownDrainMs }, 'shutting down: /readyz now 503, closing sockets after the drain');
    await new Promise((resolve) => setTimeout(resolve, config.shutdownDrainMs));
    try {
      await app.close();
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  // After a restart every widget reconnects at once: a deep accept queue (the kernel caps it at somaxconn)
  // keeps their connection attempts waiting instead of dropped (Node's default is 511).
  await app.listen({ port: config.port, host: config.host, backlog: LISTEN_BACKLOG });
  app.log.info(`Kefu demo: ${config.publicUrl}/  console: ${config.publicUrl}/console`);
}

void main();
