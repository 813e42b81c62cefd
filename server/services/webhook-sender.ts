import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { WEBHOOK_SIGNATURE_HEADER } from '../../protocol/index.ts';
import { signWebhook } from './webhook-signature.ts';

/** Loopback, private, link-local (cloud metadata at 169.254.169.254), shared, multicast and reserved ranges. */
const PRIVATE = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) PRIVATE.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96]] as const) PRIVATE.addSubnet(net, bits, 'ipv6');

/** Whether an IP address is one a webhook may not reach while private networks are refused. */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE.check(mapped[1]!, 'ipv4');
  const family = isIP(address);
  return family === 0 || PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export class BlockedAddressError extends Error {
  override name = 'BlockedAddressError';
}

/**
 * DNS look-up that refuses private addresses at connect time: the address checked is the address used,
 * so a name that resolves to a public address at registration and a private one later (rebinding) is refused.
 */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
    if (err) return callback(err, '', 0);
    const blocked = addresses.find((a) => isPrivateAddress(a.address));
    if (blocked) return callback(new BlockedAddressError(`${hostname} resolves to a private address (${blocked.address})`), '', 0);
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

export interface SendResult {
  /** The HTTP status, or null when there was no response. */
  status: number | null;
  responseExcerpt: string | null;
  error: string | null;
}

export interface SenderOptions {
  timeoutMs: number;
  /** Allow loopback and private networks (tests, or a receiver inside the operator's own network). */
  allowPrivate: boolean;
  /** Aborts the request (the server is shutting down). */
  stop?: AbortSignal;
}

/** How much of a response body the delivery log keeps. */
export const EXCERPT_CHARS = 500;

/**
 * POST one signed delivery. Never follows redirects (a 3xx is a failure: the admin registers the final URL),
 * never throws: every failure comes back as a result for the delivery log.
 */
export function sendWebhook(url: string, secret: string, body: string, eventId: string, options: SenderOptions): Promise<SendResult> {
  const target = new URL(url);
  const host = target.hostname.replace(/^\[|\]$/g, '');
  if (!options.allowPrivate && isIP(host) !== 0 && isPrivateAddress(host)) {
    return Promise.resolve({ status: null, responseExcerpt: null, error: `refused: ${host} is a private address` });
  }
  return new Promise((resolve) => {
    const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = request(target, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        'user-agent': 'Kefu-Webhooks/1',
        [WEBHOOK_SIGNATURE_HEADER]: signWebhook(secret, body, Math.floor(Date.now() / 1000)),
        'Kefu-Event-Id': eventId,
      },
      ...(options.allowPrivate ? {} : { lookup: publicOnlyLookup }),
      signal: options.stop ? AbortSignal.any([AbortSignal.timeout(options.timeoutMs), options.stop]) : AbortSignal.timeout(options.timeoutMs),
    });
    const fail = (err: Error) =>
      resolve({ status: null, responseExcerpt: null, error: err.name === 'TimeoutError' || err.name === 'AbortError' ? `no response within ${options.timeoutMs / 1000} s` : err.message });
    req.on('error', fail);
    req.on('response', (res: IncomingMessage) => {
      let excerpt = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        if (excerpt.length < EXCERPT_CHARS) excerpt += chunk;
        else res.destroy(); // enough for the log; the status is what counts
      });
      const done = () => resolve({ status: res.statusCode ?? null, responseExcerpt: excerpt.slice(0, EXCERPT_CHARS) || null, error: null });
      res.on('end', done);
      res.on('close', done);
      res.on('error', done);
    });
    req.end(body);
  });
}
