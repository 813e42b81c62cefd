import Database from 'better-sqlite3';
import { maskCardNumbers, type CardMaskStyle } from '../../protocol/index.ts';

/** Free-text columns people may have typed a card number into (those the schema has are rewritten). */
const TEXT_COLUMNS: readonly (readonly [table: string, column: string])[] = [
  ['messages', 'text'],
  ['notes', 'text'],
  ['tickets', 'text'],
  ['tickets', 'contact'],
  ['ratings', 'comment'],
  ['canned_replies', 'text'],
];
const BATCH = 1000;

export interface MaskReport {
  /** `table.column` → rows scanned and rows rewritten. */
  [column: string]: { scanned: number; masked: number };
}

/**
 * Mask card numbers already stored (written before masking was on). Safe while the server runs (WAL,
 * short transactions). `secure_delete`, a VACUUM when anything changed and a truncating checkpoint make
 * sure the numbers are gone from the database file and its WAL, not just from the rows.
 */
export function maskStoredCardNumbers(file: string, style: CardMaskStyle): MaskReport {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('secure_delete = ON');
    const report: MaskReport = {};
    for (const [table, column] of TEXT_COLUMNS) {
      const columns = db.prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)').all(table).map((c) => c.name);
      if (!columns.includes(column)) continue;
      const page = db.prepare<[number], { rowid: number; value: string | null }>(
        `SELECT rowid, "${column}" AS value FROM "${table}" WHERE rowid > ? ORDER BY rowid LIMIT ${BATCH}`,
      );
      const update = db.prepare(`UPDATE "${table}" SET "${column}" = ? WHERE rowid = ?`);
      const counts = { scanned: 0, masked: 0 };
      const rewrite = db.transaction((rows: { rowid: number; value: string | null }[]) => {
        for (const { rowid, value } of rows) {
          const masked = value === null ? null : maskCardNumbers(value, style);
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
        if (rows.length < BATCH) break;
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
