import { z } from 'zod';
import { safe } from './data-class.ts';
import { Id } from './common.ts';
import { Hours } from './sites.ts';

/**
 * Labels and teams (`/api/v1/labels`, `/api/v1/teams`; admins edit them under `/api/v1/admin/…`). A label tags
 * conversations; a team owns a queue: a waiting conversation of a team goes to its members (a conversation with
 * no team, or a team with no members, to everyone). Both carry `topics`: FAQ tags or entry ids; when the bot's
 * last answer was an entry with one of them, the label and the team are suggested (the team is also where the
 * conversation queues when the visitor asks for a person).
 */
const Name = z.string().trim().min(1, 'a name').max(40, 'at most 40 characters');
/** An FAQ tag ("refund") or entry id ("report-fraud"). */
export const Topic = z.string().trim().toLowerCase().min(1).max(60);
const Topics = z.array(Topic).max(50).default([]);

export const Label = safe(z.object({ id: z.string(), name: z.string(), topics: z.array(z.string()) }));
export type Label = z.infer<typeof Label>;
export const LabelRequest = z.strictObject({ name: Name, topics: Topics });
export type LabelRequest = z.infer<typeof LabelRequest>;
export const LabelList = z.object({ labels: z.array(Label) });
export const LabelResponse = z.object({ label: Label });

export const Team = safe(z.object({
  id: z.string(),
  name: z.string(),
  memberIds: z.array(z.string()),
  topics: z.array(z.string()),
  /** The team's own business hours (#17); null: the site's. */
  hours: Hours.nullable(),
}));
export type Team = z.infer<typeof Team>;
export const TeamRequest = z.strictObject({
  name: Name,
  memberIds: z.array(Id).max(500).default([]),
  topics: Topics,
  hours: Hours.nullable().default(null),
});
export type TeamRequest = z.infer<typeof TeamRequest>;
export const TeamList = z.object({ teams: z.array(Team) });
export const TeamResponse = z.object({ team: Team });

/** PUT /api/v1/conversations/:id/team: the team whose queue it is in (null: everyone's). */
export const ConversationTeamRequest = z.strictObject({ teamId: Id.nullable() });
export const ConversationLabelParams = z.strictObject({ id: Id, labelId: Id });

/** GET /api/v1/conversations/:id/topic: what the bot's last answer suggests. */
export const TopicSuggestion = safe(z.object({
  /** The FAQ entry of the bot's last answer, or null when it gave none. */
  faqId: z.string().nullable(),
  labelIds: z.array(z.string()),
  teamId: z.string().nullable(),
}));
export type TopicSuggestion = z.infer<typeof TopicSuggestion>;
