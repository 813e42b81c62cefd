import type Database from 'better-sqlite3';
import path from 'node:path';

/**
 * Group commit for one SQLite connection: the storage calls of one event-loop turn share one transaction,
 * committed once after the turn's I/O callbacks (setImmediate), instead of one WAL commit per message.
 *
 * A call in a batch runs its statements at once, inside the turn's transaction (its own transactions
 * nest as savepoints), and its result is handed out only after that transaction is committed: nothing it
 * wrote or read reaches a socket, the bot or a caller before it is durable. A failed commit rejects every
 * call of the batch (a visitor resends; appends are idempotent). Such a call costs at most one turn.
 * A call with no batch open runs on its own (autocommit), committed when it returns.
 *
 * Another connection to the same file in this process (a second node of a test, a tool opened beside a server) is
 * settled first: a call on one connection commits the others' open batches before it runs. Else it could wait for their
 * write lock, synchronously (busy timeout), in the very thread that is to commit it: the whole process stood still 5 s,
 * then the write failed with "database is locked".
 */
export interface GroupCommit {
  /** `fn` (synchronous underneath) in the turn's batch, opening one if none is open; resolves once committed. */
  joined<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R>;
  /** `fn` in the open batch if there is one (so it sees nothing uncommitted early), else on its own at once. */
  joinedIfOpen<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R>;
  /** Commit the open batch now (before another connection writes the file, or before closing). */
  flush(): void;
  /** Commit the open batch and stop settling before the file's other connections' calls (the connection is closing). */
  close(): void;
}

/** The flush of each group commit of this process, by database file (a file in memory is no other connection's). */
const sameFile = new Map<string, Set<() => void>>();
const commitOnFile = (key: string, except?: () => void) => {
  const connections = sameFile.get(key);
  if (connections) for (const flush of connections) if (flush !== except) flush();
};

/** Commit every open batch on `file` in this process: before a connection that is no group commit writes it (see above). */
export function commitOpenBatches(file: string): void {
  commitOnFile(path.resolve(file));
}

interface Batch {
  committed: Promise<void>;
  resolve: () => void;
  reject: (err: unknown) => void;
}

export function groupCommit(db: Database.Database): GroupCommit {
  let open: Batch | null = null;
  const file = db.memory ? null : path.resolve(db.name);

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

  const connections = file === null ? null : (sameFile.get(file) ?? sameFile.set(file, new Set()).get(file)!);
  connections?.add(flush);
  /** The other connections' open batches on this file, committed before a call here (see above). */
  const settleOthers = () => {
    if (connections && connections.size > 1) commitOnFile(file!, flush);
  };

  const joined: GroupCommit['joined'] =
    (fn) =>
    (...args) => {
      settleOthers();
      const batch = join();
      return fn(...args).then((value) => batch.committed.then(() => value));
    };
  return {
    joined,
    joinedIfOpen:
      (fn) =>
      (...args) => {
        if (open) return joined(fn)(...args);
        settleOthers();
        return fn(...args);
      },
    flush,
    close() {
      flush();
      connections?.delete(flush);
      if (connections?.size === 0) sameFile.delete(file!);
    },
  };
}
