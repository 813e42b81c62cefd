/**
 * Calls of one kind that a node makes while the previous ones are on their way (or in the same moment) go together:
 * one PostgreSQL statement (a group commit for writes, one round trip for reads), one Redis command. Below a few
 * hundred calls a second most calls go alone, at once (no waiting to fill a batch); under load the batches grow with
 * it, and a dead node's thousands of returning visitors cost a statement (and a commit) per batch, not per visitor.
 */
export interface BatchOptions<A, R> {
  /** Batches in flight at once (for PostgreSQL each holds a pooled connection). */
  lanes: number;
  /** Calls in one batch at most. */
  max: number;
  /**
   * Calls with the same key never share a batch and never run at the same time: they run one after another,
   * in call order (a write to one row: an UPDATE … FROM unnest(…) changes a row once, whatever its duplicates).
   * Without a key any calls share a batch (a read: each call finds its own rows, duplicates included).
   */
  key?: (arg: A) => string;
  /** Run one batch: each call's result or Error, in call order. A throw fails the whole batch (but see `aloneAfter`). */
  run(args: A[]): Promise<(R | Error)[]>;
  /** An error of a batch that may be one call's (postgres-batch.ts): each of its calls then runs again alone. */
  aloneAfter?(err: unknown): boolean;
}

interface Pending<A, R> {
  arg: A;
  resolve(result: R): void;
  reject(err: unknown): void;
}

export function microBatcher<A, R>(options: BatchOptions<A, R>): (arg: A) => Promise<R> {
  const { lanes: maxLanes, max, key, run, aloneAfter } = options;
  const queue: Pending<A, R>[] = [];
  /** Keys with a call in a batch in flight. */
  const busy = new Set<string>();
  let lanes = 0;
  let scheduled = false;

  /** The next batch: the oldest waiting call of each key not in flight, in call order. */
  const take = (): Pending<A, R>[] => {
    if (!key) return queue.splice(0, max);
    const batch: Pending<A, R>[] = [];
    const rest: Pending<A, R>[] = [];
    const taken = new Set<string>();
    for (const p of queue) {
      const k = key(p.arg);
      if (batch.length < max && !busy.has(k) && !taken.has(k)) {
        batch.push(p);
        taken.add(k);
      } else rest.push(p);
    }
    queue.length = 0;
    for (const p of rest) queue.push(p);
    return batch;
  };

  const settle = async (batch: Pending<A, R>[]): Promise<void> => {
    let results: (R | Error)[];
    try {
      results = await run(batch.map((p) => p.arg));
    } catch (err) {
      if (batch.length > 1 && aloneAfter?.(err)) {
        for (const p of batch) await settle([p]);
      } else for (const p of batch) p.reject(err);
      return;
    }
    batch.forEach((p, i) => {
      const result = results[i]!;
      if (result instanceof Error) p.reject(result);
      else p.resolve(result);
    });
  };

  const kick = () => {
    scheduled = false;
    while (lanes < maxLanes) {
      const batch = take();
      if (batch.length === 0) return;
      lanes++;
      const keys = key ? batch.map((p) => key(p.arg)) : [];
      for (const k of keys) busy.add(k);
      void settle(batch).finally(() => {
        lanes--;
        for (const k of keys) busy.delete(k);
        kick();
      });
    }
  };

  return (arg) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ arg, resolve, reject });
      if (scheduled) return;
      scheduled = true;
      // Calls made together (in one synchronous run) share a batch; a free lane starts it at once. With every lane
      // busy, whatever arrives meanwhile goes in the next batch: waiting to fill a batch costs no latency at low
      // load, and the batches grow with the load.
      queueMicrotask(kick);
    });
}
