import { useEffect, useState } from 'preact/hooks';
import type { AgentInfo, ConversationSummary, Label, Team } from '../protocol/index.ts';
import { readOnly } from './role.ts';
import { api } from './api.ts';

export interface TeamsData {
  labels: Label[];
  teams: Team[];
}

const EMPTY: TeamsData = { labels: [], teams: [] };
let cached: Promise<TeamsData> | null = null;
const listeners = new Set<(d: TeamsData) => void>();

async function fetchLists(): Promise<TeamsData> {
  const [labels, teams] = await Promise.all([api<{ labels: Label[] }>('GET', '/api/v1/labels'), api<{ teams: Team[] }>('GET', '/api/v1/teams')]);
  return { labels: labels.ok ? labels.data.labels : [], teams: teams.ok ? teams.data.teams : [] };
}

/** Read the lists again (after an admin edited them) and hand them to every page that shows them. */
export async function reloadTeams(): Promise<TeamsData> {
  cached = fetchLists();
  const data = await cached;
  for (const l of listeners) l(data);
  return data;
}

/** The labels and teams (read once per console load, again after an edit); `loaded`: false until they first arrive (empty till then). */
export function useTeams(): TeamsData & { loaded: boolean } {
  const [data, setData] = useState<TeamsData>(EMPTY);
  useEffect(() => {
    listeners.add(setData);
    void (cached ??= fetchLists()).then(setData);
    return () => void listeners.delete(setData);
  }, []);
  return { ...data, loaded: data !== EMPTY };
}

/** Whether this agent may take the conversation from the queue (a viewer: never): its team's members (no team, or a team of nobody: everyone). */
export function mayTake(c: ConversationSummary, me: AgentInfo, teams: readonly Team[]): boolean {
  if (readOnly(me)) return false; // a viewer takes none: no badge, no beep, no "waiting" notification
  if (me.role === 'admin' || c.teamId === null) return true;
  const team = teams.find((x) => x.id === c.teamId);
  return !team || team.memberIds.length === 0 || team.memberIds.includes(me.id);
}
