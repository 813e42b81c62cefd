import type { VisitorServerFrame } from '../../protocol/index.ts';
import type { Bus, ConversationEvent } from '../bus/types.ts';
import type { Conversation, Storage } from '../storage/types.ts';
import { botLanguage, spokenLanguageFor } from './written-language.ts';

type LanguageEvent = Extract<ConversationEvent, { type: 'language' }>;

/** The bus event of a conversation whose spoken language changed: every screen of the visitor's follows it. */
const languageEvent = (c: Conversation): LanguageEvent => ({ type: 'language', conversationId: c.id, locale: botLanguage(c), chosen: c.botLocaleChosen });

/** What a resuming widget is told after its welcome: the spoken language, when the conversation has one of its own. */
export function helloLanguageFrame(c: Conversation): VisitorServerFrame | null {
  return c.botLocale === null ? null : { type: 'language', locale: botLanguage(c), chosen: c.botLocaleChosen };
}

/**
 * The language the bot and the widget speak to a visitor (botLanguage): it follows the language they write in when
 * the widget speaks it, until they choose one. A change is stored (a conditional update: two nodes never disagree) and
 * then published, after the message that caused it and before the bot's answer to that message.
 */
export function createSpokenLanguage(deps: { storage: Pick<Storage, 'setBotLocale'>; bus: Pick<Bus, 'publish'> }) {
  const set = async (conversationId: string, locale: string, chosen: boolean): Promise<void> => {
    const changed = await deps.storage.setBotLocale(conversationId, locale, chosen);
    if (changed) await deps.bus.publish(conversationId, languageEvent(changed));
  };
  return {
    /** The visitor now writes in `written` (a detected language): followed when the widget speaks it. */
    async follow(conversationId: string, written: string): Promise<void> {
      const spoken = spokenLanguageFor(written);
      if (spoken !== null) await set(conversationId, spoken, false);
    },
    /** The visitor chose `locale`; false when the widget does not speak it (nothing is stored). */
    async choose(conversationId: string, locale: string): Promise<boolean> {
      const spoken = spokenLanguageFor(locale);
      if (spoken === null) return false;
      await set(conversationId, spoken, true);
      return true;
    },
  };
}
export type SpokenLanguage = ReturnType<typeof createSpokenLanguage>;
