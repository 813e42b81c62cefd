import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';

const DIST = path.resolve(import.meta.dirname, '../../dist');
const DEMO = path.resolve(import.meta.dirname, '../demo/index.html');

/** Paths of the built front ends; `npm run build` makes them. */
export const BUILT = {
  loader: path.join(DIST, 'loader/loader.js'),
  loaderFrame: path.join(DIST, 'loader/loader-frame.js'),
  widget: path.join(DIST, 'app/widget/app/index.html'),
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
    "img-src 'self' data:",
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
  const html = (file: string, csp: string) => (_req: unknown, reply: FastifyReply) =>
    reply
      .header('content-security-policy', csp)
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(readFileSync(file));

  // The iframe page: embeddable only by the allowed host origins. /chat is the same app full-page, for
  // in-app webviews (it sees its path: no launcher chrome, native bridge); settings come as query parameters.
  const widgetCsp = contentSecurityPolicy(config, config.allowedOrigins.join(' '));
  app.get('/widget', html(BUILT.widget, widgetCsp));
  app.get('/chat', html(BUILT.widget, widgetCsp));
  app.get('/console', html(BUILT.console, contentSecurityPolicy(config, "'none'")));

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
