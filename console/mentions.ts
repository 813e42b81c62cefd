import type { AgentInfo, ConversationSummary, Team } from '../protocol/index.ts';

/**
 * Who a note in this conversation may mention, as the server decides (server/services/mentions.ts): active
 * teammates (not the writer), and in a team's conversation only its members, admins and viewers (who read every chat).
 */
export function mentionable(c: ConversationSummary, agents: readonly AgentInfo[], me: AgentInfo, teams: readonly Team[]): AgentInfo[] {
  const team = c.teamId === null ? undefined : teams.find((x) => x.id === c.teamId);
  const members = team && team.memberIds.length > 0 ? team.memberIds : null;
  return agents.filter((a) => !a.disabled && a.id !== me.id && (!members || a.role !== 'agent' || members.includes(a.id)));
}

/** The "@wor" being typed just before the caret (after a space or the start), or null. */
export function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const at = text.lastIndexOf('@', caret - 1);
  if (at < 0 || (at > 0 && !/\s/.test(text[at - 1]!))) return null;
  const query = text.slice(at + 1, caret);
  return query.length > 40 || /\n/.test(query) ? null : { start: at, query };
}

/** Teammates whose name (any word of it) starts with the query, at most 8. */
export const matching = (people: readonly AgentInfo[], query: string): AgentInfo[] => {
  const q = query.toLocaleLowerCase();
  return people.filter((p) => p.name.toLocaleLowerCase().split(/\s+/).some((w) => w.startsWith(q)) || p.name.toLocaleLowerCase().startsWith(q)).slice(0, 8);
};

/** The ids whose "@Name" is in the text, as its runs read (a token deleted by the writer tells nobody). */
export const mentionedIn = (text: string, people: readonly { id: string; name: string }[]): string[] =>
  [...new Set(mentionSegments(text, people).flatMap((s) => (s.mention ? [s.mention] : [])))];

/** A name ends where the next character is not a letter or digit ("@Mei" is not in "@Meiling"). */
const endsAt = (text: string, i: number) => i >= text.length || !/[\p{L}\p{N}]/u.test(text[i]!);

export type Segment = { text: string; mention?: string };

/** The note's text cut into plain runs and "@Name" runs of the people it mentions (each a text node: nothing is parsed as HTML). */
export function mentionSegments(text: string, people: readonly { id: string; name: string }[]): Segment[] {
  const tokens = people.map((p) => ({ id: p.id, token: `@${p.name}` })).sort((a, b) => b.token.length - a.token.length);
  const out: Segment[] = [];
  let plain = '';
  for (let i = 0; i < text.length; ) {
    const hit = text[i] === '@' ? tokens.find((t) => text.startsWith(t.token, i) && endsAt(text, i + t.token.length)) : undefined;
    if (!hit) {
      plain += text[i++];
      continue;
    }
    if (plain) out.push({ text: plain });
    plain = '';
    out.push({ text: hit.token, mention: hit.id });
    i += hit.token.length;
  }
  if (plain) out.push({ text: plain });
  return out;
}
