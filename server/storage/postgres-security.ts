import { rewrittenSecrets, type SecurityStore } from './security-types.ts';
import { all, changes, one, transaction, type Pool, type Queryable } from './postgres-pool.ts';

async function replaceCodes(db: Queryable, agentId: string, hashes: readonly string[]): Promise<void> {
  await db.query('DELETE FROM agent_recovery_codes WHERE agent_id = $1', [agentId]);
  if (hashes.length > 0) await db.query('INSERT INTO agent_recovery_codes (agent_id, code_hash) SELECT $1, unnest($2::text[])', [agentId, hashes]);
}

/** Two-factor secrets, recovery codes and security settings on PostgreSQL. */
export function postgresSecurityStore(pool: Pool): SecurityStore {
  return {
    async getTwoFactor(agentId) {
      const row = await one<{ totp_secret: string | null; totp_pending: string | null }>(pool, 'SELECT totp_secret, totp_pending FROM agents WHERE id = $1', [agentId]);
      return row ? { secret: row.totp_secret, pending: row.totp_pending } : null;
    },
    async setPendingTwoFactor(agentId, secret) {
      await pool.query('UPDATE agents SET totp_pending = $1 WHERE id = $2', [secret, agentId]);
    },
    enableTwoFactor: (agentId, secret, hashes, step) =>
      transaction(pool, async (client) => {
        const enabled = await changes(
          client,
          'UPDATE agents SET totp_secret = totp_pending, totp_pending = NULL, totp_last_step = $1 WHERE id = $2 AND totp_pending = $3',
          [step, agentId, secret],
        );
        if (enabled === 0) return false;
        await replaceCodes(client, agentId, hashes);
        return true;
      }),
    disableTwoFactor: (agentId) =>
      transaction(pool, async (client) => {
        await client.query('DELETE FROM agent_recovery_codes WHERE agent_id = $1', [agentId]);
        return (await changes(client, 'UPDATE agents SET totp_secret = NULL, totp_pending = NULL, totp_last_step = 0 WHERE id = $1 AND totp_secret IS NOT NULL', [agentId])) > 0;
      }),
    async useTotpStep(agentId, step) {
      return (await changes(pool, 'UPDATE agents SET totp_last_step = $1 WHERE id = $2 AND totp_secret IS NOT NULL AND totp_last_step < $1', [step, agentId])) > 0;
    },
    async useRecoveryCode(agentId, hash) {
      return (await changes(pool, 'UPDATE agent_recovery_codes SET used_at = $1 WHERE agent_id = $2 AND code_hash = $3 AND used_at IS NULL', [Date.now(), agentId, hash])) > 0;
    },
    replaceRecoveryCodes: (agentId, hashes) => transaction(pool, (client) => replaceCodes(client, agentId, hashes)),
    async countRecoveryCodes(agentId) {
      return (await one<{ n: number }>(pool, 'SELECT count(*)::int AS n FROM agent_recovery_codes WHERE agent_id = $1 AND used_at IS NULL', [agentId]))!.n;
    },
    async rewriteTwoFactorSecrets(rewrite) {
      let changed = 0;
      const rows = await all<{ id: string; totp_secret: string | null; totp_pending: string | null }>(
        pool,
        'SELECT id, totp_secret, totp_pending FROM agents WHERE totp_secret IS NOT NULL OR totp_pending IS NOT NULL',
      );
      for (const row of rows) {
        const next = rewrittenSecrets({ secret: row.totp_secret, pending: row.totp_pending }, rewrite);
        if (!next) continue;
        changed += await changes(
          pool,
          'UPDATE agents SET totp_secret = $1, totp_pending = $2 WHERE id = $3 AND totp_secret IS NOT DISTINCT FROM $4 AND totp_pending IS NOT DISTINCT FROM $5',
          [next.secret, next.pending, row.id, row.totp_secret, row.totp_pending],
        );
      }
      return changed;
    },
    async getSetting(key) {
      return (await one<{ value: string }>(pool, 'SELECT value FROM settings WHERE key = $1', [key]))?.value ?? null;
    },
    async putSetting(key, value) {
      await pool.query('INSERT INTO settings (key, value, updated_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at', [
        key,
        value,
        Date.now(),
      ]);
    },
  };
}
