import { createHash, createHmac } from 'node:crypto';

/**
 * An S3 request's AWS Signature Version 4 recomputed from scratch (AWS's published algorithm, written here apart
 * from the `aws4` library the server uses), so a test can tell a correctly signed request from a wrong one.
 * Returns why it is wrong, or null when the signature is right.
 */
export function sigV4Problem(
  request: { method: string; url: string; headers: Record<string, string | undefined>; body: Buffer },
  secrets: Record<string, string>,
): string | null {
  const auth = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(request.headers.authorization ?? '');
  if (!auth) return 'no SigV4 Authorization header';
  const [, keyId, day, region, signedHeaders, signature] = auth as unknown as [string, string, string, string, string, string];
  const secret = secrets[keyId];
  if (!secret) return 'unknown access key';
  const amzDate = request.headers['x-amz-date'] ?? '';
  if (!amzDate.startsWith(day)) return 'x-amz-date does not match the credential scope';
  const payload = request.headers['x-amz-content-sha256'] ?? '';
  if (payload !== createHash('sha256').update(request.body).digest('hex')) return 'x-amz-content-sha256 is not the body\'s hash';
  const url = new URL(request.url, 'http://x');
  const encode = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const query = [...url.searchParams].map(([k, v]) => `${encode(k)}=${encode(v)}`).sort().join('&');
  const names = signedHeaders.split(';');
  if (!names.includes('host')) return 'host is not signed';
  const headers = names.map((n) => `${n}:${(request.headers[n] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
  const canonical = [request.method, url.pathname, query, headers, signedHeaders, payload].join('\n');
  const scope = `${day}/${region}/s3/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, createHash('sha256').update(canonical).digest('hex')].join('\n');
  const key = ['s3', 'aws4_request'].reduce((k, part) => createHmac('sha256', k).update(part).digest(), createHmac('sha256', createHmac('sha256', `AWS4${secret}`).update(day).digest()).update(region).digest());
  const expected = createHmac('sha256', key).update(toSign).digest('hex');
  return expected === signature ? null : 'signature does not match';
}
