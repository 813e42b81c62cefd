import type Database from 'better-sqlite3';

/**
 * Group commit for one SQLite connection: the storage calls of one event-loop turn share one transaction,
 * committed once after the turn's I/O callbacks (setImmediate), instead of one WAL commit per message.
 *
 * A call runs its statements at once, inside the turn's transaction (its own transactions nest as
 * savepoints), and its result is handed out only after that transaction is committed: nothing it wrote
 * or read reaches a socket, the bot or a caller before it is durable. A failed commit rejects every call
 * of the batch (a visitor resends; appends are idempotent). Each awaited call costs at most one turn.
 */
export interface GroupCommit {
  /** `fn` (synchronous underneath) joined to the turn's transaction; resolves once that is committed. */
  joined<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R>;
  /** Commit the open batch now (before another connection writes the file, or before closing). */
  flush(): void;
}

interface Batch {
  committed: Promise<void>;
  resolve: () => void;
  reject: (err: unknown) => void;
}

export function groupCommit(db: Database.Database): GroupCommit {
  let open: Batch | null = null;

  const end = (batch: Batch, err?: unknown) => {
    if (open === batch) open = null;
    if (err === undefined) batch.resolve();
    else batch.reject(err);
  };

  const flush = () => {
    const batch = open;
    if (!batch) return;
    try {
      db.exec('COMMIT');
      end(batch);
    } catch (err) {
      if (db.inTransaction) db.exec('ROLLBACK');
      end(batch, err);
    }
  };

  const join = (): Batch => {
    // SQLite rolled the whole transaction back under a failed statement (disk full, I/O error): that batch is lost.
    if (open && !db.inTransaction) end(open, new Error('the transaction was rolled back by SQLite'));
    if (open) return open;
    db.exec('BEGIN');
    let resolve!: () => void;
    let reject!: (err: unknown) => void;
    const committed = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
    committed.catch(() => undefined); // each caller gets the rejection through its own chain
    const batch: Batch = { committed, resolve, reject };
    open = batch;
    setImmediate(() => open === batch && flush());
    return batch;
  };

  return {
    joined:
      (fn) =>
      (...args) => {
        const batch = join();
        return fn(...args).then((value) => batch.committed.then(() => value));
      },
    flush,
  };
}
