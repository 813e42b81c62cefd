/**
 * Account lockout: after `maxFailures` failed logins for one email (within `lockMs` of each other) the
 * email is locked for `lockMs`, even for the right password. Keyed by the submitted email whether or not
 * an account exists, so a locked unknown email answers exactly like a locked real one.
 * Memory is bounded (oldest entries forgotten first).
 */
export class LoginLockout {
  private failures = new Map<string, { count: number; last: number; lockedUntil: number }>();

  constructor(
    private readonly maxFailures = 10,
    private readonly lockMs = 30 * 60_000,
    private readonly maxKeys = 100_000,
  ) {}

  /** Seconds until the email may try again; 0 when it may try now. */
  lockedFor(email: string, now = Date.now()): number {
    const entry = this.failures.get(email);
    return entry && entry.lockedUntil > now ? Math.ceil((entry.lockedUntil - now) / 1000) : 0;
  }

  fail(email: string, now = Date.now()): void {
    const previous = this.failures.get(email);
    const count = previous && now - previous.last < this.lockMs ? previous.count + 1 : 1;
    this.failures.delete(email);
    this.failures.set(email, { count, last: now, lockedUntil: count >= this.maxFailures ? now + this.lockMs : 0 });
    if (this.failures.size > this.maxKeys) this.failures.delete(this.failures.keys().next().value!);
  }

  succeed(email: string): void {
    this.failures.delete(email);
  }
}
