import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { toConversation, type ConversationRow } from './rows.ts';
import { filterWhere, toLabel, toTeam, type LabelRow, type TeamRow } from './team-rows.ts';
import { NameTakenError, type ChangedByRef, type TeamInput, type TeamStore } from './team-types.ts';
import { sqliteLogWriter } from './sqlite-conversation-log.ts';

const TEAMS = `SELECT t.id, t.name, t.topics, t.hours,
  (SELECT group_concat(agent_id, ',') FROM (SELECT agent_id FROM team_members m WHERE m.team_id = t.id ORDER BY position)) AS members
  FROM teams t`;

/** Labels and teams on the shared SQLite connection. */
export function sqliteTeamStore(db: Database.Database): TeamStore {
  const q = {
    labels: db.prepare<[], LabelRow>('SELECT id, name, topics FROM labels ORDER BY name COLLATE NOCASE'),
    label: db.prepare<[string], LabelRow>('SELECT id, name, topics FROM labels WHERE id = ?'),
    insertLabel: db.prepare('INSERT INTO labels (id, name, topics, created_at) VALUES (?, ?, ?, ?)'),
    updateLabel: db.prepare('UPDATE labels SET name = ?, topics = ? WHERE id = ?'),
    deleteLabel: db.prepare('DELETE FROM labels WHERE id = ?'),
    teams: db.prepare<[], TeamRow>(`${TEAMS} ORDER BY t.name COLLATE NOCASE`),
    team: db.prepare<[string], TeamRow>(`${TEAMS} WHERE t.id = ?`),
    insertTeam: db.prepare('INSERT INTO teams (id, name, topics, hours, created_at) VALUES (?, ?, ?, ?, ?)'),
    updateTeam: db.prepare('UPDATE teams SET name = ?, topics = ?, hours = ? WHERE id = ?'),
    deleteTeam: db.prepare('DELETE FROM teams WHERE id = ?'),
    clearMembers: db.prepare('DELETE FROM team_members WHERE team_id = ?'),
    addMember: db.prepare('INSERT OR IGNORE INTO team_members (team_id, agent_id, position) VALUES (?, ?, ?)'),
    teamOf: db.prepare<[string], { team_id: string | null }>('SELECT team_id FROM conversations WHERE id = ?'),
    setTeam: db.prepare<[string | null, string], ConversationRow>('UPDATE conversations SET team_id = ? WHERE id = ? RETURNING *'),
    addLabel: db.prepare('INSERT OR IGNORE INTO conversation_labels (conversation_id, label_id, added_at) VALUES (?, ?, ?)'),
    removeLabel: db.prepare('DELETE FROM conversation_labels WHERE conversation_id = ? AND label_id = ?'),
    labelsOf: db.prepare<[string], { label_id: string }>('SELECT label_id FROM conversation_labels WHERE conversation_id = ? ORDER BY added_at, rowid'),
  };
  const log = sqliteLogWriter(db);
  // Each change and its event-log row commit together; what changed nothing logs nothing.
  const setTeam = db.transaction((conversationId: string, teamId: string | null, by: ChangedByRef): ConversationRow | undefined => {
    const before = q.teamOf.get(conversationId);
    if (!before) return undefined;
    const row = q.setTeam.get(teamId, conversationId)!;
    if (before.team_id !== teamId) log({ conversationId, type: 'team_changed', at: Date.now(), ...by, fromTeamId: before.team_id, toTeamId: teamId });
    return row;
  });
  const setLabel = db.transaction((conversationId: string, labelId: string, on: boolean, by: ChangedByRef): boolean => {
    const changed = (on ? q.addLabel.run(conversationId, labelId, Date.now()) : q.removeLabel.run(conversationId, labelId)).changes > 0;
    if (changed) log({ conversationId, type: on ? 'label_added' : 'label_removed', at: Date.now(), ...by, labelId });
    return changed;
  });
  const unique = <T>(name: string, write: () => T): T => {
    try {
      return write();
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new NameTakenError(`the name "${name}" is taken`);
      throw err;
    }
  };
  const writeTeam = db.transaction((id: string, input: TeamInput, create: boolean): boolean => {
    const fields = [input.name, JSON.stringify(input.topics), input.hours === null ? null : JSON.stringify(input.hours)] as const;
    if (create) q.insertTeam.run(id, ...fields, Date.now());
    else if (q.updateTeam.run(...fields, id).changes === 0) return false;
    q.clearMembers.run(id);
    input.memberIds.forEach((agentId, i) => q.addMember.run(id, agentId, i));
    return true;
  });

  return {
    async listLabels() {
      return q.labels.all().map(toLabel);
    },
    async createLabel(input) {
      const id = randomUUID();
      unique(input.name, () => q.insertLabel.run(id, input.name, JSON.stringify(input.topics), Date.now()));
      return toLabel(q.label.get(id)!);
    },
    async updateLabel(id, input) {
      const changed = unique(input.name, () => q.updateLabel.run(input.name, JSON.stringify(input.topics), id).changes);
      return changed ? toLabel(q.label.get(id)!) : null;
    },
    async deleteLabel(id) {
      return q.deleteLabel.run(id).changes > 0;
    },
    async listTeams() {
      return q.teams.all().map(toTeam);
    },
    async createTeam(input) {
      const id = randomUUID();
      unique(input.name, () => writeTeam(id, input, true));
      return toTeam(q.team.get(id)!);
    },
    async updateTeam(id, input) {
      return unique(input.name, () => writeTeam(id, input, false)) ? toTeam(q.team.get(id)!) : null;
    },
    async deleteTeam(id) {
      return q.deleteTeam.run(id).changes > 0;
    },
    async setConversationTeam(conversationId, teamId, by) {
      const row = setTeam(conversationId, teamId, by);
      return row ? toConversation(row) : null;
    },
    async setConversationLabel(conversationId, labelId, on, by) {
      return setLabel(conversationId, labelId, on, by);
    },
    async conversationLabelIds(conversationId) {
      return q.labelsOf.all(conversationId).map((r) => r.label_id);
    },
    async findConversations(filter, limit) {
      const values: unknown[] = [];
      const where = filterWhere(filter, (v) => (values.push(v), '?'));
      return db.prepare<unknown[], ConversationRow>(`SELECT c.* FROM conversations c ${where} ORDER BY c.updated_at DESC LIMIT ?`).all(...values, limit).map(toConversation);
    },
  };
}
