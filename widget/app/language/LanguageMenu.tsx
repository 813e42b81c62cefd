import type { ComponentChildren } from 'preact';
import { ownLanguageName } from '../../../protocol/language-names.ts';
import { WIDGET_LANGUAGES } from '../../../protocol/locale.ts';
import { Menu } from '../../../ui/Menu.tsx';
import type { ChatClient } from '../chat/client.ts';
import { t, uiLanguage } from '../ui-language.ts';
import './language-menu.css';

export interface LanguageMenuProps {
  client: ChatClient;
  icon: ComponentChildren;
}

/**
 * The header's language menu (its own chunk: LanguageButton.tsx fetches it on the first press and opens it): the
 * widget's twelve languages, each by its own name, the one shown checked. The one picked is shown at once and sent as
 * the visitor's choice: the bot speaks it from then on, over a language the site or an agent chose, and the server
 * keeps it with the visitor.
 */
export function LanguageMenu({ client, icon }: LanguageMenuProps) {
  const shown = uiLanguage();
  const items = WIDGET_LANGUAGES.map((locale) => ({ label: ownLanguageName(locale), lang: locale, checked: locale === shown, onSelect: () => client.chooseLanguage(locale) }));
  return <Menu label={t('language_menu')} icon={icon} items={items} buttonClass="btn btn-ghost btn-icon" end menuClass="language-menu" open />;
}
