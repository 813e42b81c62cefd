import type Database from 'better-sqlite3';
import { SiteSettings } from '../../protocol/index.ts';
import type { SiteStore } from './site-types.ts';

/** Site settings and service times on the shared SQLite connection. */
export function sqliteSiteStore(db: Database.Database): SiteStore {
  const q = {
    sites: db.prepare<[], { site: string }>('SELECT site FROM site_settings ORDER BY site'),
    get: db.prepare<[string], { json: string; updated_at: number }>('SELECT json, updated_at FROM site_settings WHERE site = ?'),
    put: db.prepare(
      `INSERT INTO site_settings (site, json, updated_at, updated_by) VALUES (?, ?, ?, ?)
       ON CONFLICT (site) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    ),
    delete: db.prepare('DELETE FROM site_settings WHERE site = ?'),
    start: db.prepare('INSERT OR IGNORE INTO service_times (conversation_id, claimed_at, waited_ms) VALUES (?, ?, ?)'),
    end: db.prepare(
      `UPDATE service_times SET handled_ms = max(0, @endedAt - claimed_at)
       WHERE conversation_id = @id AND handled_ms IS NULL AND claimed_at = (SELECT max(claimed_at) FROM service_times WHERE conversation_id = @id)`,
    ),
    recent: db.prepare<[number, number], { claimed_at: number; waited_ms: number; handled_ms: number | null }>(
      'SELECT claimed_at, waited_ms, handled_ms FROM service_times WHERE claimed_at >= ? ORDER BY claimed_at DESC LIMIT ?',
    ),
  };
  return {
    async storedSites() {
      return q.sites.all().map((r) => r.site);
    },
    async getSiteSettings(site) {
      const row = q.get.get(site);
      // Stored through the same schema; parsed again so a hand-edited row cannot reach a visitor unchecked.
      return row ? { settings: SiteSettings.parse(JSON.parse(row.json)), updatedAt: row.updated_at } : null;
    },
    async putSiteSettings(site, settings, agentId) {
      const now = Date.now();
      q.put.run(site, JSON.stringify(settings), now, agentId);
      return now;
    },
    async deleteSiteSettings(site) {
      return q.delete.run(site).changes > 0;
    },
    async startService(conversationId, claimedAt, waitedMs) {
      q.start.run(conversationId, claimedAt, Math.max(0, waitedMs));
    },
    async endService(conversationId, endedAt) {
      q.end.run({ id: conversationId, endedAt });
    },
    async recentServiceTimes(since, limit) {
      return q.recent.all(since, limit).map((r) => ({ claimedAt: r.claimed_at, waitedMs: r.waited_ms, handledMs: r.handled_ms }));
    },
  };
}
