import Database from 'better-sqlite3';
import { migratePostgres } from './postgres-migrations.ts';
import { openPool, transaction } from './postgres-pool.ts';
import { migrate } from './sqlite.ts';

/** Rows copied per INSERT. */
const BATCH = 500;

export class MoveRefusedError extends Error {
  override name = 'MoveRefusedError';
}

/** Tables in an order where every table comes after the tables its foreign keys name. */
function parentsFirst(db: Database.Database, tables: string[]): string[] {
  const parents = new Map(
    tables.map((t) => [t, db.prepare<[string], { table: string }>('SELECT "table" FROM pragma_foreign_key_list(?)').all(t).map((r) => r.table).filter((p) => p !== t)]),
  );
  const ordered: string[] = [];
  const visit = (t: string, path: string[]) => {
    if (ordered.includes(t)) return;
    if (path.includes(t)) throw new Error(`foreign keys form a cycle: ${[...path, t].join(' → ')}`);
    for (const p of parents.get(t) ?? []) visit(p, [...path, t]);
    ordered.push(t);
  };
  for (const t of tables) visit(t, []);
  return ordered;
}

/**
 * Copy a SQLite install into an empty PostgreSQL database, every table and row, in one transaction: either
 * all of it is there afterwards, or none. The SQLite file is first brought to its latest schema (as the
 * server would on start), the PostgreSQL one likewise; then each table's rows go over in rowid order with
 * the columns both schemas share. Refuses a database that already holds data, and a SQLite table that
 * PostgreSQL has no place for (that data would be lost). Stop the server first: writes made during the move
 * are not copied. The moved tables are analysed before the commit. Returns the rows copied per table.
 */
export async function moveSqliteToPostgres(file: string, databaseUrl: string): Promise<Record<string, number>> {
  const db = new Database(file, { fileMustExist: true });
  const pool = openPool(databaseUrl, { max: 1 });
  try {
    db.pragma('busy_timeout = 5000');
    migrate(db);
    await migratePostgres(pool);
    const sqliteTables = db
      // Ordinary tables only: the search index (FTS5's virtual and shadow tables) is PostgreSQL's own (pg_trgm).
      .prepare<[], { name: string }>("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all()
      .map((r) => r.name);
    const pgColumns = new Map<string, Set<string>>();
    for (const r of (await pool.query<{ table_name: string; column_name: string }>(
      'SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()',
    )).rows) {
      pgColumns.set(r.table_name, (pgColumns.get(r.table_name) ?? new Set()).add(r.column_name));
    }
    const missing = sqliteTables.filter((t) => !pgColumns.has(t));
    if (missing.length) throw new MoveRefusedError(`PostgreSQL has no table for ${missing.join(', ')}: this Kefu's PostgreSQL schema is behind its SQLite one`);

    return await transaction(pool, async (client) => {
      const copied: Record<string, number> = {};
      for (const table of parentsFirst(db, sqliteTables)) {
        const { rows } = await client.query<{ n: number }>(`SELECT count(*) AS n FROM "${table}"`);
        if (rows[0]!.n > 0) throw new MoveRefusedError(`the PostgreSQL database already holds data (table ${table}): move into an empty database`);
        const columns = db
          .prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)')
          .all(table)
          .map((c) => c.name)
          .filter((c) => pgColumns.get(table)!.has(c));
        const lost = db.prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)').all(table).filter((c) => !columns.includes(c.name));
        if (lost.length) throw new MoveRefusedError(`PostgreSQL's ${table} has no column ${lost.map((c) => c.name).join(', ')}`);
        const list = columns.map((c) => `"${c}"`).join(', ');
        const page = db.prepare<[number], Record<string, unknown> & { _rowid: number }>(
          `SELECT rowid AS _rowid, ${list} FROM "${table}" WHERE rowid > ? ORDER BY rowid LIMIT ${BATCH}`,
        );
        let count = 0;
        for (let after = 0; ; ) {
          const batch = page.all(after);
          if (batch.length === 0) break;
          const values = batch.map((_, i) => `(${columns.map((__, j) => `$${i * columns.length + j + 1}`).join(', ')})`).join(', ');
          await client.query(`INSERT INTO "${table}" (${list}) VALUES ${values}`, batch.flatMap((row) => columns.map((c) => row[c])));
          count += batch.length;
          after = batch.at(-1)!._rowid;
        }
        copied[table] = count;
      }
      // The planner's statistics for the moved rows, now rather than at autovacuum's first pass: the server's
      // cached statements would otherwise be planned on empty-table estimates (a sequential scan per append).
      await client.query(`ANALYZE ${sqliteTables.map((t) => `"${t}"`).join(', ')}`);
      return copied;
    });
  } finally {
    db.close();
    await pool.end();
  }
}
