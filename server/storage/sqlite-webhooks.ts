import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { timeOrderedId } from './time-ordered-id.ts';
import type { WebhookJob, WebhookStore } from './webhook-types.ts';
import { LOG_COLUMNS, toDelivery, toEndpoint, type DeliveryRow, type EndpointRow } from './webhook-rows.ts';

/** Webhook endpoints and their outbox on the shared SQLite connection. */
export function sqliteWebhookStore(db: Database.Database): WebhookStore {
  const q = {
    insertEndpoint: db.prepare('INSERT INTO webhook_endpoints (id, url, events, secret, created_at) VALUES (?, ?, ?, ?, ?)'),
    endpoints: db.prepare<[], EndpointRow>('SELECT * FROM webhook_endpoints ORDER BY created_at, id'),
    deleteEndpoint: db.prepare('DELETE FROM webhook_endpoints WHERE id = ?'),
    updateEndpoint: db.prepare<[string, string, string], EndpointRow>('UPDATE webhook_endpoints SET url = ?, events = ? WHERE id = ? RETURNING *'),
    insertDelivery: db.prepare(
      `INSERT INTO webhook_deliveries (id, endpoint_id, event_id, event, conversation_id, body, status, next_attempt_at, give_up_at, created_at)
       SELECT ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ? WHERE EXISTS (SELECT 1 FROM webhook_endpoints WHERE id = ?)
         AND (? IS NULL OR EXISTS (SELECT 1 FROM conversations WHERE id = ?))`,
    ),
    claim: db.prepare<[number, number, number, number], { id: string; endpoint_id: string; event_id: string; body: string; attempts: number; give_up_at: number }>(
      `UPDATE webhook_deliveries SET lease_until = ?, attempts = attempts + 1
       WHERE id IN (
         SELECT id FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= ? AND lease_until <= ?
         ORDER BY next_attempt_at LIMIT ?)
       RETURNING id, endpoint_id, event_id, body, attempts, give_up_at`,
    ),
    endpoint: db.prepare<[string], EndpointRow>('SELECT * FROM webhook_endpoints WHERE id = ?'),
    // Read first: the poll finds nothing due almost always, and a read takes no write lock.
    anyDue: db.prepare<[number, number], { one: number }>(
      "SELECT 1 AS one FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= ? AND lease_until <= ? LIMIT 1",
    ),
    record: db.prepare(
      `UPDATE webhook_deliveries SET status = ?, last_status = ?, last_error = ?, response_excerpt = ?, last_attempt_at = ?,
         next_attempt_at = coalesce(?, next_attempt_at), lease_until = 0 WHERE id = ?`,
    ),
    log: db.prepare<[string, number], DeliveryRow>(
      `SELECT ${LOG_COLUMNS} FROM webhook_deliveries WHERE endpoint_id = ? ORDER BY created_at DESC, id DESC LIMIT ?`,
    ),
    redeliver: db.prepare(
      "UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = ?, give_up_at = ?, lease_until = 0 WHERE id = ? AND endpoint_id = ?",
    ),
    purge: db.prepare("DELETE FROM webhook_deliveries WHERE status != 'pending' AND created_at < ?"),
  };
  const enqueue = db.transaction((rows: Parameters<WebhookStore['enqueueWebhookDeliveries']>[0], giveUpAfterMs: number) => {
    const now = Date.now();
    for (const d of rows) {
      // An endpoint deleted, or a conversation erased, meanwhile: nothing to deliver.
      q.insertDelivery.run(timeOrderedId(now), d.endpointId, d.eventId, d.event, d.conversationId, d.body, now, now + giveUpAfterMs, now, d.endpointId, d.conversationId, d.conversationId);
    }
  });
  const claim = db.transaction((now: number, leaseMs: number, limit: number): WebhookJob[] =>
    q.claim.all(now + leaseMs, now, now, limit).flatMap((r) => {
      const endpoint = q.endpoint.get(r.endpoint_id);
      return endpoint ? [{ id: r.id, eventId: r.event_id, url: endpoint.url, secret: endpoint.secret, body: r.body, attempts: r.attempts, giveUpAt: r.give_up_at }] : [];
    }),
  );
  return {
    async createWebhook(endpoint) {
      const row: EndpointRow = { id: randomUUID(), url: endpoint.url, events: JSON.stringify(endpoint.events), secret: endpoint.secret, created_at: Date.now() };
      q.insertEndpoint.run(row.id, row.url, row.events, row.secret, row.created_at);
      return toEndpoint(row);
    },
    async listWebhooks() {
      return q.endpoints.all().map(toEndpoint);
    },
    async updateWebhook(id, change) {
      const row = q.updateEndpoint.get(change.url, JSON.stringify(change.events), id);
      return row ? toEndpoint(row) : null;
    },
    async deleteWebhook(id) {
      return q.deleteEndpoint.run(id).changes > 0;
    },
    async enqueueWebhookDeliveries(deliveries, giveUpAfterMs) {
      if (deliveries.length > 0) enqueue(deliveries, giveUpAfterMs);
    },
    async claimWebhookDeliveries(now, leaseMs, limit) {
      return q.anyDue.get(now, now) ? claim(now, leaseMs, limit) : [];
    },
    async recordWebhookAttempt(id, a) {
      const status = a.delivered ? 'delivered' : a.nextAttemptAt === null ? 'failed' : 'pending';
      q.record.run(status, a.status, a.error, a.responseExcerpt, Date.now(), a.nextAttemptAt, id);
    },
    async listWebhookDeliveries(endpointId, limit) {
      return q.log.all(endpointId, limit).map(toDelivery);
    },
    async redeliverWebhook(endpointId, deliveryId, giveUpAfterMs) {
      const now = Date.now();
      return q.redeliver.run(now, now + giveUpAfterMs, deliveryId, endpointId).changes > 0;
    },
    async purgeWebhookDeliveries(before) {
      return q.purge.run(before).changes;
    },
  };
}
