import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listenOnAnyPort } from '../helpers/ports.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';

/**
 * A customer's site for the widget's browser tests: a tiny HTTP server on its own origin (127.0.0.1 and a port of
 * the kernel's pick, listening first because the Kefu server's config needs the origin in KEFU_ALLOWED_ORIGINS) serving
 * the pages the test gives it, under a strict CSP (nonce scripts, no inline styles), and the built SDK.
 */
export interface HostSite {
  server: RunningServer;
  /** The host site's origin. */
  url: string;
  close(): Promise<void>;
}

export const NONCE = 'kefu-test-nonce';
const SDK = path.resolve(import.meta.dirname, '../../dist/sdk/kefu.js');

/** The paste-in snippet (as in the README) followed by `calls`, in one nonce'd script. */
export function snippetPage(kefuUrl: string, calls: string, body = '<main><h1>PayLite</h1><p><a href="#help">Help</a></p></main>'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title></head><body>${body}
<script nonce="${NONCE}">
  (function (w, d, src) {
    w.Kefu = w.Kefu || function () { (w.Kefu.q = w.Kefu.q || []).push(arguments); };
    var s = d.createElement('script'); s.async = true; s.src = src; d.head.appendChild(s);
  })(window, document, '${kefuUrl}/loader.js');
  window.events = [];
  ${calls}
</script></body></html>`;
}

export async function startHostSite(pages: (kefuUrl: string) => Record<string, string>): Promise<HostSite> {
  // Nothing knows its URL before this returns, so no request comes before `html` and `csp` below are set.
  const http: Server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', url).pathname;
    if (pathname === '/sdk/kefu.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(SDK));
      return;
    }
    if (pathname === '/favicon.ico') return void res.writeHead(204).end();
    const page = html[pathname];
    if (page === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp }).end(page);
  });
  const url = `http://127.0.0.1:${await listenOnAnyPort(http)}`;
  const server = await startServer({ KEFU_ALLOWED_ORIGINS: url }).catch(async (err: unknown) => {
    await new Promise((resolve) => http.close(resolve));
    throw err;
  });
  const html = pages(server.url);
  const csp = `default-src 'self'; script-src 'self' 'nonce-${NONCE}' ${server.url}; style-src 'self'; frame-src ${server.url}; connect-src 'self'`;
  return {
    server,
    url,
    async close() {
      await new Promise((resolve) => http.close(resolve));
      await server.cleanup();
    },
  };
}
