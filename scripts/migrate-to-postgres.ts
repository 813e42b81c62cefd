/**
 * `npm run migrate-to-postgres`: move an existing SQLite install (KEFU_DATA_DIR/kefu.sqlite) into the empty
 * PostgreSQL database at KEFU_DATABASE_URL, in one transaction. Stop Kefu first; start it afterwards with
 * KEFU_DATABASE_URL set. The SQLite file is left as it was (keep it as a backup). Agents' TOTP secrets, sealed
 * with the install's totp.key, are sealed again with KEFU_TOTP_KEY (which every node then shares).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../server/config.ts';
import { secretBox } from '../server/services/secret-box.ts';
import { serverSecret } from '../server/services/server-secret.ts';
import { MoveRefusedError, moveSqliteToPostgres } from '../server/storage/move-to-postgres.ts';
import { openPostgresStorage } from '../server/storage/postgres.ts';

const config = loadConfig();
const file = path.join(config.dataDir, 'kefu.sqlite');
if (!config.databaseUrl) {
  console.error('Set KEFU_DATABASE_URL=postgres://user:password@host:5432/database (an empty database) to move into.');
  process.exit(2);
}
if (!existsSync(file)) {
  console.error(`No SQLite database at ${file}: set KEFU_DATA_DIR to the data directory of the install to move.`);
  process.exit(2);
}
try {
  const copied = await moveSqliteToPostgres(file, config.databaseUrl);
  for (const [table, rows] of Object.entries(copied)) console.log(`${table}: ${rows} rows`);
  if (existsSync(path.join(config.dataDir, 'totp.key'))) {
    const from = secretBox(serverSecret(null, config.dataDir, 'totp.key'), 'TOTP secret');
    const to = secretBox(serverSecret(config.security.totpKey, config.dataDir, 'totp.key'), 'TOTP secret');
    const storage = await openPostgresStorage(config.databaseUrl);
    try {
      // A secret that does not open with totp.key was sealed with KEFU_TOTP_KEY already: it stays.
      const resealed = await storage.rewriteTwoFactorSecrets((value) => {
        try {
          return to.seal(from.open(value));
        } catch {
          return null;
        }
      });
      console.log(`TOTP secrets sealed again with KEFU_TOTP_KEY: ${resealed} agents`);
    } finally {
      await storage.close();
    }
  }
  console.log(`Moved ${file} to PostgreSQL. Start Kefu with KEFU_DATABASE_URL set; keep the SQLite file as a backup.`);
} catch (err) {
  if (err instanceof MoveRefusedError) {
    console.error(`Nothing was moved: ${err.message}`);
    process.exit(1);
  }
  throw err;
}
