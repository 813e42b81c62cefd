import { addressHash, EMAIL_SHAPE, toInfo, toJob, type EmailRow } from './email-rows.ts';
import type { EmailStore, EmailSuppression } from './email-types.ts';
import { all, changes, one, transaction, type Pool } from './postgres-pool.ts';
import { timeOrderedId } from './time-ordered-id.ts';

/** The e-mail outbox on PostgreSQL: claimed with SKIP LOCKED, so nodes polling at once take different e-mails. */
export function postgresEmailStore(pool: Pool): EmailStore {
  return {
    async enqueueEmail(e, giveUpAfterMs) {
      const now = Date.now();
      // One agent-reply e-mail waits per conversation (a partial unique index): a second one is not queued.
      const row = await one<EmailRow>(
        pool,
        `INSERT INTO emails (id, conversation_id, kind, to_address, locale, text, status, next_attempt_at, give_up_at, unsubscribe_token, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7, $8, $9, $10) ON CONFLICT DO NOTHING RETURNING *`,
        [timeOrderedId(), e.conversationId, e.kind, e.to, e.locale, e.text, e.notBefore, Math.max(now, e.notBefore) + giveUpAfterMs, e.unsubscribeToken, now],
      );
      return row ? toInfo(row) : null;
    },
    async claimEmails(now, leaseMs, limit) {
      const rows = await all<EmailRow>(
        pool,
        `UPDATE emails e SET lease_until = $1, attempts = e.attempts + 1
         FROM (SELECT id FROM emails WHERE status = 'pending' AND next_attempt_at <= $2 AND lease_until <= $2
               ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED) due
         WHERE e.id = due.id RETURNING e.*`,
        [now + leaseMs, now, limit],
      );
      return rows.map(toJob);
    },
    async recordEmailAttempt(id, a) {
      await pool.query(
        `UPDATE emails SET status = $2, last_error = $3, next_attempt_at = coalesce($4, next_attempt_at), lease_until = 0,
           sent_at = CASE WHEN $2 = 'sent' THEN $5 ELSE sent_at END WHERE id = $1`,
        [id, a.status, a.error, a.nextAttemptAt, Date.now()],
      );
    },
    recordEmailBounce(id, reason, options) {
      return transaction(pool, async (db) => {
        const row = await one<{ to_address: string; conversation_id: string }>(
          db,
          "UPDATE emails SET status = 'failed', last_error = $2 WHERE id = $1 AND status = 'sent' RETURNING to_address, conversation_id",
          [id, reason],
        );
        if (row && options.suppress) {
          await db.query("INSERT INTO email_unsubscribes (address_hash, at, reason) VALUES ($1, $2, 'bounced') ON CONFLICT DO NOTHING", [addressHash(row.to_address), Date.now()]);
        }
        return row?.conversation_id ?? null;
      });
    },
    async listEmails(conversationId) {
      return (await all<EmailRow>(pool, 'SELECT * FROM emails WHERE conversation_id = $1 ORDER BY created_at, id', [conversationId])).map(toInfo);
    },
    async purgeEmails(before) {
      return changes(pool, "DELETE FROM emails WHERE status <> 'pending' AND created_at < $1", [before]);
    },
    async markVisitorRead(conversationId, seq) {
      await pool.query('UPDATE conversations SET visitor_read_seq = $2 WHERE id = $1 AND visitor_read_seq < $2', [conversationId, seq]);
    },
    async visitorReadSeq(conversationId) {
      return (await one<{ visitor_read_seq: number }>(pool, 'SELECT visitor_read_seq FROM conversations WHERE id = $1', [conversationId]))?.visitor_read_seq ?? 0;
    },
    async visitorEmail(conversationId) {
      const ticket = await one<{ contact: string }>(
        pool,
        `SELECT contact FROM tickets WHERE conversation_id IN
           (SELECT id FROM conversations WHERE visitor_id = (SELECT visitor_id FROM conversations WHERE id = $1))
         AND ${EMAIL_SHAPE} ORDER BY created_at DESC LIMIT 1`,
        [conversationId],
      );
      if (ticket) return ticket.contact.trim();
      return (await one<{ email: string | null }>(pool, 'SELECT v.email FROM visitors v JOIN conversations c ON c.visitor_id = v.id WHERE c.id = $1', [conversationId]))?.email ?? null;
    },
    async unsubscribeByToken(token) {
      const row = await one<{ to_address: string }>(pool, 'SELECT to_address FROM emails WHERE unsubscribe_token = $1', [token]);
      if (!row) return null;
      await pool.query('INSERT INTO email_unsubscribes (address_hash, at) VALUES ($1, $2) ON CONFLICT DO NOTHING', [addressHash(row.to_address), Date.now()]);
      return row.to_address;
    },
    async emailSuppression(address) {
      return (await one<{ reason: EmailSuppression }>(pool, 'SELECT reason FROM email_unsubscribes WHERE address_hash = $1', [addressHash(address)]))?.reason ?? null;
    },
    async addReopenLink(codeHash, visitorId, expiresAt) {
      await pool.query('INSERT INTO reopen_links (code_hash, visitor_id, expires_at) VALUES ($1, $2, $3)', [codeHash, visitorId, expiresAt]);
    },
    async useReopenLink(codeHash, sessionHash, now) {
      const row = await one<{ visitor_id: string }>(
        pool,
        'UPDATE reopen_links SET used_at = $3, session_hash = $2 WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $3 RETURNING visitor_id',
        [codeHash, sessionHash, now],
      );
      return row?.visitor_id ?? null;
    },
    async purgeReopenLinks(now) {
      return changes(pool, 'DELETE FROM reopen_links WHERE used_at IS NULL AND expires_at <= $1', [now]);
    },
  };
}
