import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Id, NoBody, RecoveryCodesResponse, TwoFactorCodeRequest, TwoFactorSetupResponse, TwoFactorStatus } from '../../protocol/index.ts';
import { KefuError } from '../errors.ts';
import type { AbuseLimits } from '../services/abuse-limits.ts';
import type { TwoFactorService } from '../services/two-factor.ts';
import type { Agent } from '../storage/agent-types.ts';
import type { AuditStore } from '../storage/audit-types.ts';
import { requireAdmin, requireAgent } from './auth-guards.ts';
import { sendRateLimited } from './http-errors.ts';
import { NO_CONTENT, type Api } from './schema-first.ts';

const IdParams = z.strictObject({ id: Id });

/**
 * `/api/v1/auth/2fa/*`: an agent's own two-factor sign-in — its state, a new secret (otpauth URI for the QR
 * code), turning it on with a code from that secret (→ recovery codes, shown once), new recovery codes, and
 * turning it off (both with a current code). Codes are checked under the login limits (per address, and the
 * account's lockout), so they cannot be guessed here either. `DELETE /api/v1/agents/:id/2fa`: an admin turns
 * it off for an agent who lost their authenticator. Every change is in the audit log.
 */
export function registerTwoFactorRoutes(
  app: Api,
  deps: { twoFactor: TwoFactorService; limits: AbuseLimits; audit: AuditStore; /** Tell every console the agents changed (their two-factor badge). */ announce: () => Promise<void> },
): void {
  const { twoFactor, limits, audit, announce } = deps;
  // A viewer's own sign-in is theirs to secure (viewerMay): these change only the caller's account.
  const beforeSetup = { onRequest: requireAgent, config: { beforeTwoFactorSetup: true, viewerMay: true } };
  const ownAccount = { onRequest: requireAgent, config: { viewerMay: true } };

  /** Run a code check under the login limits: a wrong code (the check returns null) counts as a failed login. */
  async function checked<T>(request: FastifyRequest, reply: FastifyReply, check: (agent: Agent) => Promise<T | null>): Promise<T | FastifyReply> {
    const agent = request.agent!;
    const retryAfter = await limits.loginWait(request.ip, agent.email);
    if (retryAfter > 0) return sendRateLimited(reply, retryAfter, 'too many wrong codes; wait a moment');
    const result = await check(agent);
    if (result === null) {
      await limits.loginFailed(agent.email);
      throw new KefuError('forbidden', 'the code is wrong');
    }
    await limits.loginSucceeded(agent.email);
    return result;
  }
  const record = (request: FastifyRequest, action: 'two_factor.enabled' | 'two_factor.disabled' | 'two_factor.recovery_codes_renewed', extra: Record<string, string> = {}) =>
    audit.addAudit({ agentId: request.agent!.id, action, target: request.agent!.id, detail: { ip: request.ip, ...extra } });

  app.get('/api/v1/auth/2fa', { ...beforeSetup, schema: { response: { 200: TwoFactorStatus } } }, async (request) => twoFactor.status(request.agent!));

  app.post('/api/v1/auth/2fa/setup', { ...beforeSetup, schema: { body: NoBody, response: { 200: TwoFactorSetupResponse } } }, async (request) => {
    const setup = await twoFactor.setup(request.agent!);
    if (setup === 'already_on') throw new KefuError('conflict', 'two-factor sign-in is on already; turn it off first');
    return setup;
  });

  app.post('/api/v1/auth/2fa/enable', { ...beforeSetup, schema: { body: TwoFactorCodeRequest, response: { 200: RecoveryCodesResponse } } }, async (request, reply) => {
    if (request.agent!.twoFactor) throw new KefuError('conflict', 'two-factor sign-in is on already');
    const codes = await checked(request, reply, (agent) => twoFactor.enable(agent, request.body.code));
    if (!Array.isArray(codes)) return codes;
    await record(request, 'two_factor.enabled');
    await announce();
    return { recoveryCodes: codes };
  });

  app.post('/api/v1/auth/2fa/recovery-codes', { ...ownAccount, schema: { body: TwoFactorCodeRequest, response: { 200: RecoveryCodesResponse } } }, async (request, reply) => {
    if (!request.agent!.twoFactor) throw new KefuError('invalid_state', 'two-factor sign-in is off');
    const codes = await checked(request, reply, async (agent) => ((await twoFactor.verify(agent.id, request.body.code)) ? twoFactor.renewRecoveryCodes(agent.id) : null));
    if (!Array.isArray(codes)) return codes;
    await record(request, 'two_factor.recovery_codes_renewed');
    return { recoveryCodes: codes };
  });

  app.post('/api/v1/auth/2fa/disable', { ...ownAccount, schema: { body: TwoFactorCodeRequest, response: NO_CONTENT } }, async (request, reply) => {
    const agent = request.agent!;
    if (!agent.twoFactor) throw new KefuError('invalid_state', 'two-factor sign-in is off');
    if (await twoFactor.mustSetUp({ ...agent, twoFactor: false })) throw new KefuError('invalid_state', 'your admins require two-factor sign-in');
    const done = await checked(request, reply, async (a) => ((await twoFactor.verify(a.id, request.body.code)) ? (await twoFactor.disable(a.id)) || null : null));
    if (done !== true) return done;
    await record(request, 'two_factor.disabled');
    await announce();
    return reply.code(204).send(null);
  });

  app.delete('/api/v1/agents/:id/2fa', { onRequest: requireAdmin, schema: { params: IdParams, response: NO_CONTENT } }, async (request, reply) => {
    const { id } = request.params;
    if (!(await twoFactor.disable(id))) throw new KefuError('not_found', 'no such agent with two-factor sign-in on');
    await audit.addAudit({ agentId: request.agent!.id, action: 'two_factor.reset', target: id, detail: { ip: request.ip } });
    await announce();
    return reply.code(204).send(null);
  });
}
