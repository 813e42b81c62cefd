import { randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { TwoFactorPolicy, type TwoFactorStatus } from '../../protocol/index.ts';
import type { Agent } from '../storage/agent-types.ts';
import type { SecurityStore } from '../storage/security-types.ts';
import { KefuError } from '../errors.ts';
import { SealedSecretError, type SecretBox } from './secret-box.ts';
import { hashToken } from './tokens.ts';

/** How many recovery codes an agent gets; each is 10 characters from an alphabet without look-alikes (≈50 bits). */
const RECOVERY_CODES = 10;
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
/** A code of the step before or after the current one is still taken (clock drift, a code typed as it turned). */
const WINDOW = 1;
const PERIOD_S = 30;
const SETTINGS_KEY = 'security';

export type SecondFactor = 'totp' | 'recovery';

/**
 * TOTP two-factor sign-in (RFC 6238, SHA-1, 6 digits, 30 s: what every authenticator app reads from the
 * otpauth URI) with single-use recovery codes, and the admins' policy of who must use it. A TOTP time step
 * is accepted once per account (a seen code cannot be replayed, on any node: one conditional update); only
 * hashes of recovery codes are stored. TOTP secrets are stored sealed (secret-box.ts): a copy of the database
 * alone gives no one a second factor. Callers rate-limit the attempts.
 */
export interface TwoFactorService {
  status(agent: Agent): Promise<TwoFactorStatus>;
  /** A new secret set aside for the agent (in force after `enable`); conflicts when two-factor is on already. */
  setup(agent: Agent): Promise<{ otpauthUri: string; secret: string } | 'already_on'>;
  /** Put the set-up secret in force with a code from it: the new recovery codes, or null for a wrong code (or no setup). */
  enable(agent: Agent, code: string): Promise<string[] | null>;
  /**
   * A current code or an unspent recovery code of this agent; null when wrong (or two-factor is off). A TOTP code
   * whose secret does not open with the server's key (`enable` too) throws KefuError `two_factor_unavailable`.
   */
  verify(agentId: string, code: string): Promise<SecondFactor | null>;
  /** New recovery codes (the old ones stop working). */
  renewRecoveryCodes(agentId: string): Promise<string[]>;
  /** Turn it off (the agent with a code, or an admin for an agent who lost theirs); false when it was off. */
  disable(agentId: string): Promise<boolean>;
  policy(): Promise<TwoFactorPolicy>;
  setPolicy(policy: TwoFactorPolicy): Promise<void>;
  /** The policy asks two-factor of this agent and they have not turned it on. */
  mustSetUp(agent: Agent): Promise<boolean>;
  /**
   * Seal the secrets stored plain (by a version before sealing), run at start: how many were sealed, and how many
   * sealed ones do not open with this server's key (sealed under another KEFU_TOTP_KEY).
   */
  sealStored(): Promise<{ sealed: number; unreadable: number }>;
}

/** Whether a policy asks two-factor of this agent. */
export const policyRequires = (p: TwoFactorPolicy, agent: Pick<Agent, 'role'>) => p === 'everyone' || (p === 'admins' && agent.role === 'admin');
const normalised = (code: string) => code.replace(/[\s-]/g, '').toLowerCase();
const isTotpCode = (code: string) => /^\d{6}$/.test(code);
const totpOf = (secret: string, label = '', issuer = '') => new TOTP({ issuer, label, algorithm: 'SHA1', digits: 6, period: PERIOD_S, secret: Secret.fromBase32(secret) });

function newRecoveryCode(): string {
  let code = '';
  for (let i = 0; i < 10; i++) code += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** What an operator reads when stored TOTP secrets do not open (the cause and the way out). */
export const UNREADABLE_SECRET_HINT =
  'KEFU_TOTP_KEY (or, without it, KEFU_DATA_DIR/totp.key) is not the key they were sealed with. Put the old key back, or have an admin ' +
  'turn two-factor off for those agents (Team page) so they set it up again; their recovery codes still sign in';

export function createTwoFactorService(deps: {
  store: SecurityStore;
  issuer: string;
  box: SecretBox;
  /** Told when an agent's sealed secret does not open (the server logs UNREADABLE_SECRET_HINT). */
  onUnreadable?: (agentId: string) => void;
}): TwoFactorService {
  const { store, issuer, box } = deps;
  /** The secret's plain text; one sealed under another key is a typed refusal (and the operator is told), not a 500. */
  const opened = (agentId: string, sealed: string): string => {
    try {
      return box.open(sealed);
    } catch (err) {
      if (!(err instanceof SealedSecretError)) throw err;
      deps.onUnreadable?.(agentId);
      throw new KefuError(
        'two_factor_unavailable',
        "your authenticator code cannot be checked: the server's two-factor key changed. Sign in with a recovery code, or ask an admin to turn two-factor off for you and set it up again",
      );
    }
  };
  /** The time step a valid code belongs to, or null. */
  const stepOf = (secret: string, code: string): number | null => {
    const totp = totpOf(secret);
    const delta = totp.validate({ token: code, window: WINDOW });
    return delta === null ? null : totp.counter() + delta;
  };
  const freshCodes = () => Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
  const hashes = (codes: readonly string[]) => codes.map((c) => hashToken(normalised(c)));
  const policy = async (): Promise<TwoFactorPolicy> => {
    const stored = await store.getSetting(SETTINGS_KEY);
    const parsed = TwoFactorPolicy.safeParse(stored === null ? null : (JSON.parse(stored) as { twoFactor?: unknown }).twoFactor);
    return parsed.success ? parsed.data : 'optional';
  };

  return {
    async status(agent) {
      return { enabled: agent.twoFactor, required: policyRequires(await policy(), agent), recoveryCodesLeft: agent.twoFactor ? await store.countRecoveryCodes(agent.id) : 0 };
    },
    async setup(agent) {
      if (agent.twoFactor) return 'already_on';
      const secret = new Secret({ size: 20 }).base32;
      await store.setPendingTwoFactor(agent.id, box.seal(secret));
      return { otpauthUri: totpOf(secret, agent.email, issuer).toString(), secret };
    },
    async enable(agent, code) {
      const pending = (await store.getTwoFactor(agent.id))?.pending;
      const step = pending ? stepOf(opened(agent.id, pending), normalised(code)) : null;
      if (!pending || step === null) return null;
      const codes = freshCodes();
      return (await store.enableTwoFactor(agent.id, pending, hashes(codes), step)) ? codes : null;
    },
    async verify(agentId, raw) {
      const secret = (await store.getTwoFactor(agentId))?.secret;
      if (!secret) return null;
      const code = normalised(raw);
      if (isTotpCode(code)) {
        const step = stepOf(opened(agentId, secret), code);
        return step !== null && (await store.useTotpStep(agentId, step)) ? 'totp' : null;
      }
      return (await store.useRecoveryCode(agentId, hashes([code])[0]!)) ? 'recovery' : null;
    },
    async renewRecoveryCodes(agentId) {
      const codes = freshCodes();
      await store.replaceRecoveryCodes(agentId, hashes(codes));
      return codes;
    },
    disable: (agentId) => store.disableTwoFactor(agentId),
    policy,
    async setPolicy(p) {
      await store.putSetting(SETTINGS_KEY, JSON.stringify({ twoFactor: p }));
    },
    async mustSetUp(agent) {
      return !agent.twoFactor && policyRequires(await policy(), agent);
    },
    async sealStored() {
      let unreadable = 0;
      const readable = (value: string) => {
        try {
          return box.open(value) !== null;
        } catch {
          return false;
        }
      };
      const sealed = await store.rewriteTwoFactorSecrets((value) => {
        if (!box.isSealed(value)) return box.seal(value);
        if (!readable(value)) unreadable++;
        return null;
      });
      return { sealed, unreadable };
    },
  };
}
