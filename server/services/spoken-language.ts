import type { VisitorServerFrame } from '../../protocol/index.ts';
import type { Bus, ConversationEvent } from '../bus/types.ts';
import type { Conversation, SiteChoice, Storage } from '../storage/types.ts';
import { botLanguage, spokenLanguageFor } from './written-language.ts';

type LanguageEvent = Extract<ConversationEvent, { type: 'language' }>;
type LanguageFrame = Extract<VisitorServerFrame, { type: 'language' }>;

/** What the visitor's screens are told of the language spoken: the bus event, and the frame a socket sends (byAgent: an agent chose it for them). */
const languageFrame = (c: Conversation): LanguageFrame => ({
  type: 'language',
  locale: botLanguage(c),
  chosen: c.botLocaleChosen,
  ...(c.botLocaleSetBy !== null ? { byAgent: true as const } : {}),
});
const languageEvent = (c: Conversation): LanguageEvent => ({ ...languageFrame(c), conversationId: c.id });

/**
 * What a resuming widget is told after its welcome: the spoken language, when the conversation has one of its own (the
 * language the visitor writes, or the one they chose, here or in an earlier conversation).
 */
export function helloLanguageFrame(c: Conversation): VisitorServerFrame | null {
  return c.botLocale === null ? null : languageFrame(c);
}

/** A choice's outcome: refused (not a language the widget speaks), told to every screen (it changed what is spoken), or unchanged (the frame answers the chooser). */
export type ChoiceOutcome = { kind: 'refused' } | { kind: 'told' } | { kind: 'unchanged'; frame: LanguageFrame };

/**
 * The language the bot and the widget speak to a visitor (botLanguage): it follows the language they write in when
 * the widget speaks it, until they choose one; a choice is kept with the visitor too (their next conversations start in
 * it, see storage's setBotLocale). A change is stored (a conditional update: two nodes never disagree), every console's
 * row is told (the agent answers in it), and then the visitor's screens, after the message that caused it and before
 * the bot's answer to that message.
 */
export function createSpokenLanguage(deps: {
  storage: Pick<Storage, 'setBotLocale' | 'getConversation'>;
  bus: Pick<Bus, 'publish'>;
  announce: (c: Conversation) => Promise<void>;
}) {
  const set = async (conversationId: string, locale: string, chosen: boolean, setBy: string | null = null, site?: SiteChoice): Promise<Conversation | null> => {
    const changed = await deps.storage.setBotLocale(conversationId, locale, chosen, setBy, site);
    if (!changed) return null;
    await deps.announce(changed);
    await deps.bus.publish(conversationId, languageEvent(changed));
    return changed;
  };
  return {
    /** The visitor now writes in `written` (a detected language): followed when the widget speaks it; the conversation when that changed what is spoken. */
    async follow(conversationId: string, written: string): Promise<Conversation | null> {
      const spoken = spokenLanguageFor(written);
      return spoken === null ? null : set(conversationId, spoken, false);
    },
    /**
     * The visitor chose `locale`, or the site did for them (`site`: the host page's setLocale, which replaces the
     * visitor's own choice or an agent's for them only when the host says so). A choice that changes nothing (made
     * already, sent again after a reconnect, or the site's under a person's) is still answered with what is spoken, so
     * the widget that sent it never waits for a frame that does not come.
     */
    async choose(conversationId: string, locale: string, site?: SiteChoice): Promise<ChoiceOutcome> {
      const spoken = spokenLanguageFor(locale);
      if (spoken === null) return { kind: 'refused' };
      if (await set(conversationId, spoken, true, null, site)) return { kind: 'told' };
      const now = await deps.storage.getConversation(conversationId);
      return now ? { kind: 'unchanged', frame: languageFrame(now) } : { kind: 'refused' };
    },
    /**
     * An agent set `locale` for the visitor: stored as the visitor's choice, by that agent (kept for their next
     * conversations as one of theirs would be; they may still choose another), told to the consoles and to every
     * screen of the visitor's with the frame their own choice makes. The conversation when that changed anything
     * (another language, or the visitor's own choice now the agent's), else null; refused when the widget does not speak it.
     */
    async setFor(conversationId: string, locale: string, agentId: string): Promise<Conversation | null | 'refused'> {
      const spoken = spokenLanguageFor(locale);
      return spoken === null ? 'refused' : set(conversationId, spoken, true, agentId);
    },
  };
}
export type SpokenLanguage = ReturnType<typeof createSpokenLanguage>;
