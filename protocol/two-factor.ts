import { z } from 'zod';
import { safe } from './data-class.ts';

/**
 * Two-factor sign-in for agents (TOTP, RFC 6238: 6 digits every 30 s from an authenticator app) with
 * single-use recovery codes. `/api/v1/auth/2fa/*` for the agent's own account; admins choose who must use it.
 */

/** A TOTP code (6 digits) or a recovery code (10 letters and digits; spaces and dashes are ignored). */
export const TwoFactorCode = z.string().trim().min(6).max(32);

/** POST /api/v1/auth/2fa/setup → a new secret, not in force until `enable` gets a code made from it. */
export const TwoFactorSetupResponse = safe(z.object({ otpauthUri: z.string(), secret: z.string() }));
export type TwoFactorSetupResponse = z.infer<typeof TwoFactorSetupResponse>;

/** POST /api/v1/auth/2fa/enable, /disable, /recovery-codes: a current code proves the authenticator (or a recovery code). */
export const TwoFactorCodeRequest = z.strictObject({ code: TwoFactorCode });

/** The recovery codes, shown once: each logs in once instead of a code. */
export const RecoveryCodesResponse = safe(z.object({ recoveryCodes: z.array(z.string()) }));
export type RecoveryCodesResponse = z.infer<typeof RecoveryCodesResponse>;

/** Who must sign in with two factors: nobody is forced, admins, or every agent. */
export const TwoFactorPolicy = z.enum(['optional', 'admins', 'everyone']);
export type TwoFactorPolicy = z.infer<typeof TwoFactorPolicy>;

/** GET /api/v1/auth/2fa: the agent's own state; `required`: the policy asks it of them. */
export const TwoFactorStatus = z.object({ enabled: z.boolean(), required: z.boolean(), recoveryCodesLeft: z.number().int() });
export type TwoFactorStatus = z.infer<typeof TwoFactorStatus>;

/** GET/PUT /api/v1/admin/security (admins). */
export const SecuritySettings = z.strictObject({ twoFactor: TwoFactorPolicy });
export type SecuritySettings = z.infer<typeof SecuritySettings>;
