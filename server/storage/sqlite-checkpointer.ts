import type Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the worker copies committed WAL frames into the database file. */
const EVERY_MS = 200;
/** Passes in a row, while the writer keeps adding frames, before the main thread is told to finish. */
const MAX_PASSES = 8;
/** SQLite's own checkpoint, left as a backstop should the hand-over below fall behind. */
const BACKSTOP_PAGES = 10_000;
/** SQLite's default, when there is no worker. */
const DEFAULT_PAGES = 1000;

/**
 * The worker's code (CommonJS, evaluated): its own connection to the same file, passive checkpoints on a
 * timer; after a round that found frames in the WAL it syncs the file and tells the main thread, which
 * finishes the job (see below).
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { closeSync, fsyncSync, openSync } = require('node:fs');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 1000');
db.pragma(workerData.durable ? 'synchronous = NORMAL' : 'synchronous = OFF');
// SQLite syncs the database file only after a checkpoint that reached the end of the WAL; a pass that did not
// leaves its pages for whoever completes one (the main thread) to flush to disk. So this worker syncs them.
const dbFile = openSync(workerData.file, 'r');
const checkpoint = () => {
  try {
    // Never waits for, nor blocks, the writer. Again while the writer added frames during the pass (each pass
    // copies only what is new), so that what is left for the main thread is as small as it gets.
    let result;
    for (let pass = 0; pass < workerData.maxPasses; pass++) {
      [result] = db.pragma('wal_checkpoint(PASSIVE)');
      if (result.checkpointed >= result.log) break;
    }
    if (result.log === 0) return;
    if (workerData.durable) fsyncSync(dbFile);
    parentPort.postMessage({ copied: result.checkpointed });
  } catch (err) {
    parentPort.postMessage({ error: String(err && err.message || err) });
  }
};
// Started EVERY_MS after the storage opened (see startCheckpointer): the first pass at once, then on the timer.
checkpoint();
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  closeSync(dbFile);
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

/**
 * Checkpoints off the event loop. SQLite's automatic checkpoint runs inside the commit that crosses 1,000
 * WAL pages: it copies them all into the database file on the thread that serves the sockets (measured:
 * commits of 17–35 ms under 5k messages/s). Here a worker thread with its own connection copies the bulk
 * every EVERY_MS without blocking the writer. The WAL can only rewind once every frame is copied at a moment
 * when no transaction is open, which a worker trailing a busy writer never sees; so after each pass the main
 * thread, between batches (`settle` commits an open one), copies the few frames written since and the next
 * write starts the WAL from its beginning. Should the worker fail, the main connection goes back to SQLite's
 * default. The thread starts EVERY_MS after the storage opens, when its first pass is due: a storage closed sooner (a
 * restart in the delivery-model test, ≈700 in one run; a short script) never pays for one (≈60 ms of CPU each).
 */
export function startCheckpointer(db: Database.Database, file: string, opts: { durable: boolean; settle: () => void; onError: (err: Error) => void }): Checkpointer {
  db.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  const fallBack = (err: Error) => {
    if (db.open) db.pragma(`wal_autocheckpoint = ${DEFAULT_PAGES}`);
    opts.onError(err);
  };
  let stopping = false;
  let started: { worker: Worker; exited: Promise<void> } | null = null;
  const start = () => {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    const worker = new Worker(WORKER, { eval: true, workerData: { file, driver, everyMs: EVERY_MS, maxPasses: MAX_PASSES, durable: opts.durable } });
    worker.unref();
    worker.on('message', (message: { copied: number } | { error: string }) => {
      if ('error' in message) return opts.onError(new Error(`checkpoint failed: ${message.error}`));
      if (stopping || !db.open) return;
      opts.settle();
      db.pragma('wal_checkpoint(PASSIVE)');
    });
    worker.on('error', fallBack);
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    void exited.then(() => stopping || fallBack(new Error('the checkpoint worker stopped')));
    started = { worker, exited };
  };
  const starting = setTimeout(start, EVERY_MS);
  starting.unref();
  return {
    async stop() {
      stopping = true;
      clearTimeout(starting);
      if (!started) return;
      started.worker.postMessage('stop');
      await started.exited;
    },
  };
}
