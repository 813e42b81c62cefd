import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { widgetPage, type ManifestEntry } from './widget-page.ts';
import { ROOT } from '../paths.ts';

const DIST = path.join(ROOT, 'dist');
const DEMO = path.join(ROOT, 'server/demo/index.html');

/** Paths of the built front ends; `npm run build` makes them. */
export const BUILT = {
  loader: path.join(DIST, 'loader/loader.js'),
  loaderFrame: path.join(DIST, 'loader/loader-frame.js'),
  widget: path.join(DIST, 'app/widget/app/index.html'),
  /** Vite's manifest of the widget build: where each UI language's strings file is. */
  widgetManifest: path.join(DIST, 'app/.vite/manifest.json'),
  console: path.join(DIST, 'app/console/index.html'),
  assets: path.join(DIST, 'app/assets'),
};

export function frontEndBuilt(): boolean {
  return Object.values(BUILT).every((p) => existsSync(p));
}

/**
 * CSP for pages we serve: only our own scripts and styles; sockets back to us. Trusted Types are
 * required with no policy allowed, so even a rendering bug cannot reach an HTML or script sink
 * (`innerHTML`, `script.src`, `eval`): the browser refuses it.
 */
function contentSecurityPolicy(config: Config, frameAncestors: string): string {
  const ws = config.publicUrl.replace(/^http/, 'ws');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:", // blob: the preview of a picture before it is sent
    `connect-src 'self' ${ws}`,
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

export async function registerPages(app: FastifyInstance, config: Config): Promise<void> {
  const html = (page: (req: FastifyRequest) => string | Buffer, csp: string) => (req: FastifyRequest, reply: FastifyReply) =>
    reply
      .header('content-security-policy', csp)
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(page(req));

  // The iframe page: embeddable only by the allowed host origins. /chat is the same app full-page, for
  // in-app webviews (it sees its path: no launcher chrome, native bridge); settings come as query parameters.
  // Read per request, like the console's page, so a rebuild is served without a restart.
  const widget = (req: FastifyRequest) =>
    widgetPage(
      readFileSync(BUILT.widget, 'utf8'),
      JSON.parse(readFileSync(BUILT.widgetManifest, 'utf8')) as Record<string, ManifestEntry>,
      (req.query as Record<string, unknown>).locale,
      req.headers['accept-language'],
    );
  const widgetCsp = contentSecurityPolicy(config, config.allowedOrigins.join(' '));
  app.get('/widget', html(widget, widgetCsp));
  app.get('/chat', html(widget, widgetCsp));
  app.get('/console', html(() => readFileSync(BUILT.console), contentSecurityPolicy(config, "'none'")));

  // The loader and its second part (an ES module the loader imports cross-origin, hence CORS).
  const script = (file: string) => (_req: unknown, reply: FastifyReply) =>
    reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .header('access-control-allow-origin', '*')
      .send(readFileSync(file));
  app.get('/loader.js', script(BUILT.loader));
  app.get('/loader-frame.js', script(BUILT.loaderFrame));

  // The demo wallet site: a host page embedding the snippet as a customer would.
  const demo = readFileSync(DEMO, 'utf8').replaceAll('{{KEFU_URL}}', config.publicUrl);
  app.get('/', (_req, reply) => reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(demo));

  await app.register(fastifyStatic, {
    root: BUILT.assets,
    prefix: '/assets/',
    immutable: true,
    maxAge: '365d',
    index: false,
  });
}
