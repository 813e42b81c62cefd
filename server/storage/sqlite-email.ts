import type Database from 'better-sqlite3';
import type { EmailStore, EmailSuppression } from './email-types.ts';
import { addressHash, EMAIL_SHAPE, toInfo, toJob, type EmailRow } from './email-rows.ts';
import { timeOrderedId } from './time-ordered-id.ts';

/** The e-mail outbox on the shared SQLite connection. */
export function sqliteEmailStore(db: Database.Database): EmailStore {
  const q = {
    insert: db.prepare(
      `INSERT OR IGNORE INTO emails (id, conversation_id, kind, to_address, locale, text, status, next_attempt_at, give_up_at, unsubscribe_token, created_at)
       VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?)`,
    ),
    byId: db.prepare<[string], EmailRow>('SELECT * FROM emails WHERE id = ?'),
    anyDue: db.prepare<[number, number], { one: number }>("SELECT 1 AS one FROM emails WHERE status = 'pending' AND next_attempt_at <= ? AND lease_until <= ? LIMIT 1"),
    claim: db.prepare<[number, number, number, number], EmailRow>(
      `UPDATE emails SET lease_until = ?, attempts = attempts + 1
       WHERE id IN (SELECT id FROM emails WHERE status = 'pending' AND next_attempt_at <= ? AND lease_until <= ? ORDER BY next_attempt_at LIMIT ?)
       RETURNING *`,
    ),
    record: db.prepare(
      `UPDATE emails SET status = ?, last_error = ?, next_attempt_at = coalesce(?, next_attempt_at), lease_until = 0,
         sent_at = CASE WHEN ? = 'sent' THEN ? ELSE sent_at END WHERE id = ?`,
    ),
    bounce: db.prepare<[string, string], { to_address: string; conversation_id: string }>(
      "UPDATE emails SET status = 'failed', last_error = ? WHERE id = ? AND status = 'sent' RETURNING to_address, conversation_id",
    ),
    suppress: db.prepare("INSERT OR IGNORE INTO email_unsubscribes (address_hash, at, reason) VALUES (?, ?, 'bounced')"),
    list: db.prepare<[string], EmailRow>('SELECT * FROM emails WHERE conversation_id = ? ORDER BY created_at, id'),
    purge: db.prepare("DELETE FROM emails WHERE status != 'pending' AND created_at < ?"),
    markRead: db.prepare('UPDATE conversations SET visitor_read_seq = ? WHERE id = ? AND visitor_read_seq < ?'),
    readSeq: db.prepare<[string], { visitor_read_seq: number }>('SELECT visitor_read_seq FROM conversations WHERE id = ?'),
    ticketEmail: db.prepare<[string], { contact: string }>(
      `SELECT contact FROM tickets WHERE conversation_id IN
         (SELECT id FROM conversations WHERE visitor_id = (SELECT visitor_id FROM conversations WHERE id = ?))
       AND ${EMAIL_SHAPE} ORDER BY created_at DESC LIMIT 1`,
    ),
    identityEmail: db.prepare<[string], { email: string | null }>(
      'SELECT v.email FROM visitors v JOIN conversations c ON c.visitor_id = v.id WHERE c.id = ?',
    ),
    byUnsubscribe: db.prepare<[string], { to_address: string }>('SELECT to_address FROM emails WHERE unsubscribe_token = ?'),
    unsubscribe: db.prepare('INSERT OR IGNORE INTO email_unsubscribes (address_hash, at) VALUES (?, ?)'),
    suppression: db.prepare<[string], { reason: EmailSuppression }>('SELECT reason FROM email_unsubscribes WHERE address_hash = ?'),
    addLink: db.prepare('INSERT INTO reopen_links (code_hash, visitor_id, expires_at) VALUES (?, ?, ?)'),
    useLink: db.prepare<[number, string, string, number], { visitor_id: string }>(
      'UPDATE reopen_links SET used_at = ?, session_hash = ? WHERE code_hash = ? AND used_at IS NULL AND expires_at > ? RETURNING visitor_id',
    ),
    purgeLinks: db.prepare('DELETE FROM reopen_links WHERE used_at IS NULL AND expires_at <= ?'),
  };
  const bounce = db.transaction((id: string, reason: string, suppress: boolean) => {
    const row = q.bounce.get(reason, id);
    if (row && suppress) q.suppress.run(addressHash(row.to_address), Date.now());
    return row?.conversation_id ?? null;
  });
  const claim = db.transaction((now: number, leaseMs: number, limit: number) => q.claim.all(now + leaseMs, now, now, limit).map(toJob));
  return {
    async enqueueEmail(e, giveUpAfterMs) {
      const id = timeOrderedId();
      const now = Date.now();
      const inserted = q.insert.run(id, e.conversationId, e.kind, e.to, e.locale, e.text, e.notBefore, Math.max(now, e.notBefore) + giveUpAfterMs, e.unsubscribeToken, now).changes > 0;
      return inserted ? toInfo(q.byId.get(id)!) : null;
    },
    async claimEmails(now, leaseMs, limit) {
      return q.anyDue.get(now, now) ? claim(now, leaseMs, limit) : [];
    },
    async recordEmailAttempt(id, a) {
      const now = Date.now();
      q.record.run(a.status, a.error, a.nextAttemptAt, a.status, now, id);
    },
    async recordEmailBounce(id, reason, options) {
      return bounce(id, reason, options.suppress);
    },
    async listEmails(conversationId) {
      return q.list.all(conversationId).map(toInfo);
    },
    async purgeEmails(before) {
      return q.purge.run(before).changes;
    },
    async markVisitorRead(conversationId, seq) {
      q.markRead.run(seq, conversationId, seq);
    },
    async visitorReadSeq(conversationId) {
      return q.readSeq.get(conversationId)?.visitor_read_seq ?? 0;
    },
    async visitorEmail(conversationId) {
      return q.ticketEmail.get(conversationId)?.contact.trim() ?? q.identityEmail.get(conversationId)?.email ?? null;
    },
    async unsubscribeByToken(token) {
      const row = q.byUnsubscribe.get(token);
      if (!row) return null;
      q.unsubscribe.run(addressHash(row.to_address), Date.now());
      return row.to_address;
    },
    async emailSuppression(address) {
      return q.suppression.get(addressHash(address))?.reason ?? null;
    },
    async addReopenLink(codeHash, visitorId, expiresAt) {
      q.addLink.run(codeHash, visitorId, expiresAt);
    },
    async useReopenLink(codeHash, sessionHash, now) {
      return q.useLink.get(now, sessionHash, codeHash, now)?.visitor_id ?? null;
    },
    async purgeReopenLinks(now) {
      return q.purgeLinks.run(now).changes;
    },
  };
}
