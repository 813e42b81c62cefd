import type { ErrorBody } from '../protocol/index.ts';

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; message: string };

/** A JSON call to the agent REST API with the session cookie (same origin, SameSite=Strict). */
export async function api<T>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> {
  const res = await fetch(path, {
    method,
    credentials: 'same-origin',
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  const text = await res.text();
  const json: unknown = text ? JSON.parse(text) : null;
  if (res.ok) return { ok: true, data: json as T };
  return { ok: false, status: res.status, message: (json as ErrorBody | null)?.error.message ?? res.statusText };
}
