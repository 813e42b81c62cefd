import pg from 'pg';
import { microBatcher, type BatchOptions } from '../micro-batch.ts';

/**
 * A batcher of PostgreSQL statements (server/micro-batch.ts): a statement error the database raised about what it was
 * given runs each call of the batch again alone, so that one call's bad value, or a deadlock with another node, fails
 * that call at most.
 */
export function pgBatcher<A, R>(options: Omit<BatchOptions<A, R>, 'aloneAfter'>): (arg: A) => Promise<R> {
  return microBatcher({ ...options, aloneAfter: mayBeOneCall });
}

/**
 * A statement error the database raised about what it was given (a deadlock, a refused value), as opposed to
 * a connection lost or a server going away (classes 08 and 57), or one out of resources (53, 58): only the
 * first kind can be one call's, and worth trying again call by call.
 */
export function mayBeOneCall(err: unknown): boolean {
  if (!(err instanceof pg.DatabaseError) || typeof err.code !== 'string') return false;
  return !['08', '53', '57', '58'].includes(err.code.slice(0, 2));
}
