import type { ChatClient, ChatSnapshot } from './chat/client.ts';
import { t, tIn, uiLanguage } from './ui-language.ts';

/**
 * Once the widget follows the language the visitor writes in, it says so in one quiet line, with the way back in the
 * widget's own language ("Switched to English · 切换回中文"): choosing it makes the bot speak it too. So too after an agent
 * chose a language for them (the visitor may still choose their own); not after a choice of theirs or the host's, and
 * not before the new language's words have arrived.
 */
export function LanguageNote({ s, client, home }: { s: ChatSnapshot; client: ChatClient; home: string }) {
  const language = s.language;
  if (!language || (language.chosen && !language.byAgent) || language.locale === home || language.locale !== uiLanguage()) return null;
  return (
    <p class="language-note" role="status">
      {t('language_switched')}
      <span aria-hidden="true">·</span>
      <button type="button" class="link" lang={home} onClick={() => client.chooseLanguage(home)}>
        {tIn(home, 'language_back')}
      </button>
    </p>
  );
}
