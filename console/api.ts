import type { ErrorBody, ErrorCode, RefusalReason } from '../protocol/index.ts';

/** A refused call: its status, the server's typed error, and (for FAQ documents) every field it got wrong. */
export interface ApiFailure {
  ok: false;
  status: number;
  message: string;
  code?: ErrorCode;
  /** Why a conversation action was refused (the console says it in its language). */
  reason?: RefusalReason;
  /** The field the error is about (dotted, e.g. `locales.en.alternates`). */
  path?: string;
  issues?: { path: string; message: string }[];
}
export type ApiResult<T> = { ok: true; data: T } | ApiFailure;

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
  const error = (json as ErrorBody | null)?.error;
  return {
    ok: false,
    status: res.status,
    message: error?.message ?? res.statusText,
    ...(error ? { code: error.code, ...(error.reason ? { reason: error.reason } : {}), ...(error.path === undefined ? {} : { path: error.path }), ...(error.issues ? { issues: error.issues } : {}) } : {}),
  };
}
