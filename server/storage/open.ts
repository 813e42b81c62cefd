import path from 'node:path';
import { openPostgresStorage } from './postgres.ts';
import { postgresVisitorData } from './postgres-visitor-data.ts';
import { openSqliteStorage } from './sqlite.ts';
import { openSqliteVisitorData } from './sqlite-visitor-data.ts';
import type { Storage } from './types.ts';
import type { VisitorDataStore } from './visitor-data-types.ts';
import type { BlobStore } from '../blobs/types.ts';
import { fileBlobStore } from '../blobs/file.ts';
import { postgresBlobStore } from '../blobs/postgres.ts';
import { s3BlobStore, type S3Config } from '../blobs/s3.ts';

export interface OpenedStorage {
  storage: Storage;
  visitorData: VisitorDataStore;
  /** Attachments' bytes: files under `dataDir/attachments`, or PostgreSQL's blobs table. */
  blobs: BlobStore;
  /** Which engine, for logs and /readyz. */
  engine: 'sqlite' | 'postgres';
}

function s3Blobs(where: { s3?: S3Config | null }) {
  if (!where.s3) throw new Error('KEFU_BLOB_STORE=s3 needs its KEFU_S3_* settings');
  return s3BlobStore(where.s3);
}

/**
 * The storage the configuration names: PostgreSQL at `databaseUrl` (many nodes), else SQLite in
 * `dataDir/kefu.sqlite` (one box). The services never know which.
 */
export async function openStorage(
  where: { databaseUrl: string | null; dataDir: string; blobStore?: 'file' | 'postgres' | 's3'; s3?: S3Config | null },
  options: { onBackgroundError?: (err: Error) => void; onDatabaseWait?: (err: Error, delayMs: number) => void; sqliteDurable?: boolean } = {},
): Promise<OpenedStorage> {
  if (where.databaseUrl) {
    // A node started while PostgreSQL restarts waits up to a minute for it rather than exiting.
    const storage = await openPostgresStorage(where.databaseUrl, { waitMs: 60_000, onWait: options.onDatabaseWait });
    const blobs = where.blobStore === 'file' ? fileBlobStore(path.join(where.dataDir, 'attachments')) : where.blobStore === 's3' ? s3Blobs(where) : postgresBlobStore(storage.pool);
    return { storage, visitorData: postgresVisitorData(storage.pool), blobs, engine: 'postgres' };
  }
  if (where.blobStore === 'postgres') throw new Error('KEFU_BLOB_STORE=postgres needs KEFU_DATABASE_URL');
  const file = path.join(where.dataDir, 'kefu.sqlite');
  const storage = openSqliteStorage(file, { onBackgroundError: options.onBackgroundError, durable: options.sqliteDurable });
  // A second connection to the same file: this turn's batch is committed before it takes the write lock.
  const blobs = where.blobStore === 's3' ? s3Blobs(where) : fileBlobStore(path.join(where.dataDir, 'attachments'));
  return { storage, visitorData: openSqliteVisitorData(file), blobs, engine: 'sqlite' };
}
