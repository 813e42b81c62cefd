import type { SetupRequest } from '../../protocol/index.ts';
import { KefuError } from '../errors.ts';
import type { Agent } from '../storage/agent-types.ts';
import type { Storage } from '../storage/types.ts';
import { SESSION_TTL_MS } from './auth.ts';
import { hashPassword } from './passwords.ts';
import { hashToken, newSessionToken } from './tokens.ts';

/** How long a setup link works. */
export const SETUP_LINK_TTL_MS = 60 * 60 * 1000;

export interface FirstRun {
  /** Whether the install still has no (enabled) admin. */
  needed(): Promise<boolean>;
  /** While no admin exists: a new one-time setup link (only its token's hash is stored), else null. */
  issueLink(publicUrl: string): Promise<{ url: string; expiresAt: number } | null>;
  /** The first admin, from a setup link's token, and a session for them (they are logged in at once). */
  createAdmin(request: SetupRequest): Promise<{ agent: Agent; sessionToken: string }>;
}

/**
 * First run without KEFU_ADMIN_*: each node that starts while no admin exists issues its own link (several nodes
 * starting at once each print one); the first link used makes the admin, under the storage's serialisation, and
 * every other link dies with it.
 */
export function createFirstRun(deps: { storage: Storage; scryptLog2N: number }): FirstRun {
  const { storage } = deps;
  const needed = async () => (await storage.countAdmins()) === 0;
  return {
    needed,
    async issueLink(publicUrl) {
      if (!(await needed())) return null;
      const token = newSessionToken();
      const expiresAt = Date.now() + SETUP_LINK_TTL_MS;
      await storage.createSetupToken(hashToken(token), expiresAt);
      // In the fragment: a browser never sends it, so it reaches no access log and no Referer.
      return { url: `${publicUrl}/console#/setup/${token}`, expiresAt };
    },
    async createAdmin({ token, email, name, password }) {
      // Checked before the (deliberately slow) password hash, so a finished install costs nothing to ask.
      if (!(await needed())) throw new KefuError('conflict', 'an admin exists already: log in');
      const now = Date.now();
      const made = await storage.createFirstAdmin(
        hashToken(token),
        { email: email.trim(), name, role: 'admin', passwordHash: await hashPassword(password, deps.scryptLog2N), maxChats: 5 },
        now,
      );
      if (made.kind === 'admin_exists') throw new KefuError('conflict', 'an admin exists already: log in');
      if (made.kind === 'invalid_token') {
        throw new KefuError('forbidden', 'this setup link is not valid: it was used, is older than an hour, or is not this server’s; restart the server for a new one');
      }
      const sessionToken = newSessionToken();
      await storage.createSession(hashToken(sessionToken), made.agent.id, now + SESSION_TTL_MS);
      return { agent: made.agent, sessionToken };
    },
  };
}

/** The link as the operator reads it when the server starts (stdout, not the JSON log). */
export function printSetupLink(link: { url: string; expiresAt: number }): void {
  const line = '='.repeat(78);
  process.stdout.write(
    `\n${line}\n  Kefu has no admin yet. Create the first one in the console, within the hour:\n\n    ${link.url}\n\n` +
      `  The link works once, until ${new Date(link.expiresAt).toISOString()}; restart the server for a new one.\n` +
      `  (Or set KEFU_ADMIN_EMAIL and KEFU_ADMIN_PASSWORD before starting.)\n${line}\n\n`,
  );
}
