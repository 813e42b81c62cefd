import type pg from 'pg';
import type { CardMaskStyle } from '../../protocol/index.ts';
import { MASK_BATCH, MASKED_COLUMNS, remasked, type MaskReport } from './stored-masking.ts';

/**
 * `npm run mask-existing` on PostgreSQL: the same columns and rules as on SQLite, walked by primary key in
 * batches (one short transaction each, safe while nodes run), then a VACUUM of every table that changed so the
 * old row versions are marked free. PostgreSQL reuses that space rather than zeroing it: to rewrite the files
 * at once, run `VACUUM FULL` on those tables in a quiet hour (it locks them).
 */
export async function maskStoredPostgres(pool: pg.Pool, style: CardMaskStyle): Promise<MaskReport> {
  const report: MaskReport = {};
  const changed = new Set<string>();
  for (const { table, column, key, kind } of MASKED_COLUMNS) {
    const exists = await pool.query('SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 AND column_name = $2', [
      table,
      column,
    ]);
    if (!exists.rowCount) continue;
    const counts = { scanned: 0, masked: 0 };
    for (let after: string = key.type === 'text' ? '' : '-1'; ; ) {
      const { rows } = await pool.query<{ key: string; value: string | null }>(
        `SELECT "${key.name}"::text AS key, "${column}" AS value FROM "${table}" WHERE "${key.name}" > $1::${key.type} ORDER BY "${key.name}" LIMIT ${MASK_BATCH}`,
        [after],
      );
      const updates = rows.flatMap((r) => {
        const masked = r.value === null ? null : remasked(kind, r.value, style);
        return masked === r.value ? [] : [{ key: r.key, masked }];
      });
      if (updates.length) {
        // One statement per batch: the keys and new values as two arrays.
        await pool.query(
          `UPDATE "${table}" AS t SET "${column}" = u.value FROM unnest($1::${key.type}[], $2::text[]) AS u(key, value) WHERE t."${key.name}" = u.key`,
          [updates.map((u) => u.key), updates.map((u) => u.masked)],
        );
        counts.masked += updates.length;
        changed.add(table);
      }
      counts.scanned += rows.length;
      if (rows.length < MASK_BATCH) break;
      after = rows.at(-1)!.key;
    }
    report[`${table}.${column}`] = counts;
  }
  for (const table of changed) await pool.query(`VACUUM "${table}"`);
  return report;
}
