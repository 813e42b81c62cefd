import { useState } from 'preact/hooks';
import type { AgentInfo, ConversationSummary } from '../protocol/index.ts';
import { WIDGET_LANGUAGES } from '../protocol/locale.ts';
import { Menu } from '../ui/Menu.tsx';
import { api } from './api.ts';
import { languageName, t } from './i18n.ts';
import { refusalText } from './refusal.ts';
import { languageHead, languageSetter } from './visitor-language.ts';

/** "Japanese · 日本語": a language in the console's words, and in its own where they differ (the visitor reads the latter). */
const menuName = (locale: string, inLocale: string): string => {
  const ours = languageName(locale, inLocale);
  const own = languageName(locale);
  return ours === own ? ours : `${ours} · ${own}`;
};

/**
 * The header's language chip: the language to answer in, and who chose it. For the agent who replies in the
 * conversation it opens a menu of the widget's languages: the one picked is what the bot and the widget speak to the
 * visitor from now on (their choice, shown as this agent's; the visitor may still choose another). The change comes
 * back to every console as the conversation's summary.
 */
export function SpokenLanguage({ c, me, mine }: { c: ConversationSummary; me: AgentInfo; mine: boolean }) {
  const [error, setError] = useState<string | null>(null);
  const inLocale = document.documentElement.lang;
  const head = languageHead(c, inLocale);
  const attrs = { 'data-testid': 'spoken', 'data-chosen': c.spokenLocaleChosen || undefined, 'data-set-by': languageSetter(c) };
  if (!mine) return <span class="badge" {...attrs}>{head}</span>;
  const set = async (locale: string) => {
    const r = await api('PUT', `/api/v1/conversations/${c.id}/language`, { locale });
    setError(r.ok ? null : t('language_set_failed', { message: refusalText(r, me) }));
  };
  const items = WIDGET_LANGUAGES.map((locale) => ({ label: menuName(locale, inLocale), checked: locale === c.spokenLocale, onSelect: () => void set(locale) }));
  return (
    <div class="spoken-language" {...attrs}>
      <Menu label={head} menuLabel={t('language_set')} items={items} buttonClass="badge badge-menu" menuClass="menu-scroll" />
      {error && <p role="alert" class="alert alert-danger">{error}</p>}
    </div>
  );
}
