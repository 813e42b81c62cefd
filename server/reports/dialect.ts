import type { SqlDialect } from '../storage/report-types.ts';

/**
 * The few places where SQLite and PostgreSQL spell the same thing differently. Everything else in the report
 * SQL is the common subset (CTEs, window functions, integer division, CASE, COALESCE, CAST … AS INTEGER).
 */
export interface Dialect {
  name: SqlDialect;
  /** A text field of a JSON document stored as text. */
  jsonText(column: string, key: string): string;
}

export const DIALECTS: Record<SqlDialect, Dialect> = {
  sqlite: { name: 'sqlite', jsonText: (column, key) => `json_extract(${column}, '$.${key}')` },
  postgres: { name: 'postgres', jsonText: (column, key) => `(CAST(${column} AS jsonb) ->> '${key}')` },
};
