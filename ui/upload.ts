import { backoffDelay } from '../protocol/backoff.ts';

export type UploadProblem = 'type' | 'size' | 'failed';
const ATTEMPTS = 5;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Send one file's bytes (`application/octet-stream`) to an upload route, for the widget and the console. A network
 * failure, a 5xx or a 429 is retried whole with the same `X-Client-Id` (the server acknowledges a repeat with the same
 * message, so nothing is sent twice); a refusal (type, size, a closed conversation) is not. `headers` may answer null
 * while the caller is not ready (not connected yet): that attempt waits.
 */
export async function uploadFile(url: string, file: File, clientId: string, headers: () => Record<string, string> | null): Promise<'ok' | UploadProblem> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (attempt > 0) await sleep(backoffDelay(attempt));
    const extra = headers();
    if (!extra) continue;
    try {
      const res = await fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { ...extra, 'content-type': 'application/octet-stream', 'x-client-id': clientId, 'x-file-name': encodeURIComponent(file.name) },
        body: file,
      });
      if (res.ok) return 'ok';
      if (res.status === 415) return 'type';
      if (res.status === 413) return 'size';
      if (res.status < 500 && res.status !== 429) return 'failed';
    } catch {
      // the connection dropped: try again
    }
  }
  return 'failed';
}

/** A fresh idempotency key for one file. */
export const newUploadId = (): string => crypto.randomUUID().replace(/-/g, '');
