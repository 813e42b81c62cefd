/** The SQL dialects the report queries are written for (server/reports/figures.ts). */
export type SqlDialect = 'sqlite' | 'postgres';

export type ReportParams = Record<string, string | number | null>;
export type ReportRow = Record<string, unknown>;

/**
 * Read-only SQL for the reports. Each figure is defined once, as SQL in server/reports/; the adapter only runs
 * it: `sqlFor(its dialect)`, with `:name` placeholders bound from `params` (integers: Unix milliseconds and
 * counts, bound as integers; ids; or null). Numbers may come back as numbers or numeric strings.
 */
export interface ReportStore {
  reportQuery(sqlFor: (dialect: SqlDialect) => string, params: ReportParams): Promise<ReportRow[]>;
}
