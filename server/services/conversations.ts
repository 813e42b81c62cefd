import { LIMITS, maskCardNumbers, type BotMeta, type CardMaskStyle, type ChatMessage } from '../../protocol/index.ts';
import type { FaqEngine, FaqResult } from '../../faq/types.ts';
import { normalizeLocale } from '../../protocol/locale.ts';
import type { Bus } from '../bus/types.ts';
import type { Metrics } from '../plugins/metrics.ts';
import type { AppendResult, Conversation, NewMessage, SiteChoice, Storage, Visitor } from '../storage/types.ts';
import { botReply, otherLanguageReply } from './bot-replies.ts';
import { followUpsOf, type FaqLearning } from './faq-learning.ts';
import type { TakeResult } from '../cluster/types.ts';
import { resolveVisitor, type ReopenOutcome } from './visitor-access.ts';
import { HandoffError, type HandoffService } from './handoff.ts';
import type { WebhookPayloads } from './webhook-payloads.ts';
import type { MailService } from './mail.ts';
import type { MessageFile, RemovedFile } from '../storage/attachment-types.ts';
import type { InboxPreviews } from './inbox-previews.ts';
import type { SnoozeService } from './snooze.ts';
import { botLanguage, chineseEitherScript, writtenLanguage } from './written-language.ts';
import { createSpokenLanguage, type ChoiceOutcome } from './spoken-language.ts';

/**
 * How long a bot turn holds its claim on an owed message; a turn that died (a killed node) is owed again after it.
 * A turn takes milliseconds; one that outlives its claim (a stalled database) and meets a second turn still makes
 * one reply (unique reply_to) and counts its miss once.
 */
const BOT_TURN_LEASE_MS = 15_000;

export interface FaqSource {
  current(): FaqEngine;
}

export interface VisitorSession {
  visitor: Visitor;
  /** This device's visitor token (new for a new visitor, or a signed-in user on another device). */
  token: string;
  conversation: Conversation;
  /** When the hello carried an e-mail's reopen code: what became of it. */
  reopen?: ReopenOutcome;
  /** False when the visitor is known to have no closed conversation (no history to read for a fresh view). */
  mayHaveHistory: boolean;
}

export interface ConversationService {
  /**
   * Resume the visitor behind the token and/or signed identity, or start a new one when `mayCreate`
   * allows (see visitor-access.ts for the rules).
   */
  connectVisitor(
    credentials: { token?: string | undefined; identity?: string | undefined; reopen?: string | undefined; locale?: string | undefined },
    mayCreate: () => Promise<TakeResult>,
  ): Promise<({ kind: 'ok' } & VisitorSession) | { kind: 'limited'; retryAfter: number }>;
  /**
   * A visitor's message already stored under this clientId (a resend, as from the widget's outbox after a reconnect):
   * `duplicate` with the same text (and whether the bot still owes it an answer), `conflict` with another; null when
   * none is, and nothing is read but the message.
   */
  storedVisitorMessage(conversationId: string, clientId: string, text: string): Promise<StoredVisitorMessage | null>;
  /** Store a visitor message (idempotent on clientId) and publish it when it is new; `refused` once the conversation is closed. */
  sendVisitorMessage(conversationId: string, clientId: string, text: string): Promise<AppendResult>;
  /**
   * The bot answers every visitor message it still owes (of one conversation, or of all after a restart):
   * each at most once (a reply carries the message id, unique in storage), and only while it owns the chat.
   * `stop` (the sweep's, aborted when the node shuts down) ends it between two messages.
   */
  answerPending(conversationId?: string, stop?: AbortSignal): Promise<void>;
  /**
   * The visitor (or the site, `site`) chose the language the bot and the widget speak (kept over what they write, and for their next
   * conversations; see spoken-language.ts): refused when the widget does not speak it.
   */
  chooseLanguage(conversationId: string, locale: string, site?: SiteChoice): Promise<ChoiceOutcome>;
  /** An agent set the language the bot and the widget speak to this visitor (see spoken-language.ts's setFor); the rights are the desk's to check. */
  setLanguageFor(conversationId: string, locale: string, agentId: string): Promise<Conversation | null | 'refused'>;
  /** Move the conversation to the agents' queue (no-op unless the bot owns it); the bot says so in the visitor's language (botLanguage). */
  requestHandoff(conversationId: string): Promise<void>;
  listMessages(conversationId: string, afterSeq: number, limit: number): Promise<ChatMessage[]>;
  /** Files deleted from this conversation's messages (the newest page of them): a resuming screen drops them. */
  removedFiles(conversationId: string): Promise<RemovedFile[]>;
  /** Store an agent's reply (idempotent on clientId when given) and publish it; `refused` unless the conversation is assigned to this agent. */
  sendAgentMessage(conversationId: string, agent: { id: string; name: string }, clientId: string | null, text: string): Promise<AppendResult>;
  /**
   * A message that carries files (already in the blob store): from the visitor while the conversation is open, or
   * from the agent it is assigned to. Idempotent on clientId like a text; the bot answers no file.
   */
  sendFiles(conversationId: string, from: FileSender, clientId: string, files: MessageFile[]): Promise<AppendResult>;
  /** A reply to the visitor's ticket, shown in the chat whatever its status (the e-mail is the caller's). */
  postTicketReply(conversationId: string, agent: { id: string; name: string }, text: string): Promise<ChatMessage>;
  /** A notice from the system itself (idle close, left the queue), in the transcript whatever the status. */
  postSystemLine(conversationId: string, text: string): Promise<void>;
  /** "Was this helpful?" on a bot message; false when it is not a bot message of this visitor's conversations. */
  voteOnBotMessage(visitorId: string, messageId: string, helpful: boolean): Promise<boolean>;
}

export type StoredVisitorMessage = { kind: 'duplicate'; message: ChatMessage; botDue: boolean } | { kind: 'conflict'; message: ChatMessage };

export type FileSender = { kind: 'visitor' } | { kind: 'agent'; agent: { id: string; name: string } };

export function createConversationService(deps: {
  storage: Storage;
  bus: Bus;
  faq: FaqSource;
  metrics: Metrics;
  /** HMAC secrets for signed visitor identity; empty: identities are ignored. */
  identitySecrets: readonly string[];
  cardMask: CardMaskStyle;
  /** Status changes go through the state machine there. */
  handoff: Pick<HandoffService, 'apply' | 'reach' | 'visitorState' | 'announce'>;
  /** Questions the bot could not answer with confidence are counted there. */
  learning: FaqLearning;
  /** Webhooks hear of every stored message. */
  events?: Pick<WebhookPayloads, 'messageCreated'>;
  /** An agent's reply the visitor does not read in time goes by e-mail. */
  mail?: Pick<MailService, 'agentReplied'> | null;
  /** Every console's inbox row moves on with each person's message. */
  previews?: Pick<InboxPreviews, 'stored'>;
  /** A snoozed conversation wakes when its visitor writes. */
  snooze?: Pick<SnoozeService, 'visitorWrote'>;
}): ConversationService {
  const { storage, bus, faq, metrics, identitySecrets, cardMask, handoff, learning } = deps;
  const spoken = createSpokenLanguage({ storage, bus, announce: (c) => handoff.announce(c) });

  /** Every message, from any author, passes here: card numbers are masked before anything else sees the text. */
  async function append(raw: NewMessage): Promise<AppendResult> {
    const m: NewMessage = { ...raw, text: maskCardNumbers(raw.text, cardMask) };
    const result = await storage.appendMessage(m);
    if (result.kind === 'stored') {
      metrics.messageStored(m.author);
      await bus.publish(m.conversationId, { type: 'message', message: result.message });
      deps.events?.messageCreated(result.message);
      deps.previews?.stored(result.message);
    }
    return result;
  }

  function botMessage(conversationId: string, text: string, bot: BotMeta, replyTo: string | undefined): NewMessage {
    return { conversationId, author: 'bot', authorName: null, text, clientId: null, bot, ...(replyTo === undefined ? {} : { replyTo }) };
  }
  /** The bot's reply to a visitor message: stored only while the bot still owns the conversation. */
  const botAnswer = (conversationId: string, text: string, bot: BotMeta, replyTo: string): NewMessage => ({
    ...botMessage(conversationId, text, bot, replyTo),
    guard: { kind: 'bot_owns' },
  });

  /**
   * Into the agents' queue (the visitor asked, or the bot gave up twice); the bot says so. Outside business
   * hours there is no queue: the bot says so, the conversation stays the bot's (no entry in the agents' Waiting
   * list), and the widget offers a ticket and the other channels (the `state` frame's reach is away). Within
   * hours with nobody online it queues (someone may come back), but the bot and the widget say nobody is there.
   */
  async function toWaiting(conversationId: string, locale: string, bot: BotMeta, replyTo?: ChatMessage): Promise<AppendResult | null> {
    const conversation = await storage.getConversation(conversationId);
    const reach = conversation?.status === 'bot' ? await handoff.reach(conversation) : null;
    if (conversation && reach?.kind === 'away' && reach.reason === 'closed') {
      if (replyTo) await storage.countBotMiss(conversationId, false, replyTo.seq);
      const result = await append({ ...botMessage(conversationId, botReply('handoff_away', locale), bot, replyTo?.id), guard: { kind: 'bot_owns' } });
      await bus.publish(conversationId, await handoff.visitorState(conversation));
      return result;
    }
    try {
      // The bot gives up after two misses; any other way here, the visitor asked for a person.
      if (bot.kind === 'none') await handoff.apply(conversationId, 'bot_gave_up', { actor: 'bot' });
      else await handoff.apply(conversationId, 'handoff', { actor: 'visitor' });
    } catch (err) {
      if (!(err instanceof HandoffError)) throw err;
      // Someone else moved it first: nothing to say, and nothing owed for this message.
      if (replyTo) await storage.clearBotDue(replyTo.id);
      return null;
    }
    // On another node an agent may claim the chat before this line is stored: then it is not said (the bot
    // never speaks while a person holds the chat), and the message it answered is owed nothing more.
    const said = await append({ ...botMessage(conversationId, botReply(reach?.kind === 'away' ? 'handoff_away' : 'handoff', locale), bot, replyTo?.id), guard: { kind: 'waiting' } });
    if (said.kind === 'refused' && replyTo) await storage.clearBotDue(replyTo.id);
    return said;
  }

  /** "Did you mean", or "sorry" (for a question in a language the pack lacks: the languages it has, and a person). */
  const missReply = (engine: FaqEngine, kind: 'suggest' | 'none', locale: string) =>
    kind === 'none' && !engine.pack.locales.includes(locale) ? otherLanguageReply(locale, engine.pack.locales) : botReply(kind, locale);

  /**
   * Reply to the visitor's message (its turn claimed); returns what kind of reply it was. Side effects are
   * idempotent: the miss streak counts a message once, and the question is noted for the FAQ's missed-questions
   * list only when this turn stored the reply (a replayed turn finds it stored and notes nothing).
   */
  async function answer(conversation: Conversation, message: ChatMessage): Promise<BotMeta['kind']> {
    const engine = faq.current();
    const result = engine.answer(message.text, { uiLocale: botLanguage(conversation) });
    const replied = await reply(conversation, message, engine, result);
    if (replied?.kind === 'stored') await learning.noteMiss(message.text, result);
    return result.kind;
  }

  async function reply(conversation: Conversation, message: ChatMessage, engine: FaqEngine, result: FaqResult): Promise<AppendResult | null> {
    const meta: BotMeta = {
      kind: result.kind,
      faqId: result.faqId,
      confidence: result.confidence,
      locale: result.locale,
      suggestions: result.suggestions,
      ...followUpsOf(engine, result),
    };
    switch (result.kind) {
      case 'handoff':
        return toWaiting(conversation.id, result.locale, meta, message);
      case 'smalltalk':
        // "hello", "thanks", "ok": a short reply, neither a miss nor an answer for the two-misses handoff.
        return append(botAnswer(conversation.id, result.answer ?? '', meta, message.id));
      case 'answer':
        await storage.countBotMiss(conversation.id, false, message.seq);
        return append(botAnswer(conversation.id, result.answer ?? '', meta, message.id));
      case 'suggest':
      case 'none':
        // Two `none` in a row: the bot gives up and queues the visitor for a person.
        if (result.kind === 'none' && (await storage.countBotMiss(conversation.id, true, message.seq)) >= 2) {
          return toWaiting(conversation.id, result.locale, meta, message);
        }
        if (result.kind === 'suggest') await storage.countBotMiss(conversation.id, false, message.seq);
        return append(botAnswer(conversation.id, missReply(engine, result.kind, result.locale), meta, message.id));
    }
  }

  /**
   * A visitor's message that shows the language they write in (see written-language.ts): stored, and every console's
   * row says so at once; the bot and the widget follow it (before the bot answers the message).
   */
  async function noteWrittenLanguage(conversationId: string, text: string): Promise<void> {
    const locale = writtenLanguage(text) ?? (await chineseWhereNoneKnown(conversationId, text));
    if (locale === null) return;
    const changed = await storage.noteWrittenLocale(conversationId, locale);
    if (!changed) return;
    // Followed: the consoles were told with the spoken language; else they are told the written one alone.
    if (!(await spoken.follow(conversationId, locale))) await handoff.announce(changed);
  }

  /** Chinese the same in both scripts, taken as the visitor's written language only where neither the widget nor what they wrote before is Chinese. */
  async function chineseWhereNoneKnown(conversationId: string, text: string): Promise<string | null> {
    const guess = chineseEitherScript(text);
    if (guess === null) return null;
    const conversation = await storage.getConversation(conversationId);
    return conversation && ![conversation.locale, conversation.writtenLocale].some((l) => l?.startsWith('zh')) ? guess : null;
  }

  /** The bot's turns on what it owes in one conversation; `stop` ends them between two messages. */
  async function botTurns(conversationId: string, stop?: AbortSignal): Promise<void> {
    // One turn per message, whoever else was told it is owed (another tab, a resend, the sweep on any node): the
    // messages not already being answered are claimed together, with the conversation as it is now.
    const claimed = await storage.claimBotTurns(conversationId, BOT_TURN_LEASE_MS);
    if (!claimed) return;
    let conversation: Conversation | null = claimed.conversation;
    for (const [i, message] of claimed.messages.entries()) {
      if (stop?.aborted) return; // what is left is owed again once the claim's lease runs out
      // After an answer (which may have handed the chat to a person), the conversation as it is now.
      if (i > 0) conversation = await storage.getConversation(conversationId);
      if (!conversation) return;
      // While a person owns (or is about to own) the chat, the bot says nothing, now or later.
      if (conversation.status !== 'bot') {
        await storage.clearBotDue(message.id);
        continue;
      }
      const started = performance.now();
      const kind = await answer(conversation, message);
      metrics.botAnswered(kind, (performance.now() - started) / 1000);
    }
  }

  return {
    async connectVisitor(credentials, mayCreate) {
      const locale = normalizeLocale(credentials.locale ?? '') ?? faq.current().pack.defaultLocale;
      const access = await resolveVisitor(storage, identitySecrets, { ...credentials, locale }, mayCreate);
      if (access.kind === 'limited') return access;
      // Read with the visitor when it was open then; else the open one now, or a new one.
      const conversation = access.known?.open ?? (await storage.openConversation(access.visitor.id, locale));
      const mayHaveHistory = access.known?.hasClosed ?? true;
      return { kind: 'ok', visitor: access.visitor, token: access.token, conversation, mayHaveHistory, ...(access.reopen ? { reopen: access.reopen } : {}) };
    },

    async storedVisitorMessage(conversationId, clientId, text) {
      const earlier = await storage.messageByClientId(conversationId, clientId);
      if (!earlier) return null;
      // Compared as append compares it: with the card numbers masked, as it was stored.
      return earlier.message.text === maskCardNumbers(text, cardMask) ? { kind: 'duplicate', ...earlier } : { kind: 'conflict', message: earlier.message };
    },

    async sendVisitorMessage(conversationId, clientId, text) {
      const result = await append({ conversationId, author: 'visitor', authorName: null, text, clientId, bot: null, guard: { kind: 'not_closed' } });
      if (result.kind === 'stored') await noteWrittenLanguage(conversationId, text);
      if (result.kind === 'stored' && !result.botDue) await deps.snooze?.visitorWrote(conversationId);
      return result;
    },

    async answerPending(conversationId, stop) {
      if (conversationId !== undefined) return botTurns(conversationId, stop);
      for (const owed of new Set((await storage.listBotDue()).map((m) => m.conversationId))) {
        if (stop?.aborted) return;
        await botTurns(owed, stop);
      }
    },

    async requestHandoff(conversationId) {
      const conversation = await storage.getConversation(conversationId);
      if (conversation?.status !== 'bot') return;
      const replyLocale = botLanguage(conversation);
      await toWaiting(conversationId, replyLocale, { kind: 'handoff', faqId: null, confidence: 1, locale: replyLocale, suggestions: [] }, undefined);
    },

    chooseLanguage(conversationId, locale, site) {
      return spoken.choose(conversationId, locale, site);
    },

    setLanguageFor(conversationId, locale, agentId) {
      return spoken.setFor(conversationId, locale, agentId);
    },

    listMessages(conversationId, afterSeq, limit) {
      return storage.listMessages(conversationId, afterSeq, limit);
    },

    removedFiles(conversationId) {
      return storage.listRemovedFiles(conversationId, LIMITS.replayPage);
    },

    voteOnBotMessage(visitorId, messageId, helpful) {
      return storage.voteOnBotMessage(visitorId, messageId, helpful);
    },

    async sendAgentMessage(conversationId, agent, clientId, text) {
      const result = await append({ conversationId, author: 'agent', authorName: agent.name, text, clientId, bot: null, guard: { kind: 'owned_by', agentId: agent.id } });
      if (result.kind === 'stored') deps.mail?.agentReplied(result.message);
      return result;
    },

    async sendFiles(conversationId, from, clientId, files) {
      const guard: NewMessage['guard'] = from.kind === 'visitor' ? { kind: 'not_closed' } : { kind: 'owned_by', agentId: from.agent.id };
      const authorName = from.kind === 'agent' ? from.agent.name : null;
      const result = await append({ conversationId, author: from.kind, authorName, text: '', clientId, bot: null, attachments: files, guard });
      if (result.kind === 'stored' && from.kind === 'visitor') await deps.snooze?.visitorWrote(conversationId);
      return result;
    },

    async postSystemLine(conversationId, text) {
      await append({ conversationId, author: 'system', authorName: null, text, clientId: null, bot: null });
    },

    async postTicketReply(conversationId, agent, text) {
      const result = await append({ conversationId, author: 'agent', authorName: agent.name, text, clientId: null, bot: null });
      if (result.kind !== 'stored') throw new Error(`a ticket reply was not stored (${result.kind})`);
      return result.message;
    },
  };
}
