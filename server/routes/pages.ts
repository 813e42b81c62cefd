import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { builtFile } from './built-file.ts';
import { localeFiles, widgetPage, type ManifestEntry } from './widget-page.ts';
import { ROOT } from '../paths.ts';

const DIST = path.join(ROOT, 'dist');
const DEMO = path.join(ROOT, 'server/demo/index.html');

/** Paths of the built front ends under `dist` (dist/ of the project unless a test gives its own); `npm run build` makes them. */
function builtPaths(dist: string) {
  return {
    loader: path.join(dist, 'loader/loader.js'),
    loaderFrame: path.join(dist, 'loader/loader-frame.js'),
    widget: path.join(dist, 'app/widget/app/index.html'),
    /** Vite's manifest of the widget build: where each UI language's strings file is. */
    widgetManifest: path.join(dist, 'app/.vite/manifest.json'),
    console: path.join(dist, 'app/console/index.html'),
    assets: path.join(dist, 'app/assets'),
  };
}

export function frontEndBuilt(): boolean {
  return Object.values(builtPaths(DIST)).every((p) => existsSync(p));
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

export async function registerPages(app: FastifyInstance, config: Config, dist = DIST): Promise<void> {
  const built = builtPaths(dist);
  const html = (page: (req: FastifyRequest) => Promise<string | Buffer>, csp: string) => async (req: FastifyRequest, reply: FastifyReply) =>
    reply
      .header('content-security-policy', csp)
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(await page(req));

  // The iframe page: embeddable only by the allowed host origins. /chat is the same app full-page, for
  // in-app webviews (it sees its path: no launcher chrome, native bridge); settings come as query parameters.
  // Kept in memory and read again when its file changes (builtFile), like the console's page and the loader:
  // a rebuild is served without a restart.
  const widgetHtml = builtFile(built.widget, String);
  const widgetLocales = builtFile(built.widgetManifest, (bytes) => localeFiles(JSON.parse(String(bytes)) as Record<string, ManifestEntry>));
  const widget = async (req: FastifyRequest) =>
    widgetPage(await widgetHtml(), await widgetLocales(), (req.query as Record<string, unknown>).locale, req.headers['accept-language']);
  const widgetCsp = contentSecurityPolicy(config, config.allowedOrigins.join(' '));
  app.get('/widget', html(widget, widgetCsp));
  app.get('/chat', html(widget, widgetCsp));
  app.get('/console', html(builtFile(built.console, (bytes) => bytes), contentSecurityPolicy(config, "'none'")));

  // The loader and its second part (an ES module the loader imports cross-origin, hence CORS).
  const script = (file: string) => {
    const code = builtFile(file, (bytes) => bytes);
    return async (_req: unknown, reply: FastifyReply) =>
      reply
        .type('text/javascript; charset=utf-8')
        .header('cache-control', 'public, max-age=300')
        .header('access-control-allow-origin', '*')
        .send(await code());
  };
  app.get('/loader.js', script(built.loader));
  app.get('/loader-frame.js', script(built.loaderFrame));

  // The demo wallet site: a host page embedding the snippet as a customer would.
  const demo = readFileSync(DEMO, 'utf8').replaceAll('{{KEFU_URL}}', config.publicUrl);
  app.get('/', (_req, reply) => reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(demo));

  await app.register(fastifyStatic, {
    root: built.assets,
    prefix: '/assets/',
    immutable: true,
    maxAge: '365d',
    index: false,
  });
}
