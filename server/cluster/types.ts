/**
 * What the nodes of a cluster share besides the database and the bus: every count kept per visitor, IP or
 * email (so N nodes do not allow N times a limit) and who of the agents is online. One box keeps them in
 * memory (memory-*.ts); several nodes keep them in Redis (redis-*.ts). One contract suite runs on both.
 */

/** A token bucket: `burst` tokens at most, refilled at `perMinute`. */
export interface LimitRule {
  perMinute: number;
  burst: number;
}

export type TakeResult = { ok: true } | { ok: false; retryAfter: number };

/** Lock a key for `lockMs` after `maxFailures` failures, each within `lockMs` of the one before. */
export interface LockoutRule {
  maxFailures: number;
  lockMs: number;
}

export interface LimitStore {
  /**
   * Take one token from each bucket in turn, stopping at the first that is empty (its retryAfter, in whole
   * seconds, is returned; the buckets after it are not touched). `now` in ms (tests pass their own clock).
   */
  take(buckets: readonly { key: string; rule: LimitRule }[], now?: number): Promise<TakeResult>;
  /** Hold one of at most `max` slots of `key` (a socket of an IP); false when all are taken. */
  acquire(key: string, max: number): Promise<boolean>;
  /** Give a held slot back. Slots held by a node that died are given back when it stops answering. */
  release(key: string): Promise<void>;
  /** Count a failure (a wrong password for an email). */
  fail(key: string, rule: LockoutRule, now?: number): Promise<void>;
  /** Seconds until `key` may try again; 0 when it may now. */
  lockedFor(key: string, now?: number): Promise<number>;
  /** Forget the failures (a successful login). */
  clearFailures(key: string): Promise<void>;
}

export type AgentPresence = 'online' | 'away';

/** Which agents have a console open, on any node, and whether they are away. */
export interface PresenceStore {
  /** This node's view of one agent (null: no console of theirs open here). */
  set(agentId: string, presence: AgentPresence | null): Promise<void>;
  /** Every live node's agents: online on any node wins over away; agents of a node that died drop out. */
  snapshot(): Promise<Map<string, AgentPresence>>;
}

/** Seconds to wait for `tokensShort` more tokens at `rule`'s rate (at least 1). */
export function retryAfterSec(tokensShort: number, rule: LimitRule): number {
  return Math.max(1, Math.ceil((tokensShort * 60_000) / rule.perMinute / 1000));
}
