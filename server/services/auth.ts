import { KefuError } from '../errors.ts';
import type { Storage } from '../storage/types.ts';
import { AgentExistsError, type Agent } from '../storage/agent-types.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { hashToken, newSessionToken } from './tokens.ts';
import type { SecondFactor, TwoFactorService } from './two-factor.ts';

/** Absolute session lifetime, and how long a session may go unused before it dies. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 30 * 60 * 1000;

/**
 * What a login came to: a session, a refusal (with why, for the audit log only), "the code, please", or a code that
 * cannot be checked (the agent's TOTP secret does not open with the server's key: `error` says so).
 */
export type LoginOutcome =
  | { kind: 'ok'; agent: Agent; token: string; secondFactor: SecondFactor | null }
  | { kind: 'refused'; agent: Agent | null; reason: 'unknown_email' | 'wrong_password' | 'disabled' | 'wrong_code' }
  | { kind: 'code_needed'; agent: Agent }
  | { kind: 'code_unchecked'; agent: Agent; error: KefuError };

export interface AuthService {
  /**
   * Email and password, then — for an agent with two-factor on — a code (TOTP or recovery): a new session,
   * or why not. A disabled agent is refused like a wrong password; no code is looked at before the password holds.
   */
  login(email: string, password: string, code?: string): Promise<LoginOutcome>;
  /** The enabled agent behind a live session token (and marks the session used), or null. */
  authenticate(token: string): Promise<Agent | null>;
  /** The same, by the session's stored hash (open sockets are re-checked this way). */
  authenticateSession(tokenHash: string): Promise<Agent | null>;
  logout(token: string): Promise<void>;
  hashPassword(password: string): Promise<string>;
  /**
   * An agent's own profile: name, console language, password (only with the current one: null when that is
   * wrong, and nothing changes).
   */
  updateProfile(agent: Agent, change: { name?: string; locale?: string; currentPassword?: string; password?: string }): Promise<Agent | null>;
  /** Create the first admin (from KEFU_ADMIN_EMAIL / KEFU_ADMIN_PASSWORD) when there is no enabled admin. */
  ensureFirstAdmin(admin: { email: string; password: string } | null): Promise<Agent | null>;
}

export function createAuthService(deps: { storage: Storage; twoFactor: TwoFactorService; scryptLog2N: number }): AuthService {
  const { storage, twoFactor, scryptLog2N } = deps;
  const hash = (password: string) => hashPassword(password, scryptLog2N);
  // Unknown emails still pay for one hash, so response time does not reveal which emails exist.
  let dummy: Promise<string> | null = null;

  return {
    async login(email, password, code) {
      const found = await storage.findAgentByEmail(email.trim());
      if (!found) {
        dummy ??= hash('not-a-password');
        await verifyPassword(password, await dummy);
        return { kind: 'refused', agent: null, reason: 'unknown_email' };
      }
      const { agent } = found;
      if (!(await verifyPassword(password, found.passwordHash))) return { kind: 'refused', agent, reason: 'wrong_password' };
      if (agent.disabled) return { kind: 'refused', agent, reason: 'disabled' };
      let secondFactor: SecondFactor | null = null;
      if (agent.twoFactor) {
        if (!code) return { kind: 'code_needed', agent };
        try {
          secondFactor = await twoFactor.verify(agent.id, code);
        } catch (err) {
          if (err instanceof KefuError && err.code === 'two_factor_unavailable') return { kind: 'code_unchecked', agent, error: err };
          throw err;
        }
        if (!secondFactor) return { kind: 'refused', agent, reason: 'wrong_code' };
      }
      const token = newSessionToken();
      await storage.createSession(hashToken(token), agent.id, Date.now() + SESSION_TTL_MS);
      return { kind: 'ok', agent, token, secondFactor };
    },

    authenticate(token) {
      return this.authenticateSession(hashToken(token));
    },

    async authenticateSession(tokenHash) {
      const agentId = await storage.useSession(tokenHash, SESSION_IDLE_MS);
      const agent = agentId ? await storage.getAgent(agentId) : null;
      return agent && !agent.disabled ? agent : null;
    },

    async logout(token) {
      await storage.deleteSession(hashToken(token));
    },

    hashPassword: hash,

    async updateProfile(agent, { name, locale, currentPassword, password }) {
      if (password) {
        const found = await storage.findAgentByEmail(agent.email);
        if (!found || !(await verifyPassword(currentPassword ?? '', found.passwordHash))) return null;
      }
      return storage.updateAgent(agent.id, { name, locale, ...(password ? { passwordHash: await hash(password) } : {}) });
    },

    async ensureFirstAdmin(admin) {
      if (!admin || (await storage.countAdmins()) > 0) return null;
      const { email, password } = admin;
      const existing = await storage.findAgentByEmail(email);
      if (existing) return storage.updateAgent(existing.agent.id, { role: 'admin', disabled: false, passwordHash: await hash(password) });
      try {
        return await storage.createAgent({ email, name: email.split('@')[0] ?? email, role: 'admin', passwordHash: await hash(password), maxChats: 5 });
      } catch (err) {
        // Nodes started together on a fresh database: another made this admin between the count and the insert.
        if (err instanceof AgentExistsError && (await storage.countAdmins()) > 0) return null;
        throw err;
      }
    },
  };
}
