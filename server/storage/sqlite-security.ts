import type Database from 'better-sqlite3';
import { rewrittenSecrets, type SecurityStore } from './security-types.ts';

/** Two-factor secrets, recovery codes and security settings on the shared SQLite connection. */
export function sqliteSecurityStore(db: Database.Database): SecurityStore {
  const q = {
    get: db.prepare<[string], { totp_secret: string | null; totp_pending: string | null }>('SELECT totp_secret, totp_pending FROM agents WHERE id = ?'),
    pending: db.prepare('UPDATE agents SET totp_pending = ? WHERE id = ?'),
    enable: db.prepare('UPDATE agents SET totp_secret = totp_pending, totp_pending = NULL, totp_last_step = ? WHERE id = ? AND totp_pending = ?'),
    disable: db.prepare('UPDATE agents SET totp_secret = NULL, totp_pending = NULL, totp_last_step = 0 WHERE id = ? AND totp_secret IS NOT NULL'),
    step: db.prepare('UPDATE agents SET totp_last_step = ? WHERE id = ? AND totp_secret IS NOT NULL AND totp_last_step < ?'),
    dropCodes: db.prepare('DELETE FROM agent_recovery_codes WHERE agent_id = ?'),
    addCode: db.prepare('INSERT INTO agent_recovery_codes (agent_id, code_hash) VALUES (?, ?)'),
    useCode: db.prepare('UPDATE agent_recovery_codes SET used_at = ? WHERE agent_id = ? AND code_hash = ? AND used_at IS NULL'),
    countCodes: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM agent_recovery_codes WHERE agent_id = ? AND used_at IS NULL'),
    withSecrets: db.prepare<[], { id: string; totp_secret: string | null; totp_pending: string | null }>(
      'SELECT id, totp_secret, totp_pending FROM agents WHERE totp_secret IS NOT NULL OR totp_pending IS NOT NULL',
    ),
    rewrite: db.prepare('UPDATE agents SET totp_secret = ?, totp_pending = ? WHERE id = ? AND totp_secret IS ? AND totp_pending IS ?'),
    setting: db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?'),
    putSetting: db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at'),
  };
  const replaceCodes = (agentId: string, hashes: readonly string[]) => {
    q.dropCodes.run(agentId);
    for (const hash of hashes) q.addCode.run(agentId, hash);
  };
  const enable = db.transaction((agentId: string, secret: string, hashes: readonly string[], step: number) => {
    if (q.enable.run(step, agentId, secret).changes === 0) return false;
    replaceCodes(agentId, hashes);
    return true;
  });
  const disable = db.transaction((agentId: string) => {
    q.dropCodes.run(agentId);
    return q.disable.run(agentId).changes > 0;
  });

  return {
    async getTwoFactor(agentId) {
      const row = q.get.get(agentId);
      return row ? { secret: row.totp_secret, pending: row.totp_pending } : null;
    },
    async setPendingTwoFactor(agentId, secret) {
      q.pending.run(secret, agentId);
    },
    async enableTwoFactor(agentId, secret, hashes, step) {
      return enable(agentId, secret, hashes, step);
    },
    async disableTwoFactor(agentId) {
      return disable(agentId);
    },
    async useTotpStep(agentId, step) {
      return q.step.run(step, agentId, step).changes > 0;
    },
    async useRecoveryCode(agentId, hash) {
      return q.useCode.run(Date.now(), agentId, hash).changes > 0;
    },
    async replaceRecoveryCodes(agentId, hashes) {
      db.transaction(replaceCodes)(agentId, hashes);
    },
    async countRecoveryCodes(agentId) {
      return q.countCodes.get(agentId)!.n;
    },
    async rewriteTwoFactorSecrets(rewrite) {
      let changed = 0;
      for (const row of q.withSecrets.all()) {
        const next = rewrittenSecrets({ secret: row.totp_secret, pending: row.totp_pending }, rewrite);
        if (!next) continue;
        changed += q.rewrite.run(next.secret, next.pending, row.id, row.totp_secret, row.totp_pending).changes;
      }
      return changed;
    },
    async getSetting(key) {
      return q.setting.get(key)?.value ?? null;
    },
    async putSetting(key, value) {
      q.putSetting.run(key, value, Date.now());
    },
  };
}
