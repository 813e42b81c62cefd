import type Database from 'better-sqlite3';
import { usedParams } from './report-params.ts';
import type { ReportStore } from './report-types.ts';

/** The report queries on the shared SQLite connection (statements prepared once per text). */
export function sqliteReportStore(db: Database.Database): ReportStore {
  const prepared = new Map<string, Database.Statement>();
  return {
    async reportQuery(sqlFor, params) {
      const sql = sqlFor('sqlite');
      let statement = prepared.get(sql);
      if (!statement) prepared.set(sql, (statement = db.prepare(sql)));
      // better-sqlite3 binds a JS number as REAL; integer arithmetic (days, hours) needs INTEGER.
      const bound = Object.fromEntries(
        Object.entries(usedParams(sql, params)).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : v]),
      );
      return statement.all(bound) as Record<string, unknown>[];
    },
  };
}
