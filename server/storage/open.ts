import path from 'node:path';
import { openPostgresStorage } from './postgres.ts';
import { postgresVisitorData } from './postgres-visitor-data.ts';
import { openSqliteStorage } from './sqlite.ts';
import { openSqliteVisitorData } from './sqlite-visitor-data.ts';
import type { Storage } from './types.ts';
import type { VisitorDataStore } from './visitor-data-types.ts';

export interface OpenedStorage {
  storage: Storage;
  visitorData: VisitorDataStore;
  /** Which engine, for logs and /readyz. */
  engine: 'sqlite' | 'postgres';
}

/**
 * The storage the configuration names: PostgreSQL at `databaseUrl` (many nodes), else SQLite in
 * `dataDir/kefu.sqlite` (one box). The services never know which.
 */
export async function openStorage(
  where: { databaseUrl: string | null; dataDir: string },
  options: { onBackgroundError?: (err: Error) => void } = {},
): Promise<OpenedStorage> {
  if (where.databaseUrl) {
    const storage = await openPostgresStorage(where.databaseUrl);
    return { storage, visitorData: postgresVisitorData(storage.pool), engine: 'postgres' };
  }
  const file = path.join(where.dataDir, 'kefu.sqlite');
  const storage = openSqliteStorage(file, options);
  // A second connection to the same file: this turn's batch is committed before it takes the write lock.
  return { storage, visitorData: openSqliteVisitorData(file, storage.flush), engine: 'sqlite' };
}
