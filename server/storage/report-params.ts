import type { ReportParams } from './report-types.ts';

/** The report SQL's `:name` placeholders (server/reports/figures.ts), as each adapter binds them. */
const PLACEHOLDER = /:([a-z][A-Za-z0-9]*)/g;

/** The parameters a statement names (so an adapter binds exactly those). */
export function usedParams(sql: string, params: ReportParams): ReportParams {
  const names = new Set([...sql.matchAll(PLACEHOLDER)].map((m) => m[1]!));
  return Object.fromEntries([...names].map((n) => [n, params[n] ?? null]));
}
