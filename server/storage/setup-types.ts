import type { Agent, NewAgent } from './agent-types.ts';

/** How a first-admin attempt ended. */
export type FirstAdminOutcome =
  | { kind: 'created'; agent: Agent }
  /** The link's token is unknown, used or expired. */
  | { kind: 'invalid_token' }
  /** An admin exists already (another setup link, or KEFU_ADMIN_*, was first). */
  | { kind: 'admin_exists' };

/**
 * First run: while no admin exists, a started node issues a one-time setup link. Its token is kept as a hash,
 * expires, and is used at most once; creating the first admin is serialised (several nodes may have issued
 * links at once: one admin comes of them, and every other link dies with it).
 */
export interface SetupStore {
  createSetupToken(tokenHash: string, expiresAt: number): Promise<void>;
  createFirstAdmin(tokenHash: string, admin: NewAgent & { role: 'admin' }, now: number): Promise<FirstAdminOutcome>;
}
