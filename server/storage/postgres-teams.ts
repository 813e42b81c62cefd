import { randomUUID } from 'node:crypto';
import { all, changes, isUniqueViolation, one, transaction, type Pool } from './postgres-pool.ts';
import { toConversation, type ConversationRow } from './rows.ts';
import { filterWhere, toLabel, toTeam, type LabelRow, type TeamRow } from './team-rows.ts';
import { NameTakenError, type TeamInput, type TeamStore } from './team-types.ts';
import { writeLogEvent } from './postgres-conversation-log.ts';

const TEAMS = `SELECT t.id, t.name, t.topics, t.hours,
  (SELECT string_agg(agent_id, ',' ORDER BY position) FROM team_members m WHERE m.team_id = t.id) AS members
  FROM teams t`;

/** Labels and teams on PostgreSQL. */
export function postgresTeamStore(pool: Pool): TeamStore {
  const unique = async <T>(name: string, write: () => Promise<T>): Promise<T> => {
    try {
      return await write();
    } catch (err) {
      if (isUniqueViolation(err)) throw new NameTakenError(`the name "${name}" is taken`);
      throw err;
    }
  };
  const label = async (id: string) => {
    const row = await one<LabelRow>(pool, 'SELECT id, name, topics FROM labels WHERE id = $1', [id]);
    return row ? toLabel(row) : null;
  };
  const team = async (id: string) => {
    const row = await one<TeamRow>(pool, `${TEAMS} WHERE t.id = $1`, [id]);
    return row ? toTeam(row) : null;
  };
  const writeTeam = (id: string, input: TeamInput, create: boolean) =>
    unique(input.name, () =>
      transaction(pool, async (db) => {
        const fields = [input.name, JSON.stringify(input.topics), input.hours === null ? null : JSON.stringify(input.hours)];
        if (create) await db.query('INSERT INTO teams (id, name, topics, hours, created_at) VALUES ($1, $2, $3, $4, $5)', [id, ...fields, Date.now()]);
        else if ((await changes(db, 'UPDATE teams SET name = $2, topics = $3, hours = $4 WHERE id = $1', [id, ...fields])) === 0) return false;
        await db.query('DELETE FROM team_members WHERE team_id = $1', [id]);
        await db.query(
          `INSERT INTO team_members (team_id, agent_id, position) SELECT $1, agent_id, min(position) - 1
           FROM unnest($2::text[]) WITH ORDINALITY AS m(agent_id, position) GROUP BY agent_id`,
          [id, input.memberIds],
        );
        return true;
      }),
    );

  return {
    async listLabels() {
      return (await all<LabelRow>(pool, 'SELECT id, name, topics FROM labels ORDER BY lower(name)')).map(toLabel);
    },
    async createLabel(input) {
      const id = randomUUID();
      await unique(input.name, () => pool.query('INSERT INTO labels (id, name, topics, created_at) VALUES ($1, $2, $3, $4)', [id, input.name, JSON.stringify(input.topics), Date.now()]));
      return (await label(id))!;
    },
    async updateLabel(id, input) {
      const changed = await unique(input.name, () => changes(pool, 'UPDATE labels SET name = $2, topics = $3 WHERE id = $1', [id, input.name, JSON.stringify(input.topics)]));
      return changed ? label(id) : null;
    },
    async deleteLabel(id) {
      return (await changes(pool, 'DELETE FROM labels WHERE id = $1', [id])) > 0;
    },
    async listTeams() {
      return (await all<TeamRow>(pool, `${TEAMS} ORDER BY lower(t.name)`)).map(toTeam);
    },
    async createTeam(input) {
      const id = randomUUID();
      await writeTeam(id, input, true);
      return (await team(id))!;
    },
    async updateTeam(id, input) {
      return (await writeTeam(id, input, false)) ? team(id) : null;
    },
    async deleteTeam(id) {
      return (await changes(pool, 'DELETE FROM teams WHERE id = $1', [id])) > 0;
    },
    async setConversationTeam(conversationId, teamId, by) {
      // The row lock orders two moves of one conversation, so each logs the team it really moved from.
      const row = await transaction(pool, async (db) => {
        const before = await one<{ team_id: string | null }>(db, 'SELECT team_id FROM conversations WHERE id = $1 FOR UPDATE', [conversationId]);
        if (!before) return null;
        const updated = await one<ConversationRow>(db, 'UPDATE conversations SET team_id = $2 WHERE id = $1 RETURNING *', [conversationId, teamId]);
        if (before.team_id !== teamId) await writeLogEvent(db, { conversationId, type: 'team_changed', at: Date.now(), ...by, fromTeamId: before.team_id, toTeamId: teamId });
        return updated;
      });
      return row ? toConversation(row) : null;
    },
    async setConversationLabel(conversationId, labelId, on, by) {
      const sql = on
        ? 'INSERT INTO conversation_labels (conversation_id, label_id, added_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING'
        : 'DELETE FROM conversation_labels WHERE conversation_id = $1 AND label_id = $2';
      return transaction(pool, async (db) => {
        const changed = (await changes(db, sql, on ? [conversationId, labelId, Date.now()] : [conversationId, labelId])) > 0;
        if (changed) await writeLogEvent(db, { conversationId, type: on ? 'label_added' : 'label_removed', at: Date.now(), ...by, labelId });
        return changed;
      });
    },
    async conversationLabelIds(conversationId) {
      const rows = await all<{ label_id: string }>(pool, 'SELECT label_id FROM conversation_labels WHERE conversation_id = $1 ORDER BY added_at, ctid', [conversationId]);
      return rows.map((r) => r.label_id);
    },
    async findConversations(filter, limit) {
      const values: unknown[] = [];
      const where = filterWhere(filter, (v) => `$${values.push(v)}`);
      const rows = await all<ConversationRow>(pool, `SELECT c.* FROM conversations c ${where} ORDER BY c.updated_at DESC LIMIT $${values.length + 1}`, [...values, limit]);
      return rows.map(toConversation);
    },
  };
}
