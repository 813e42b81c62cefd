import type { BotMeta, ChatMessage } from '../../protocol/index.ts';
import type { FaqEngine } from '../../faq/types.ts';
import { normalizeLocale } from '../../faq/locale.ts';
import type { Bus } from '../bus/types.ts';
import type { Metrics } from '../plugins/metrics.ts';
import type { AppendResult, Conversation, NewMessage, Storage, Visitor } from '../storage/types.ts';
import { botReply } from './bot-replies.ts';
import { hashToken, newVisitorToken } from './tokens.ts';

export interface FaqSource {
  current(): FaqEngine;
}

export interface VisitorSession {
  visitor: Visitor;
  /** Set only when the visitor is new: hand it to the client once. */
  token: string;
  conversation: Conversation;
}

export interface ConversationService {
  /** Resume the visitor behind `token`, or start a new visitor when it is absent or unknown. */
  connectVisitor(token: string | undefined, locale: string | undefined): Promise<VisitorSession>;
  /** Store a visitor message (idempotent on clientId) and publish it when it is new. */
  sendVisitorMessage(conversationId: string, clientId: string, text: string): Promise<AppendResult>;
  /** The bot's turn after a newly stored visitor message: it answers only while it owns the conversation. */
  botTurn(message: ChatMessage): Promise<void>;
  /** Move the conversation to the agents' queue (no-op unless the bot owns it). */
  requestHandoff(conversationId: string, locale: string): Promise<void>;
  listMessages(conversationId: string, afterSeq: number, limit: number): Promise<ChatMessage[]>;
}

export function createConversationService(deps: { storage: Storage; bus: Bus; faq: FaqSource; metrics: Metrics }): ConversationService {
  const { storage, bus, faq, metrics } = deps;

  async function append(m: NewMessage): Promise<AppendResult> {
    const result = await storage.appendMessage(m);
    if (result.kind === 'stored') {
      metrics.messageStored(m.author);
      bus.publish(m.conversationId, { type: 'message', message: result.message });
    }
    return result;
  }

  function botMessage(conversationId: string, text: string, bot: BotMeta): NewMessage {
    return { conversationId, author: 'bot', authorName: null, text, clientId: null, bot };
  }

  async function toWaiting(conversationId: string, locale: string, bot: BotMeta): Promise<void> {
    const conversation = await storage.setConversationStatus(conversationId, 'waiting');
    await append(botMessage(conversationId, botReply('handoff', locale), bot));
    bus.publish(conversationId, { type: 'state', conversationId, status: conversation.status, agentName: null });
  }

  /** Reply to the visitor's text; returns what kind of reply it was. */
  async function answer(conversation: Conversation, text: string): Promise<BotMeta['kind']> {
    const result = faq.current().answer(text, { uiLocale: conversation.locale });
    const meta: BotMeta = {
      kind: result.kind,
      faqId: result.faqId,
      confidence: result.confidence,
      locale: result.locale,
      suggestions: result.suggestions,
    };
    switch (result.kind) {
      case 'handoff':
        await toWaiting(conversation.id, result.locale, meta);
        break;
      case 'answer':
        await append(botMessage(conversation.id, result.answer ?? '', meta));
        break;
      case 'suggest':
      case 'none':
        await append(botMessage(conversation.id, botReply(result.kind, result.locale), meta));
        break;
    }
    return result.kind;
  }

  return {
    async connectVisitor(token, locale) {
      const uiLocale = normalizeLocale(locale ?? '') ?? faq.current().pack.defaultLocale;
      let visitor = token ? await storage.findVisitorByTokenHash(hashToken(token)) : null;
      let issued = token ?? '';
      if (!visitor) {
        issued = newVisitorToken();
        visitor = await storage.createVisitor(hashToken(issued), uiLocale);
      }
      const conversation = await storage.openConversation(visitor.id, uiLocale);
      return { visitor, token: issued, conversation };
    },

    sendVisitorMessage(conversationId, clientId, text) {
      return append({ conversationId, author: 'visitor', authorName: null, text, clientId, bot: null });
    },

    async botTurn(message) {
      const conversation = await storage.getConversation(message.conversationId);
      // While a person owns (or is about to own) the chat, the bot says nothing.
      if (conversation?.status !== 'bot') return;
      const started = performance.now();
      const kind = await answer(conversation, message.text);
      metrics.botAnswered(kind, (performance.now() - started) / 1000);
    },

    async requestHandoff(conversationId, locale) {
      const conversation = await storage.getConversation(conversationId);
      if (conversation?.status !== 'bot') return;
      const replyLocale = normalizeLocale(locale) ?? conversation.locale;
      await toWaiting(conversationId, replyLocale, { kind: 'handoff', faqId: null, confidence: 1, locale: replyLocale, suggestions: [] });
    },

    listMessages(conversationId, afterSeq, limit) {
      return storage.listMessages(conversationId, afterSeq, limit);
    },
  };
}
