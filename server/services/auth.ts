import type { Storage } from '../storage/types.ts';
import type { Agent } from '../storage/agent-types.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { hashToken, newSessionToken } from './tokens.ts';

/** Absolute session lifetime, and how long a session may go unused before it dies. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 30 * 60 * 1000;

export interface AuthService {
  /** The agent and a new session token, or null for a wrong email/password or a disabled agent. */
  login(email: string, password: string): Promise<{ agent: Agent; token: string } | null>;
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

export function createAuthService(deps: { storage: Storage; scryptLog2N: number }): AuthService {
  const { storage, scryptLog2N } = deps;
  const hash = (password: string) => hashPassword(password, scryptLog2N);
  // Unknown emails still pay for one hash, so response time does not reveal which emails exist.
  let dummy: Promise<string> | null = null;

  return {
    async login(email, password) {
      const found = await storage.findAgentByEmail(email.trim());
      if (!found) {
        dummy ??= hash('not-a-password');
        await verifyPassword(password, await dummy);
        return null;
      }
      if (!(await verifyPassword(password, found.passwordHash)) || found.agent.disabled) return null;
      const token = newSessionToken();
      await storage.createSession(hashToken(token), found.agent.id, Date.now() + SESSION_TTL_MS);
      return { agent: found.agent, token };
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
      return storage.createAgent({ email, name: email.split('@')[0] ?? email, role: 'admin', passwordHash: await hash(password), maxChats: 5 });
    },
  };
}
