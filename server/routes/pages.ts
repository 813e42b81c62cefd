import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { BuiltFileUnavailable, builtFile } from './built-file.ts';
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

/** A strong validator of a page or script as sent: a hash of its bytes (what a redeploy changes, nothing else). */
const etagOf = (body: string | Buffer): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** If-None-Match (RFC 9110 §13.1.2): `*`, or a list of tags compared weakly (a `W/` prefix does not count). */
function holdsCopy(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * A route sending what `content` makes of the built files, with `headers` and its ETag: 304 without a body when the
 * client's If-None-Match holds it. While a file it needs cannot be read and no copy of it is kept (a redeploy that
 * removed dist/ before the first request), 503 with Retry-After, never the error.
 */
function builtRoute(content: (req: FastifyRequest) => Promise<string | Buffer>, headers: Record<string, string>) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    let body: string | Buffer;
    try {
      body = await content(req);
    } catch (error) {
      if (!(error instanceof BuiltFileUnavailable)) throw error;
      req.log.warn({ file: error.file, err: error.cause }, 'built file unavailable: 503');
      return reply
        .code(503)
        .headers({ ...headers, 'retry-after': '5', 'cache-control': 'no-store' })
        .type('text/plain; charset=utf-8')
        .send('Kefu is being updated. Try again in a few seconds.\n');
    }
    const etag = etagOf(body);
    void reply.headers({ ...headers, etag });
    return holdsCopy(req.headers['if-none-match'], etag) ? reply.code(304).send() : reply.send(body);
  };
}

export async function registerPages(app: FastifyInstance, config: Config, dist = DIST): Promise<void> {
  const built = builtPaths(dist);
  const page = (content: (req: FastifyRequest) => Promise<string | Buffer>, csp: string, extra: Record<string, string> = {}) =>
    builtRoute(content, { 'content-security-policy': csp, 'cache-control': 'no-cache', 'content-type': 'text/html; charset=utf-8', ...extra });

  // The iframe page: embeddable only by the allowed host origins. /chat is the same app full-page, for
  // in-app webviews (it sees its path: no launcher chrome, native bridge); settings come as query parameters.
  // Kept in memory and read again when its file changes (builtFile), like the console's page and the loader:
  // a rebuild is served without a restart. Its preload follows Accept-Language, hence Vary.
  const widgetHtml = builtFile(built.widget, String);
  const widgetLocales = builtFile(built.widgetManifest, (bytes) => localeFiles(JSON.parse(String(bytes)) as Record<string, ManifestEntry>));
  const widget = async (req: FastifyRequest) =>
    widgetPage(await widgetHtml(), await widgetLocales(), (req.query as Record<string, unknown>).locale, req.headers['accept-language']);
  const widgetRoute = page(widget, contentSecurityPolicy(config, config.allowedOrigins.join(' ')), { vary: 'accept-language' });
  app.get('/widget', widgetRoute);
  app.get('/chat', widgetRoute);
  app.get('/console', page(builtFile(built.console, (bytes) => bytes), contentSecurityPolicy(config, "'none'")));

  // The loader and its second part (an ES module the loader imports cross-origin, hence CORS).
  const script = (file: string) =>
    builtRoute(builtFile(file, (bytes) => bytes), {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=300',
      'access-control-allow-origin': '*',
    });
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
