/**
 * `npm run mask-existing`: mask what was stored before masking was on (card numbers in free text, page
 * addresses with their query and fragment) in the configured database: PostgreSQL when KEFU_DATABASE_URL is
 * set, else the SQLite file in KEFU_DATA_DIR; with the configured style (KEFU_CARD_MASK).
 */
import path from 'node:path';
import { loadConfig } from '../server/config.ts';
import { maskStoredPostgres } from '../server/storage/postgres-mask-existing.ts';
import { openPool } from '../server/storage/postgres-pool.ts';
import { maskStoredSqlite } from '../server/storage/sqlite-mask-existing.ts';

const config = loadConfig();
let report;
if (config.databaseUrl) {
  const pool = openPool(config.databaseUrl, { max: 1 });
  try {
    report = await maskStoredPostgres(pool, config.cardMask);
  } finally {
    await pool.end();
  }
} else {
  report = maskStoredSqlite(path.join(config.dataDir, 'kefu.sqlite'), config.cardMask);
}
for (const [column, { scanned, masked }] of Object.entries(report)) console.log(`${column}: ${masked} of ${scanned} rows masked`);
