import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import type { S3Config } from '../../server/blobs/s3.ts';
import { sigV4Problem } from './sigv4-check.ts';

const KEYS = { S3RVER: 'S3RVER' };

const bodyOf = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
};

/**
 * A real S3-compatible server of the test's own (s3rver: the S3 REST API over files) on 127.0.0.1, with one empty
 * bucket, behind a gate that checks every request's SigV4 signature as S3 does (s3rver itself does not):
 * 403 InvalidAccessKeyId or SignatureDoesNotMatch, else the request goes on. `close` stops both and removes the files.
 */
export async function startS3(bucket: string): Promise<{ config: S3Config; close: () => Promise<void> }> {
  const directory = mkdtempSync(path.join(tmpdir(), 'kefu-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
  const { port } = (await server.run()) as { port: number };
  const gate = createServer((req, res) => {
    void (async () => {
      const body = await bodyOf(req);
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]));
      const problem = sigV4Problem({ method: req.method!, url: req.url!, headers, body }, KEYS);
      if (problem) {
        const code = problem === 'unknown access key' ? 'InvalidAccessKeyId' : 'SignatureDoesNotMatch';
        res.writeHead(403, { 'content-type': 'application/xml' }).end(`<?xml version="1.0"?><Error><Code>${code}</Code><Message>${problem}</Message></Error>`);
        return;
      }
      const upstream = await fetch(`http://127.0.0.1:${port}${req.url}`, {
        method: req.method,
        headers: { ...headers, host: `127.0.0.1:${port}` } as Record<string, string>,
        ...(body.length > 0 ? { body: new Uint8Array(body) } : {}),
      });
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream' });
      res.end(Buffer.from(await upstream.arrayBuffer()));
    })().catch((err: Error) => res.writeHead(500).end(err.message));
  });
  await new Promise<void>((resolve) => gate.listen(0, '127.0.0.1', resolve));
  const { port: gatePort } = gate.address() as { port: number };
  return {
    config: { endpoint: `http://127.0.0.1:${gatePort}`, bucket, region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    async close() {
      await new Promise<void>((resolve) => gate.close(() => resolve()));
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
