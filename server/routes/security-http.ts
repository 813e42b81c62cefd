import { AuditList, AuditQuery, SecuritySettings } from '../../protocol/index.ts';
import { policyRequires, type TwoFactorService } from '../services/two-factor.ts';
import { KefuError } from '../errors.ts';
import { withoutViewerLimit } from '../services/audit-trail.ts';
import type { AuditStore } from '../storage/audit-types.ts';
import { requireAdmin } from './auth-guards.ts';
import type { Api } from './schema-first.ts';

/**
 * Admins only (viewers read the audit log too). `GET /api/v1/admin/audit?action=&agentId=&before=&limit=`: the audit log, newest first, a page
 * at a time (`next` → `before` for the next page; `before` may also be a time in ms). `GET/PUT
 * /api/v1/admin/security`: who must sign in with two factors (a change is audited, before and after).
 */
export function registerSecurityRoutes(app: Api, deps: { audit: AuditStore; twoFactor: TwoFactorService }): void {
  const { audit, twoFactor } = deps;
  app.register(async (admin: Api) => {
    admin.addHook('onRequest', requireAdmin);

    admin.get('/api/v1/admin/audit', { config: { viewerMay: true } /* auditors read it */, schema: { querystring: AuditQuery, response: { 200: AuditList } } }, async (request) => {
      const { action, agentId, before, limit } = request.query;
      const records = await audit.listAudit({
        limit,
        ...(action ? { action } : {}),
        ...(agentId ? { agentId } : {}),
        ...(before ? { before: /^\d+$/.test(before) ? { at: Number(before) } : { id: before } } : {}),
      });
      return { records: records.map(withoutViewerLimit), next: records.length === limit ? records.at(-1)!.id : null };
    });

    admin.get('/api/v1/admin/security', { schema: { response: { 200: SecuritySettings } } }, async () => ({ twoFactor: await twoFactor.policy() }));

    admin.put('/api/v1/admin/security', { schema: { body: SecuritySettings, response: { 200: SecuritySettings } } }, async (request) => {
      if (policyRequires(request.body.twoFactor, request.agent!) && !request.agent!.twoFactor) {
        throw new KefuError('invalid_state', 'turn on two-factor sign-in for yourself first (your profile), or you would be locked out');
      }
      const before = { twoFactor: await twoFactor.policy() };
      await twoFactor.setPolicy(request.body.twoFactor);
      if (before.twoFactor !== request.body.twoFactor) {
        await audit.addAudit({ agentId: request.agent!.id, action: 'security.settings_changed', detail: { ip: request.ip }, before, after: request.body });
      }
      return request.body;
    });
  });
}
