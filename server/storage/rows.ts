import { visitorCode } from './visitor-code.ts';
import type { MessageFile } from './attachment-types.ts';
import type { AgentRole, ChatMessage, ContactKind, ConversationStatus, FaqEdit, Note, Ticket, TicketStatus, UnansweredQuestion } from '../../protocol/index.ts';
import type { Agent, ConversationDigest, QueueEntry } from './agent-types.ts';
import type { AuditAction, AuditRecord, NewAuditRecord } from './audit-types.ts';
import type { Conversation, SiteChoice, Visitor } from './types.ts';

/**
 * The rows both storage adapters read (SQLite and PostgreSQL share the column names and types: text,
 * integers for times in ms and 0/1 flags, JSON as text) and their mapping to the storage port's types.
 */
export interface ConversationRow {
  id: string;
  visitor_id: string;
  status: ConversationStatus;
  locale: string;
  last_seq: number;
  created_at: number;
  updated_at: number;
  agent_id: string | null;
  waiting_since: number | null;
  page_url: string | null;
  page_title: string | null;
  user_agent: string | null;
  state_version: number;
  site: string | null;
  team_id: string | null;
  written_locale?: string | null;
  bot_locale?: string | null;
  bot_locale_chosen?: number;
  bot_locale_set_by?: string | null;
  bot_locale_by_site?: number;
  snoozed_until?: number | null;
}

export const toConversation = (r: ConversationRow): Conversation => ({
  id: r.id,
  visitorId: r.visitor_id,
  status: r.status,
  locale: r.locale,
  lastSeq: r.last_seq,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  agentId: r.agent_id,
  waitingSince: r.waiting_since,
  pageUrl: r.page_url,
  pageTitle: r.page_title,
  userAgent: r.user_agent,
  stateVersion: r.state_version,
  site: r.site,
  teamId: r.team_id ?? null,
  writtenLocale: r.written_locale ?? null,
  botLocale: r.bot_locale ?? null,
  botLocaleChosen: r.bot_locale_chosen === 1,
  botLocaleSetBy: r.bot_locale_set_by ?? null,
  botLocaleBySite: r.bot_locale_by_site === 1,
  snoozedUntil: r.snoozed_until ?? null,
});

/**
 * Both engines' migration to the bot's own language (a frozen step: the UI languages and the detector's names of them
 * when it was written): a conversation whose visitor wrote in a language the widget speaks, other than its own, speaks it.
 */
export const BOT_LOCALE_FROM_WRITTEN = `UPDATE conversations SET bot_locale = CASE written_locale WHEN 'pt' THEN 'pt-BR' ELSE written_locale END
  WHERE written_locale IN ('zh-CN', 'zh-TW', 'en', 'ja', 'ko', 'es', 'ar', 'de', 'fr', 'pt', 'pt-BR', 'id', 'vi') AND written_locale <> locale;`;

/**
 * Both engines' statement that sets the bot's language (parameters: the id, the locale, 1 for a choice else 0, the
 * agent who set it for the visitor or null, 1 when the site chose it (the host's setLocale) else 0, 1 when the site's
 * choice may replace a person's (the host said so) else 0): a choice is stored unless it is already the one, by the
 * same hand (an agent's or the site's choice the visitor then makes their own is theirs); a site's choice not over the
 * visitor's own or an agent's for them unless the host said so; a followed (written) language only when it changes
 * what is spoken and no choice was made.
 */
export const SET_BOT_LOCALE_SQL = (p: (n: number) => string) => `UPDATE conversations
  SET bot_locale = ${p(2)}, bot_locale_chosen = ${p(3)}, bot_locale_set_by = ${p(4)}, bot_locale_by_site = ${p(5)}
  WHERE id = ${p(1)} AND (coalesce(bot_locale, locale) IS DISTINCT FROM ${p(2)} OR bot_locale_chosen < ${p(3)}
      OR (${p(3)} = 1 AND (bot_locale_set_by IS DISTINCT FROM ${p(4)} OR bot_locale_by_site <> ${p(5)})))
    AND bot_locale_chosen <= ${p(3)} AND NOT (${p(5)} = 1 AND ${p(6)} = 0 AND bot_locale_chosen = 1 AND bot_locale_by_site = 0) RETURNING *`;

/** SET_BOT_LOCALE_SQL's and KEEP_CHOICE_SQL's parameters, by number. */
export type BotLocaleParams = { p1: string; p2: string; p3: number; p4: string | null; p5: number; p6: number };
export const botLocaleParams = (id: string, locale: string, chosen: boolean, setBy: string | null, site: SiteChoice | undefined): BotLocaleParams => ({
  p1: id,
  p2: locale,
  p3: chosen ? 1 : 0,
  p4: setBy,
  p5: site ? 1 : 0,
  p6: site?.override ? 1 : 0,
});

/**
 * Both engines' statement that keeps a choice of language with the visitor (parameters as SET_BOT_LOCALE_SQL's, the
 * third unused): their next conversations on a widget in that language start in it (NEW_CONVERSATION_SQL), on any
 * device their token or signed identity opens. A site's choice does not replace one of the visitor's (or an agent's for
 * them) unless the host said so.
 */
export const KEEP_CHOICE_SQL = (p: (n: number) => string) => `UPDATE visitors
  SET chosen_locale = ${p(2)}, chosen_locale_set_by = ${p(4)}, chosen_locale_by_site = ${p(5)}
  WHERE id = (SELECT visitor_id FROM conversations WHERE id = ${p(1)})
    AND (chosen_locale IS DISTINCT FROM ${p(2)} OR chosen_locale_set_by IS DISTINCT FROM ${p(4)} OR chosen_locale_by_site <> ${p(5)})
    AND NOT (${p(5)} = 1 AND ${p(6)} = 0 AND chosen_locale IS NOT NULL AND chosen_locale_by_site = 0)`;

/**
 * Both engines' insert of a visitor's new conversation (parameters: the id, the visitor's id, the widget's locale, the
 * time; cast for PostgreSQL, which types a SELECT's parameters before the insert). It speaks the language the visitor
 * chose last, as chosen, when the widget is in that language: the way back ("切换回中文") holds in their next
 * conversation, so what they write no longer switches it (an agent's or the site's choice too, still shown as theirs). A choice of another language than the widget's (a host's
 * setLocale) is not carried into a widget the host opened in its own language: the host says it again when it means it
 * (an app whose user switched it to English opens the widget in English).
 */
export const NEW_CONVERSATION_SQL = (p: (n: number) => string) => `INSERT INTO conversations
  (id, visitor_id, status, locale, last_seq, created_at, updated_at, bot_locale, bot_locale_chosen, bot_locale_set_by, bot_locale_by_site)
  SELECT ${p(1)}, ${p(2)}, 'bot', ${p(3)}, 0, CAST(${p(4)} AS BIGINT), CAST(${p(4)} AS BIGINT),
    CASE WHEN chosen_locale = ${p(3)} THEN chosen_locale END, CASE WHEN chosen_locale = ${p(3)} THEN 1 ELSE 0 END,
    CASE WHEN chosen_locale = ${p(3)} THEN chosen_locale_set_by END, CASE WHEN chosen_locale = ${p(3)} THEN chosen_locale_by_site ELSE 0 END
  FROM visitors WHERE id = ${p(2)}`;

/**
 * The queue ranked, in both engines' SQL (`limit`: the placeholder): a place is 1 + the conversations of the same
 * team (none: everyone's queue) that started waiting strictly earlier, as `queuePosition` counts it. Only the columns
 * a place update needs: a full row each made the ranking 3-4 times dearer at 5,000 waiting.
 */
export const rankQueueSql = (limit: string) => `SELECT id, site, team_id, state_version, rank() OVER (PARTITION BY team_id ORDER BY waiting_since) AS position
  FROM conversations WHERE status = 'waiting' ORDER BY waiting_since, id LIMIT ${limit}`;

/** An inbox row's preview, in both engines' SQL (`id`: the conversation's placeholder); `people`: a visitor's or an agent's only. */
export const previewSql = (id: string, people: boolean) =>
  `SELECT author, substr(text, 1, 140) AS text, attachments, created_at AS at FROM messages WHERE conversation_id = ${id}${people ? " AND author IN ('visitor', 'agent')" : ''} ORDER BY seq DESC LIMIT 1`;

export type Preview = NonNullable<ConversationDigest['last']>;
export type PreviewRow = Omit<Preview, 'file'> & { attachments: string | null };

/** A preview row as the inbox gets it: the message's first file's name and type beside its text (none when its files were deleted). */
export function toPreview(r: PreviewRow | null | undefined): Preview | null {
  if (!r) return null;
  const { attachments, ...preview } = r;
  const file = attachments ? (JSON.parse(attachments) as MessageFile[])[0] : undefined;
  return file ? { ...preview, file: { name: file.name, type: file.type } } : preview;
}

export interface QueueEntryRow {
  id: string;
  site: string | null;
  team_id: string | null;
  state_version: number;
  position: number;
}

export const toQueueEntry = (r: QueueEntryRow): QueueEntry => ({ id: r.id, site: r.site, teamId: r.team_id, stateVersion: r.state_version, position: r.position });

export interface MessageRow {
  id: string;
  conversation_id: string;
  seq: number;
  author: ChatMessage['author'];
  author_name: string | null;
  text: string;
  client_id: string | null;
  bot: string | null;
  created_at: number;
  attachments?: string | null;
}

export const toMessage = (r: MessageRow): ChatMessage => ({
  id: r.id,
  conversationId: r.conversation_id,
  seq: r.seq,
  author: r.author,
  authorName: r.author_name,
  text: r.text,
  clientId: r.client_id,
  createdAt: r.created_at,
  bot: r.bot === null ? null : JSON.parse(r.bot),
  // Links are signed on the way out, for whoever reads it (attachment-links.ts).
  ...(r.attachments ? { attachments: (JSON.parse(r.attachments) as MessageFile[]).map((f) => ({ ...f, url: '' })) } : {}),
});

export interface VisitorRow {
  id: string;
  locale: string;
  created_at: number;
  user_id: string | null;
}

export const toVisitor = (r: VisitorRow): Visitor => ({ id: r.id, locale: r.locale, createdAt: r.created_at, userId: r.user_id });

export interface AgentRow {
  id: string;
  email: string;
  name: string;
  role: AgentRole;
  password_hash: string;
  disabled: number;
  max_chats: number;
  can_see_personal_data: number;
  /** '' follows the browser. */
  locale: string;
  created_at: number;
  /** The TOTP secret in force; null: two-factor is off. */
  totp_secret: string | null;
}

export const toAgent = (r: AgentRow): Agent => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role,
  disabled: r.disabled === 1,
  maxChats: r.max_chats,
  canSeePersonalData: r.can_see_personal_data === 1,
  locale: r.locale || null,
  createdAt: r.created_at,
  twoFactor: r.totp_secret !== null,
});

export interface NoteRow {
  id: string;
  conversation_id: string;
  agent_id: string | null;
  agent_name: string;
  text: string;
  created_at: number;
  /** The mentioned agents' ids, space-separated (NOTE_MENTION_IDS); absent on a note just stored. */
  mention_ids?: string | null;
}

/** The column a note is read with: whom it mentions, joined by the engine's aggregate (ids hold no spaces). */
export const noteMentionIds = (join: 'group_concat' | 'string_agg'): string =>
  `(SELECT ${join}(m.agent_id, ' ') FROM mentions m WHERE m.note_id = notes.id) AS mention_ids`;

export const toNote = (r: NoteRow): Note => ({
  id: r.id,
  conversationId: r.conversation_id,
  agentId: r.agent_id,
  agentName: r.agent_name,
  text: r.text,
  mentions: r.mention_ids ? r.mention_ids.split(' ').sort() : [],
  createdAt: r.created_at,
});

export interface TicketRow {
  id: string;
  conversation_id: string;
  contact: string;
  text: string;
  created_at: number;
  contact_kind: ContactKind;
  status: TicketStatus;
  assignee_id: string | null;
  /** From the join with agents (the name now). */
  assignee_name: string | null;
  updated_at: number;
  solved_at: number | null;
  /** From the join with the conversation and its visitor. */
  visitor_id: string;
  visitor_name: string | null;
}

export const toTicket = (r: TicketRow): Ticket => ({
  id: r.id,
  conversationId: r.conversation_id,
  contactKind: r.contact_kind,
  contact: r.contact,
  text: r.text,
  createdAt: r.created_at,
  status: r.status,
  assigneeId: r.assignee_id,
  assigneeName: r.assignee_name,
  updatedAt: r.updated_at,
  solvedAt: r.solved_at,
  visitorName: r.visitor_name,
  visitorCode: visitorCode(r.visitor_id),
});

export interface UnansweredRow {
  id: string;
  text: string;
  kind: UnansweredQuestion['kind'];
  locale: string;
  count: number;
  first_seen: number;
  last_seen: number;
}

export const toUnanswered = (r: UnansweredRow): UnansweredQuestion => ({
  id: r.id,
  text: r.text,
  kind: r.kind,
  locale: r.locale,
  count: r.count,
  firstSeen: r.first_seen,
  lastSeen: r.last_seen,
});

export interface AuditRow {
  id: string;
  at: number;
  agent_id: string | null;
  action: AuditAction;
  conversation_id: string | null;
  target: string | null;
  detail: string | null;
  before_json: string | null;
  after_json: string | null;
}

const parsed = <T>(json: string | null): T | null => (json === null ? null : (JSON.parse(json) as T));

export const toAuditRecord = (r: AuditRow): AuditRecord => ({
  id: r.id,
  at: r.at,
  agentId: r.agent_id,
  action: r.action,
  conversationId: r.conversation_id,
  target: r.target,
  detail: parsed<AuditRecord['detail']>(r.detail),
  before: parsed<AuditRecord['before']>(r.before_json),
  after: parsed<AuditRecord['after']>(r.after_json),
});

/** A new record's row (its id and time given). */
export const auditRow = (id: string, at: number, r: NewAuditRecord): AuditRow => ({
  id,
  at,
  agent_id: r.agentId,
  action: r.action,
  conversation_id: r.conversationId ?? null,
  target: r.target ?? null,
  detail: r.detail ? JSON.stringify(r.detail) : null,
  before_json: r.before === undefined || r.before === null ? null : JSON.stringify(r.before),
  after_json: r.after === undefined || r.after === null ? null : JSON.stringify(r.after),
});

export interface EditRow {
  id: string;
  at: number;
  agent_id: string | null;
  agent_name: string | null;
  action: FaqEdit['action'];
  entry_id: string | null;
  before_json: string | null;
  after_json: string | null;
  revert_of: string | null;
  pack_before: string | null;
}

export const toEdit = (r: EditRow): FaqEdit => ({
  id: r.id,
  at: r.at,
  agentId: r.agent_id,
  agentName: r.agent_name,
  action: r.action,
  entryId: r.entry_id,
  before: parsed<FaqEdit['before']>(r.before_json),
  after: parsed<FaqEdit['after']>(r.after_json),
  revertOf: r.revert_of,
});
