import { randomUUID } from 'node:crypto';
import { all, changes, one, transaction, type Pool } from './postgres-pool.ts';
import { timeOrderedId } from './time-ordered-id.ts';
import { LOG_COLUMNS, toDelivery, toEndpoint, type DeliveryRow, type EndpointRow } from './webhook-rows.ts';
import type { WebhookJob, WebhookStore } from './webhook-types.ts';

/**
 * The claim: due deliveries whose lease ran out, locked with SKIP LOCKED so that nodes polling at once each take
 * other rows, and leased in the same statement.
 */
const CLAIM = `
UPDATE webhook_deliveries d SET lease_until = $1, attempts = d.attempts + 1
FROM (SELECT id FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= $2 AND lease_until <= $2
      ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED) due, webhook_endpoints e
WHERE d.id = due.id AND e.id = d.endpoint_id
RETURNING d.id, d.event_id, d.body, d.attempts, d.give_up_at, e.url, e.secret`;

/** Webhook endpoints and their outbox on PostgreSQL, shared by every node. */
export function postgresWebhookStore(pool: Pool): WebhookStore {
  return {
    async createWebhook(endpoint) {
      const row = await one<EndpointRow>(pool, 'INSERT INTO webhook_endpoints (id, url, events, secret, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING *', [
        randomUUID(),
        endpoint.url,
        JSON.stringify(endpoint.events),
        endpoint.secret,
        Date.now(),
      ]);
      return toEndpoint(row!);
    },
    async listWebhooks() {
      return (await all<EndpointRow>(pool, 'SELECT * FROM webhook_endpoints ORDER BY created_at, id')).map(toEndpoint);
    },
    async updateWebhook(id, change) {
      const row = await one<EndpointRow>(pool, 'UPDATE webhook_endpoints SET url = $1, events = $2 WHERE id = $3 RETURNING *', [change.url, JSON.stringify(change.events), id]);
      return row ? toEndpoint(row) : null;
    },
    async deleteWebhook(id) {
      return (await changes(pool, 'DELETE FROM webhook_endpoints WHERE id = $1', [id])) > 0;
    },
    async enqueueWebhookDeliveries(deliveries, giveUpAfterMs) {
      if (deliveries.length === 0) return;
      await transaction(pool, async (db) => {
        const now = Date.now();
        for (const d of deliveries) {
          // An endpoint deleted, or a conversation erased, meanwhile: nothing to deliver.
          await db.query(
            `INSERT INTO webhook_deliveries (id, endpoint_id, event_id, event, conversation_id, body, status, next_attempt_at, give_up_at, created_at)
             SELECT $1, $2::text, $3, $4, $5::text, $6, 'pending', $7::bigint, $8, $7 WHERE EXISTS (SELECT 1 FROM webhook_endpoints WHERE id = $2)
               AND ($5::text IS NULL OR EXISTS (SELECT 1 FROM conversations WHERE id = $5))`,
            [timeOrderedId(now), d.endpointId, d.eventId, d.event, d.conversationId, d.body, now, now + giveUpAfterMs],
          );
        }
      });
    },
    async claimWebhookDeliveries(now, leaseMs, limit) {
      const rows = await all<{ id: string; event_id: string; body: string; attempts: number; give_up_at: number; url: string; secret: string }>(pool, CLAIM, [
        now + leaseMs,
        now,
        limit,
      ]);
      return rows.map((r): WebhookJob => ({ id: r.id, eventId: r.event_id, url: r.url, secret: r.secret, body: r.body, attempts: r.attempts, giveUpAt: r.give_up_at }));
    },
    async recordWebhookAttempt(id, a) {
      const status = a.delivered ? 'delivered' : a.nextAttemptAt === null ? 'failed' : 'pending';
      await pool.query(
        `UPDATE webhook_deliveries SET status = $2, last_status = $3, last_error = $4, response_excerpt = $5, last_attempt_at = $6,
           next_attempt_at = coalesce($7, next_attempt_at), lease_until = 0 WHERE id = $1`,
        [id, status, a.status, a.error, a.responseExcerpt, Date.now(), a.nextAttemptAt],
      );
    },
    async listWebhookDeliveries(endpointId, limit) {
      const rows = await all<DeliveryRow>(pool, `SELECT ${LOG_COLUMNS} FROM webhook_deliveries WHERE endpoint_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`, [
        endpointId,
        limit,
      ]);
      return rows.map(toDelivery);
    },
    async redeliverWebhook(endpointId, deliveryId, giveUpAfterMs) {
      const now = Date.now();
      const redelivered = await changes(
        pool,
        "UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = $1, give_up_at = $2, lease_until = 0 WHERE id = $3 AND endpoint_id = $4",
        [now, now + giveUpAfterMs, deliveryId, endpointId],
      );
      return redelivered > 0;
    },
    async purgeWebhookDeliveries(before) {
      return changes(pool, "DELETE FROM webhook_deliveries WHERE status <> 'pending' AND created_at < $1", [before]);
    },
  };
}
