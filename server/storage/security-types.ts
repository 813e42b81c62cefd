/** An agent's two-factor secrets: the one in force (null: two-factor is off) and one set up, not yet confirmed. */
export interface TwoFactorSecrets {
  secret: string | null;
  pending: string | null;
}

/** Two-factor sign-in (TOTP secrets, used time steps, recovery codes) and the server-wide security settings. */
export interface SecurityStore {
  getTwoFactor(agentId: string): Promise<TwoFactorSecrets | null>;
  /** Keep a new secret aside until a code from it confirms it (replaces an earlier unconfirmed one). */
  setPendingTwoFactor(agentId: string, secret: string): Promise<void>;
  /**
   * Put the pending secret in force — only while it is still `secret` (false otherwise: nothing changes) —
   * with these recovery code hashes (replacing any), and `step` recorded as used.
   */
  enableTwoFactor(agentId: string, secret: string, recoveryHashes: readonly string[], step: number): Promise<boolean>;
  /** Turn two-factor off: secrets, used steps and recovery codes go. False when it was not on. */
  disableTwoFactor(agentId: string): Promise<boolean>;
  /** Record a TOTP time step as used; false when it or a later one was used already (a replayed code). One conditional update. */
  useTotpStep(agentId: string, step: number): Promise<boolean>;
  /** Spend a recovery code (by its hash); false when unknown or spent. One conditional update. */
  useRecoveryCode(agentId: string, hash: string): Promise<boolean>;
  replaceRecoveryCodes(agentId: string, hashes: readonly string[]): Promise<void>;
  /** Recovery codes not yet spent. */
  countRecoveryCodes(agentId: string): Promise<number>;
  /**
   * Rewrite every stored secret (in force or pending) for which `rewrite` gives a new value (null: keep it), each
   * agent with one conditional update (a secret changed meanwhile is left alone); how many agents changed.
   */
  rewriteTwoFactorSecrets(rewrite: (value: string) => string | null): Promise<number>;
  getSetting(key: string): Promise<string | null>;
  putSetting(key: string, value: string): Promise<void>;
}

/** A stored pair after `rewrite` (see rewriteTwoFactorSecrets), or null when neither changes. */
export function rewrittenSecrets(stored: TwoFactorSecrets, rewrite: (value: string) => string | null): TwoFactorSecrets | null {
  const secret = stored.secret === null ? null : (rewrite(stored.secret) ?? stored.secret);
  const pending = stored.pending === null ? null : (rewrite(stored.pending) ?? stored.pending);
  return secret === stored.secret && pending === stored.pending ? null : { secret, pending };
}
