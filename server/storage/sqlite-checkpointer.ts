import type Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the worker copies committed WAL frames into the database file. */
const EVERY_MS = 200;
/**
 * SQLite's own checkpoint (in the commit that crosses this many WAL pages) stays on as a backstop: under a
 * load that never pauses, the worker's passive passes trail the writer and the WAL would not rewind.
 * By then the worker has copied most pages, so what is left to do on the serving thread is small.
 */
const BACKSTOP_PAGES = 4000;
/** SQLite's default, when there is no worker. */
const DEFAULT_PAGES = 1000;

/** The worker's code (CommonJS, evaluated): its own connection to the same file, checkpointing on a timer. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 1000');
db.pragma('synchronous = NORMAL');
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)'); // never waits for, nor blocks, the writer
  } catch (err) {
    parentPort.postMessage(String(err && err.message || err));
  }
}, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

/**
 * Checkpoints off the event loop. SQLite's automatic checkpoint runs inside the commit that crosses 1,000
 * WAL pages: it copies them into the database file and fsyncs both, on the thread that serves the sockets
 * (a stall of tens of milliseconds under load). Here a worker thread with its own connection does that
 * work every EVERY_MS without blocking the writer (PASSIVE), and the automatic checkpoint is only a
 * backstop. Should the worker fail, the main connection goes back to SQLite's default.
 */
export function startCheckpointer(db: Database.Database, file: string, onError: (err: Error) => void): Checkpointer {
  db.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  const fallBack = (err: Error) => {
    if (db.open) db.pragma(`wal_autocheckpoint = ${DEFAULT_PAGES}`);
    onError(err);
  };
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER, { eval: true, workerData: { file, driver, everyMs: EVERY_MS } });
  worker.unref();
  let stopping = false;
  worker.on('message', (message: string) => onError(new Error(`checkpoint failed: ${message}`)));
  worker.on('error', fallBack);
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  void exited.then(() => stopping || fallBack(new Error('the checkpoint worker stopped')));
  return {
    async stop() {
      stopping = true;
      worker.postMessage('stop');
      await exited;
    },
  };
}
