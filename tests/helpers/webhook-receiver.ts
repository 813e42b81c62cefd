import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../../server/paths.ts';

export type Verify = (secret: string, header: string, rawBody: string, toleranceSec?: number, nowSec?: number) => boolean;

/** The README's verification snippet, run as it is printed (written to a file and imported). */
export async function readmeVerifier(): Promise<Verify> {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = /```js\n(\/\/ verify-kefu-signature\.mjs\n[\s\S]*?)```/.exec(readme);
  if (!block) throw new Error('README.md has no verify-kefu-signature.mjs snippet');
  const dir = mkdtempSync(path.join(tmpdir(), 'kefu-snippet-'));
  const file = path.join(dir, 'verify-kefu-signature.mjs');
  writeFileSync(file, block[1]!);
  try {
    return ((await import(pathToFileURL(file).href)) as { verifyKefuSignature: Verify }).verifyKefuSignature;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface Received {
  headers: IncomingMessage['headers'];
  body: string;
  /** What the README's snippet said about the signature. */
  verified: boolean;
  payload: { id: string; type: string; createdAt: number; data: Record<string, any> };
}

/**
 * A real HTTP receiver on 127.0.0.1 that checks every delivery with the README's snippet. `answer` decides
 * each response (status, or 'hang' to never answer); it is called after the delivery is recorded.
 */
export async function startReceiver(secret: () => string, verify: Verify) {
  const received: Received[] = [];
  let answer: (r: Received) => number | 'hang' = () => 200;
  const hanging = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const r: Received = { headers: req.headers, body, verified: verify(secret(), String(req.headers['kefu-signature']), body), payload: JSON.parse(body) };
      received.push(r);
      const status = answer(r);
      if (status === 'hang') {
        hanging.add(res);
        return;
      }
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok thanks' : `nope ${status}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/hook`,
    port,
    received,
    respond(fn: (r: Received) => number | 'hang') {
      answer = fn;
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
