import type { ChatMessage, ConversationSummary, Note, Ticket } from '../../protocol/index.ts';
import type { Agent } from '../storage/agent-types.ts';

/**
 * Visitors' contact details (emails, phone numbers) in what agents see. The rule: every REST response and
 * every console socket frame shows them masked (`j***@example.com`, `+86 *** **** 1234`), for every role, so
 * a modified console cannot get them. Admins and agents with `canSeePersonalData` may unmask one
 * conversation (`POST /api/v1/conversations/:id/reveal`), and each unmasking is written to the audit log.
 * What is stored is never changed: masking is for display only (card numbers, unlike these, are masked before storage).
 */
export const mayRevealPersonalData = (agent: Agent): boolean => agent.role === 'admin' || agent.canSeePersonalData;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/**
 * A phone number: `+` and 7–15 digits, or 8–15 digits alone (a Chinese mobile, a local number), in groups
 * separated by one space, dash or dot, an area code maybe in brackets; not glued to letters or digits.
 */
const PHONE = /(?<![\p{L}\p{N}_+])(?:\+|\uFF0B)?(?:\(\d{1,5}\)[ .-]?)?\d+(?:[ .-]\d+)*(?![\p{L}\p{N}_]|[.,]\d)/gu;
/** Dates and amounts with decimals are not phone numbers. */
const NOT_PHONE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})$|\.\d{1,2}$/;

function maskPhone(match: string): string {
  const digits = match.replace(/\D/g, '').length;
  const international = /^[+\uFF0B]/.test(match);
  if (digits > 15 || digits < (international ? 7 : 8) || NOT_PHONE.test(match)) return match;
  // The country code (`+86 …`) and the last four digits stay; every other digit becomes `*`.
  const keepFrom = international ? (/^[+\uFF0B](\d{1,3})[ .(-]/.exec(match)?.[0].length ?? 1) : 0;
  let toMask = digits - 4 - (international ? match.slice(0, keepFrom).replace(/\D/g, '').length : 0);
  let out = match.slice(0, keepFrom);
  for (const ch of match.slice(keepFrom)) {
    out += /\d/.test(ch) && toMask-- > 0 ? '*' : ch;
  }
  return out;
}

const maskEmail = (match: string): string => {
  const at = match.lastIndexOf('@');
  return `${match.slice(0, 1)}***${match.slice(at)}`;
};

/** Emails and phone numbers in free text, masked for display. */
export function maskPersonalText(text: string): string {
  return text.replace(EMAIL, maskEmail).replace(PHONE, maskPhone);
}

const maybe = (text: string | null): string | null => (text === null ? null : maskPersonalText(text));

const maskSummary = (c: ConversationSummary): ConversationSummary => ({
  ...c,
  pageUrl: maybe(c.pageUrl),
  user: c.user && { userId: c.user.userId, name: maybe(c.user.name), email: maybe(c.user.email), phone: maybe(c.user.phone) },
  rating: c.rating && { score: c.rating.score, comment: maybe(c.rating.comment) },
  preview: c.preview && { ...c.preview, text: maskPersonalText(c.preview.text) },
});
const maskMessage = (m: ChatMessage): ChatMessage => ({ ...m, text: maskPersonalText(m.text), authorName: maybe(m.authorName) });
const maskNote = (n: Note): Note => ({ ...n, text: maskPersonalText(n.text) });
const maskTicket = (t: Ticket): Ticket => ({ ...t, contact: maskPersonalText(t.contact), text: maskPersonalText(t.text) });

/** What agents are shown, by key: the same keys in REST bodies and console frames. */
interface Shown {
  conversation?: ConversationSummary;
  conversations?: ConversationSummary[];
  message?: ChatMessage;
  messages?: ChatMessage[];
  note?: Note;
  notes?: Note[];
  ticket?: Ticket;
  tickets?: Ticket[];
}

/**
 * A REST body or a console frame with every visitor's contact details masked. The one function both
 * outbound paths apply (the REST hook, the agent socket's send); anything else passes unchanged.
 */
export function maskForAgents<T extends object>(payload: T): T {
  const p = payload as T & Shown;
  const out: Shown = {};
  if (p.conversation) out.conversation = maskSummary(p.conversation);
  // Lists only: other bodies use the same words for counts (the reports' `conversations`, `messages`, `tickets`).
  if (Array.isArray(p.conversations)) out.conversations = p.conversations.map(maskSummary);
  if (p.message) out.message = maskMessage(p.message);
  if (Array.isArray(p.messages)) out.messages = p.messages.map(maskMessage);
  if (p.note) out.note = maskNote(p.note);
  if (p.notes) out.notes = p.notes.map(maskNote);
  if (p.ticket) out.ticket = maskTicket(p.ticket);
  if (Array.isArray(p.tickets)) out.tickets = p.tickets.map(maskTicket);
  return { ...payload, ...out };
}
