import Database from 'better-sqlite3';
import type { CardMaskStyle } from '../../protocol/index.ts';
import { commitOpenBatches } from './sqlite-group-commit.ts';
import { MASK_BATCH, MASKED_COLUMNS, remasked, type MaskReport } from './stored-masking.ts';

/**
 * Mask what was stored before masking was on (card numbers in free text, page addresses with their query and
 * fragment). Safe while the server runs (WAL, short transactions). `secure_delete`, a VACUUM when anything
 * changed and a truncating checkpoint make sure the old values are gone from the database file and its WAL,
 * not just from the rows. Run in a process with other connections to the file (a server's, a test's), it first commits
 * their open batches (see sqlite-group-commit.ts): it is synchronous, so none opens another before it returns, and it
 * never waits for a write lock only this thread could free.
 */
export function maskStoredSqlite(file: string, style: CardMaskStyle): MaskReport {
  const db = new Database(file, { fileMustExist: true });
  try {
    commitOpenBatches(file);
    db.pragma('busy_timeout = 5000');
    db.pragma('secure_delete = ON');
    const report: MaskReport = {};
    for (const { table, column, kind } of MASKED_COLUMNS) {
      const columns = db.prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)').all(table).map((c) => c.name);
      if (!columns.includes(column)) continue;
      const page = db.prepare<[number], { rowid: number; value: string | null }>(
        `SELECT rowid, "${column}" AS value FROM "${table}" WHERE rowid > ? ORDER BY rowid LIMIT ${MASK_BATCH}`,
      );
      const update = db.prepare(`UPDATE "${table}" SET "${column}" = ? WHERE rowid = ?`);
      const counts = { scanned: 0, masked: 0 };
      const rewrite = db.transaction((rows: { rowid: number; value: string | null }[]) => {
        for (const { rowid, value } of rows) {
          const masked = value === null ? null : remasked(kind, value, style);
          if (masked !== value) {
            update.run(masked, rowid);
            counts.masked++;
          }
        }
      });
      for (let after = 0; ; ) {
        const rows = page.all(after);
        rewrite(rows);
        counts.scanned += rows.length;
        if (rows.length < MASK_BATCH) break;
        after = rows.at(-1)!.rowid;
      }
      report[`${table}.${column}`] = counts;
    }
    // secure_delete zeroes freed cells, but a page defragmented in place can keep old bytes: rebuild the file.
    if (Object.values(report).some((c) => c.masked > 0)) db.exec('VACUUM');
    db.pragma('wal_checkpoint(TRUNCATE)');
    return report;
  } finally {
    db.close();
  }
}
