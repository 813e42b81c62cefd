import { SiteSettings } from '../../protocol/index.ts';
import { all, changes, one, type Pool } from './postgres-pool.ts';
import { usedParams } from './report-params.ts';
import type { ReportStore } from './report-types.ts';
import type { SiteStore } from './site-types.ts';

/** Site settings and measured service times on PostgreSQL. */
export function postgresSiteStore(pool: Pool): SiteStore {
  return {
    async storedSites() {
      return (await all<{ site: string }>(pool, 'SELECT site FROM site_settings ORDER BY site COLLATE "C"')).map((r) => r.site);
    },
    async getSiteSettings(site) {
      const row = await one<{ json: string; updated_at: number }>(pool, 'SELECT json, updated_at FROM site_settings WHERE site = $1', [site]);
      // Stored through the same schema; parsed again so a hand-edited row cannot reach a visitor unchecked.
      return row ? { settings: SiteSettings.parse(JSON.parse(row.json)), updatedAt: row.updated_at } : null;
    },
    async putSiteSettings(site, settings, agentId) {
      const now = Date.now();
      await pool.query(
        `INSERT INTO site_settings (site, json, updated_at, updated_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (site) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
        [site, JSON.stringify(settings), now, agentId],
      );
      return now;
    },
    async deleteSiteSettings(site) {
      return (await changes(pool, 'DELETE FROM site_settings WHERE site = $1', [site])) > 0;
    },
    async startService(conversationId, claimedAt, waitedMs) {
      await pool.query('INSERT INTO service_times (conversation_id, claimed_at, waited_ms) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
        conversationId,
        claimedAt,
        Math.max(0, waitedMs),
      ]);
    },
    async endService(conversationId, endedAt) {
      await pool.query(
        `UPDATE service_times SET handled_ms = greatest(0, $2 - claimed_at)
         WHERE conversation_id = $1 AND handled_ms IS NULL AND claimed_at = (SELECT max(claimed_at) FROM service_times WHERE conversation_id = $1)`,
        [conversationId, endedAt],
      );
    },
    async recentServiceTimes(since, limit) {
      const rows = await all<{ claimed_at: number; waited_ms: number; handled_ms: number | null }>(
        pool,
        'SELECT claimed_at, waited_ms, handled_ms FROM service_times WHERE claimed_at >= $1 ORDER BY claimed_at DESC LIMIT $2',
        [since, limit],
      );
      return rows.map((r) => ({ claimedAt: r.claimed_at, waitedMs: r.waited_ms, handledMs: r.handled_ms }));
    },
  };
}

/** The report queries (server/reports/figures.ts) on PostgreSQL: `:name` placeholders become $1, $2… */
export function postgresReportStore(pool: Pool): ReportStore {
  return {
    async reportQuery(sqlFor, params) {
      const sql = sqlFor('postgres');
      const names = Object.keys(usedParams(sql, params));
      const text = sql.replace(/:([a-z][A-Za-z0-9]*)/g, (_, name: string) => `$${names.indexOf(name) + 1}`);
      return all<Record<string, unknown>>(pool, text, names.map((n) => params[n] ?? null));
    },
  };
}
