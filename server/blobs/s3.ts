import aws4 from 'aws4';
import { checkBlobName, type BlobStore } from './types.ts';

/** An S3-compatible bucket (AWS S3, MinIO, Ceph RGW, Cloudflare R2, Garage…), addressed path-style. */
export interface S3Config {
  /** e.g. `https://s3.eu-central-1.amazonaws.com` or `http://minio.internal:9000`. */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/** One request's time limit: a stalled store fails the upload or the download instead of holding it. */
const TIMEOUT_MS = 30_000;
/** ListObjectsV2 answers are XML; these patterns read the few fields used (each linear: no nested quantifiers). */
const KEY = /<Key>([^<]{1,1024})<\/Key>/g;
const PREFIX = /<CommonPrefixes>\s*<Prefix>([^<]{1,1024})<\/Prefix>/g;
const NEXT = /<NextContinuationToken>([^<]{1,4096})<\/NextContinuationToken>/;

const xmlText = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * Blobs as objects `<conversation>/<key>` in one bucket: every node sees the same files, and the database holds
 * none of their bytes. Requests are signed with AWS Signature Version 4 (the `aws4` library) and sent with fetch.
 */
export function s3BlobStore(config: S3Config): BlobStore {
  const base = new URL(config.endpoint);
  const credentials = { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey };

  async function send(method: string, objectPath: string, options: { query?: URLSearchParams; body?: Buffer } = {}): Promise<Response> {
    const query = options.query?.toString();
    const path = `${base.pathname.replace(/\/$/, '')}/${config.bucket}${objectPath}${query ? `?${query}` : ''}`;
    const signed = aws4.sign(
      { host: base.host, path, method, service: 's3', region: config.region, headers: {}, ...(options.body ? { body: options.body } : {}) },
      credentials,
    );
    const res = await fetch(`${base.protocol}//${base.host}${path}`, {
      method,
      headers: signed.headers as Record<string, string>,
      ...(options.body ? { body: new Uint8Array(options.body) } : {}),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    return res;
  }
  const fail = async (res: Response, what: string): Promise<never> => {
    const code = /<Code>([^<]{1,100})<\/Code>/.exec(await res.text().catch(() => ''))?.[1];
    throw new Error(`blob store: ${what} answered HTTP ${res.status}${code ? ` ${code}` : ''}`);
  };
  const objectPath = (conversationId: string, key?: string) => {
    checkBlobName('conversation', conversationId);
    if (key !== undefined) checkBlobName('key', key);
    return key === undefined ? `/${conversationId}/` : `/${conversationId}/${key}`;
  };

  /** Every page of a ListObjectsV2 (the continuation token followed), as raw XML. */
  async function* list(params: Record<string, string>): AsyncGenerator<string> {
    let token: string | undefined;
    do {
      const query = new URLSearchParams({ 'list-type': '2', ...params, ...(token ? { 'continuation-token': token } : {}) });
      const res = await send('GET', '', { query });
      if (!res.ok) await fail(res, 'list');
      const xml = await res.text();
      yield xml;
      const next = NEXT.exec(xml)?.[1];
      token = next ? xmlText(next) : undefined;
    } while (token);
  }

  return {
    async put(conversationId, key, data) {
      const res = await send('PUT', objectPath(conversationId, key), { body: data });
      if (!res.ok) await fail(res, 'put');
    },
    async get(conversationId, key) {
      const res = await send('GET', objectPath(conversationId, key));
      if (res.status === 404) return null;
      if (!res.ok) await fail(res, 'get');
      return Buffer.from(await res.arrayBuffer());
    },
    async delete(conversationId, key) {
      const res = await send('DELETE', objectPath(conversationId, key));
      if (!res.ok && res.status !== 404) await fail(res, 'delete');
    },
    async deleteConversation(conversationId) {
      const prefix = objectPath(conversationId).slice(1);
      const keys: string[] = [];
      for await (const xml of list({ prefix })) for (const [, key] of xml.matchAll(KEY)) keys.push(xmlText(key!));
      for (const key of keys) {
        const res = await send('DELETE', `/${key}`);
        if (!res.ok && res.status !== 404) await fail(res, 'delete');
      }
    },
    async conversations() {
      const ids: string[] = [];
      for await (const xml of list({ delimiter: '/' })) for (const [, prefix] of xml.matchAll(PREFIX)) ids.push(xmlText(prefix!).replace(/\/$/, ''));
      return ids;
    },
    async close() {
      // fetch keeps no connection of ours open.
    },
  };
}
