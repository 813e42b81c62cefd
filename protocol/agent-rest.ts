import { z } from 'zod';
import { personal, safe } from './data-class.ts';
import { ChatMessage, ClientId, ConversationStatus, Id, MessageText } from './common.ts';
import { ATTACHMENT_TYPES } from './attachment-types.ts';
import { Ticket } from './tickets.ts';
import { TwoFactorCode } from './two-factor.ts';
import { WIDGET_LANGUAGES } from './locale.ts';

/** Agent and admin REST bodies (`/api/v1/auth/*`, `/api/v1/conversations/*`, `/api/v1/agents/*`, `/api/v1/canned-replies/*`). */
/**
 * `agent` answers chats; `admin` also runs the desk (people, FAQ, settings); `viewer` (a team lead reviewing
 * quality, a compliance officer, an auditor) reads conversations, timelines, reports, the FAQ and the audit log, and
 * changes nothing: every write is refused (403 `forbidden`, reason `read_only`), and no chat is routed to them.
 */
export const AgentRole = z.enum(['agent', 'admin', 'viewer']);
export type AgentRole = z.infer<typeof AgentRole>;

export const Presence = z.enum(['online', 'away', 'offline']);
export type Presence = z.infer<typeof Presence>;

export const Email = z.email().max(254);
export const Password = z.string().min(10, 'at least 10 characters').max(200);
export const AgentName = z.string().trim().min(1).max(80);
/** The bounds of an agent's concurrent-chat limit (the console's field offers the same). */
export const MAX_CHATS = Object.freeze({ min: 1, max: 50 });
const MaxChats = z.number().int().min(MAX_CHATS.min).max(MAX_CHATS.max);

/** POST /api/v1/auth/login. `client: "api"` returns a bearer token in the body instead of a cookie. */
export const LoginRequest = z.strictObject({
  email: z.string().min(3).max(254),
  password: z.string().min(1).max(200),
  client: z.enum(['browser', 'api']).optional(),
  /** With two-factor sign-in on: the authenticator's current code, or one recovery code. */
  code: TwoFactorCode.optional(),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

/** Staff data (agents see one another's names and e-mails): no visitor text. */
export const AgentInfo = safe(z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: AgentRole,
  disabled: z.boolean(),
  maxChats: z.number().int(),
  /** May unmask visitors' contact details in a conversation (admins always may; each unmasking is audited). */
  canSeePersonalData: z.boolean(),
  presence: Presence,
  /** Conversations this agent owns now. */
  activeChats: z.number().int(),
  /** The console language this agent chose; null: the browser's. */
  locale: z.string().nullable(),
  /** Signs in with a two-factor code. */
  twoFactor: z.boolean(),
}));
export type AgentInfo = z.infer<typeof AgentInfo>;

export const LoginResponse = safe(z.object({ agent: AgentInfo, token: z.string().optional() }));
export type LoginResponse = z.infer<typeof LoginResponse>;

export const Rating = z.object({ score: z.number().int().min(1).max(5), comment: personal(z.string()).nullable() });
export type Rating = z.infer<typeof Rating>;

/** One conversation as the console lists it. */
export const ConversationSummary = z.object({
  id: safe(z.string()),
  status: ConversationStatus,
  /** The widget's UI language. */
  locale: safe(z.string()),
  /** The language the visitor writes in, as their messages show it; null until one does (the widget's is all there is). */
  writtenLocale: safe(z.string()).nullable(),
  /**
   * The language the bot and the widget speak to the visitor, the one to answer in: the one they chose, else the last
   * one they wrote that the widget speaks, else the widget's (the server's botLanguage).
   */
  spokenLocale: safe(z.string()),
  /** spokenLocale was chosen (here or in an earlier conversation): by the visitor (the widget's way back), the site or an agent for them. */
  spokenLocaleChosen: z.boolean(),
  /** The agent who set spokenLocale for the visitor (name null: the account is gone), else null: the visitor's own choice or the site's, or followed. */
  spokenLocaleSetBy: z.object({ agentId: safe(z.string()), name: safe(z.string()).nullable() }).nullable(),
  /** The site set spokenLocale for the visitor (the host page's setLocale, an app's bridge), not the visitor. */
  spokenLocaleBySite: z.boolean(),
  agentId: safe(z.string()).nullable(),
  agentName: safe(z.string()).nullable(),
  lastSeq: z.number().int(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  /** When it entered the queue (status waiting), else null. */
  waitingSince: z.number().int().nullable(),
  /** Snoozed by its holder until then (Unix ms): out of their Mine, back on its own at that time or when the visitor writes; else null. */
  snoozedUntil: z.number().int().nullable(),
  /** The host page: origin + path (never its query or fragment), and its title. */
  pageUrl: personal(z.string()).nullable(),
  pageTitle: personal(z.string()).nullable(),
  userAgent: personal(z.string()).nullable(),
  /** The wallet user, when the visitor signed in with a signed identity (fields only from the signature). */
  user: z.object({ userId: safe(z.string()), name: personal(z.string()).nullable(), email: personal(z.string()).nullable(), phone: personal(z.string()).nullable() }).nullable(),
  rating: Rating.nullable(),
  /** A stable short code for the visitor (4 hex digits of a hash of their id): "Visitor 7F3A" when they did not sign in. */
  visitorCode: safe(z.string()),
  /** The last message (masked like every message), for the inbox row; `file`: its first file (a file alone has no text). */
  preview: z
    .object({
      author: z.enum(['visitor', 'bot', 'agent', 'system']),
      text: personal(z.string()),
      at: z.number().int(),
      file: z.object({ name: personal(z.string()), type: z.enum(ATTACHMENT_TYPES) }).optional(),
    })
    .nullable(),
  /** How many messages the visitor has written: the console counts unread ones against what the agent has seen. */
  visitorMessages: z.number().int(),
  /** The team whose queue it belongs to (null: everyone's) and its labels (ids of /api/v1/labels). */
  teamId: safe(z.string()).nullable(),
  labelIds: z.array(safe(z.string())),
});
export type ConversationSummary = z.infer<typeof ConversationSummary>;

export const ConversationListQuery = z.strictObject({
  status: ConversationStatus.optional(),
  /** Only this team's conversations; `none`: those of no team. */
  team: Id.optional(),
  /** Only conversations with this label. */
  label: Id.optional(),
});
export const ConversationList = z.object({ conversations: z.array(ConversationSummary) });

export const Note = z.object({
  id: safe(z.string()),
  conversationId: safe(z.string()),
  agentId: safe(z.string()).nullable(),
  agentName: safe(z.string()),
  /** An agent's words, often quoting the visitor's contact: masked like the visitor's. */
  text: personal(z.string()),
  /** The teammates it mentions (agent ids, each told once). */
  mentions: z.array(safe(z.string())),
  createdAt: z.number().int(),
});
export type Note = z.infer<typeof Note>;

export const MessagesQuery = z.strictObject({ after: z.coerce.number().int().min(0).optional() });
export const MessageList = z.object({ messages: z.array(ChatMessage), notes: z.array(Note) });
export type MessageList = z.infer<typeof MessageList>;

export const ConversationIdParams = z.strictObject({ id: Id });

/**
 * PUT /api/v1/conversations/:id/language: the language the bot and the widget speak to this visitor from now on, set
 * by the agent who replies in the conversation (kept with the visitor as their choice, shown as set by that agent).
 */
export const ConversationLanguageRequest = z.strictObject({ locale: z.enum(WIDGET_LANGUAGES) });
export type ConversationLanguageRequest = z.infer<typeof ConversationLanguageRequest>;

/** POST /api/v1/conversations/:id/messages; a clientId makes the call idempotent. */
export const AgentSendRequest = z.strictObject({ text: MessageText, clientId: ClientId.optional() });
export const TransferRequest = z.strictObject({ agentId: Id });

export const AgentCreateRequest = z.strictObject({
  email: Email,
  name: AgentName,
  password: Password,
  role: AgentRole.default('agent'),
  /** For a role that takes chats (5 when left out); a viewer's is refused (400 `bad_frame`, reason `takes_no_chats`). */
  maxChats: MaxChats.optional(),
  canSeePersonalData: z.boolean().default(false),
});
export const AgentUpdateRequest = z.strictObject({
  name: AgentName.optional(),
  role: AgentRole.optional(),
  disabled: z.boolean().optional(),
  maxChats: MaxChats.optional(),
  password: Password.optional(),
  canSeePersonalData: z.boolean().optional(),
});
export const AgentList = z.object({ agents: z.array(AgentInfo) });

/** An agent's own profile: the name visitors see, the console language ('' = the browser's), a new password (with the current one). */
export const ProfileUpdateRequest = z
  .strictObject({
    name: AgentName.optional(),
    locale: z.union([z.literal(''), z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/)]).optional(),
    currentPassword: z.string().max(200).optional(),
    password: Password.optional(),
  })
  .refine((b) => !b.password || b.currentPassword, { message: 'the current password is needed to set a new one', path: ['currentPassword'] });

export const CannedReply = safe(z.object({ id: z.string(), shortcut: z.string(), text: z.string() }));
export type CannedReply = z.infer<typeof CannedReply>;
export const CannedReplyRequest = z.strictObject({
  shortcut: z.string().regex(/^[a-z0-9_-]{1,32}$/, '1–32 characters of a–z 0–9 _ -'),
  text: MessageText,
});
export const CannedReplyList = z.object({ cannedReplies: z.array(CannedReply) });

/** POST /api/v1/conversations/:id/reveal (admins, agents with canSeePersonalData; audited): one conversation unmasked. */
export const RevealResponse = z.object({ conversation: ConversationSummary, messages: z.array(ChatMessage), notes: z.array(Note), tickets: z.array(Ticket) });
export type RevealResponse = z.infer<typeof RevealResponse>;

/** One-item answers of the agent API. */
export const ConversationResponse = z.object({ conversation: ConversationSummary });
export const MessageResponse = z.object({ message: ChatMessage });
export const AgentResponse = z.object({ agent: AgentInfo });
export const CannedReplyResponse = z.object({ cannedReply: CannedReply });

/** GET /api/v1/admin/visitors/:id/export: every stored row about one visitor (its columns as stored). */
const Row = z.record(z.string(), z.unknown());
export const VisitorExport = z.object({
  visitor: Row,
  conversations: z.array(z.looseObject({ messages: z.array(Row), notes: z.array(Row), tickets: z.array(Row), rating: Row.nullable() })),
});
/** DELETE /api/v1/admin/visitors/:id */
export const EraseResponse = z.object({ erased: z.object({ conversations: z.number().int(), messages: z.number().int() }) });
