import type { ConversationSummary } from '../protocol/index.ts';
import { languageName, t } from './i18n.ts';

type Languages = Pick<ConversationSummary, 'locale' | 'writtenLocale' | 'spokenLocale' | 'spokenLocaleChosen' | 'spokenLocaleSetBy' | 'spokenLocaleBySite'>;

/**
 * The language to answer the visitor in: the one the bot and the widget speak to them (their choice, else the last one
 * they wrote that the widget speaks, else the widget's; the server's rule). The inbox chip, the language filter, the
 * search hit and the conversation's header show this one.
 */
export const visitorLanguage = (c: Languages): string => c.spokenLocale;

/** A written language other than the spoken one (Russian on an English widget, English after choosing Chinese), else null. */
const writtenElse = (c: Languages): string | null => (c.writtenLocale !== null && c.writtenLocale !== c.spokenLocale ? c.writtenLocale : null);

/** Who set the kept language, as an id: the agent's, 'site' for the host page, else undefined (the visitor, or none). */
export const languageSetter = (c: Languages): string | undefined => c.spokenLocaleSetBy?.agentId ?? (c.spokenLocaleBySite ? 'site' : undefined);

/**
 * Who chose the spoken language: "set by Ann" (an agent, for the visitor), "set by the site" (the host page's
 * setLocale), "chose it" (the visitor), else null (followed, or the widget's).
 */
function chosenBy(c: Languages): string | null {
  if (c.spokenLocaleSetBy) return c.spokenLocaleSetBy.name === null ? t('language_set_by_gone') : t('language_set_by', { name: c.spokenLocaleSetBy.name });
  if (c.spokenLocaleBySite) return t('language_set_by_site');
  return c.spokenLocaleChosen ? t('language_chose') : null;
}

/** The inbox row's chip: the spoken language by name ("Chinese (China)", not "zh-CN") and, when it is kept, whose choice it is (an agent's, the site's or the visitor's). */
export function languageChip(c: Languages, inLocale: string): string {
  const name = languageName(c.spokenLocale, inLocale);
  if (!c.spokenLocaleChosen) return name;
  return `${name} · ${t(c.spokenLocaleSetBy ? 'language_set_short' : c.spokenLocaleBySite ? 'language_site_short' : 'language_chose_short')}`;
}

/**
 * The conversation header's chip (and the row chip's title): what to answer in, and why it is not what they write
 * when it is not: "Speaks English · chose it", "Speaks Japanese · set by Ann", "Speaks Japanese · set by the site",
 * "Speaks English · writes Russian", "Speaks English".
 */
export function languageHead(c: Languages, inLocale: string): string {
  const parts = [t('language_speaks', { language: languageName(c.spokenLocale, inLocale) })];
  const written = writtenElse(c);
  const chosen = chosenBy(c);
  if (chosen) parts.push(chosen);
  else if (written) parts.push(t('language_writes', { language: languageName(written, inLocale) }));
  return parts.join(' · ');
}

/**
 * The details panel's languages: only what the header's chip does not say (it names the spoken one, and who chose it):
 * what they write when the chip gives its place to who chose, and the widget's language where it is another; null, none.
 */
export function moreLanguages(c: Languages, inLocale: string): { writes: string | null; widget: string | null } {
  const written = writtenElse(c);
  return {
    writes: written && chosenBy(c) ? languageName(written, inLocale) : null,
    widget: c.locale !== c.spokenLocale ? languageName(c.locale, inLocale) : null,
  };
}
