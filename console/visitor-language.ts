import type { ConversationSummary } from '../protocol/index.ts';
import { languageName, t } from './i18n.ts';

type Languages = Pick<ConversationSummary, 'locale' | 'writtenLocale'>;

/**
 * The language the visitor writes in, as their messages show it; until one does, the widget's. The inbox chip, the
 * language filter, the search hit and the conversation's header show this one.
 */
export const visitorLanguage = (c: Languages): string => c.writtenLocale ?? c.locale;

/** The details panel's line: the written language by name, and the widget's beside it when they differ ("writes English · widget Chinese"). */
export function languagesLine(c: Languages, inLocale: string): string {
  const written = visitorLanguage(c);
  if (written === c.locale) return languageName(written, inLocale);
  return t('language_written_widget', { written: languageName(written, inLocale), widget: languageName(c.locale, inLocale) });
}
