import { z } from 'zod';
import { SiteId, SiteSettings, SiteSettingsView, safe } from '../../protocol/index.ts';
import type { Availability } from '../services/availability.ts';
import { requireAdmin } from './auth-guards.ts';
import type { Api } from './schema-first.ts';

const SiteParams = z.strictObject({ site: SiteId });
const SiteList = z.object({ sites: z.array(safe(z.string())) });

/**
 * `/api/v1/admin/sites/*`, admins only: each site's other channels and business hours. What is saved here is
 * stored in the database and wins over the KEFU_SITES file; DELETE forgets it (the file's are in force again).
 * Bodies are checked by the same schema as the file (a bad field: 400 naming it).
 */
export function registerSitesAdminRoutes(app: Api, deps: { availability: Availability }): void {
  const { availability } = deps;
  app.register(async (admin: Api) => {
    admin.addHook('onRequest', requireAdmin);

    admin.get('/api/v1/admin/sites', { schema: { response: { 200: SiteList } } }, async () => ({ sites: await availability.siteIds() }));

    admin.get('/api/v1/admin/sites/:site', { schema: { params: SiteParams, response: { 200: SiteSettingsView } } }, async (request) =>
      availability.view(request.params.site),
    );

    admin.put('/api/v1/admin/sites/:site', { schema: { params: SiteParams, body: SiteSettings, response: { 200: SiteSettingsView } } }, async (request) =>
      availability.save(request.params.site, request.body, request.agent!.id),
    );

    admin.delete('/api/v1/admin/sites/:site', { schema: { params: SiteParams, response: { 200: SiteSettingsView } } }, async (request) =>
      availability.reset(request.params.site),
    );
  });
}
