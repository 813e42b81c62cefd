import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isHandoffRequest } from '../../faq/handoff.ts';
import { smallTalkReply, UI_LANGUAGES } from '../../faq/smalltalk.ts';
import { botReply, otherLanguageReply } from '../../server/services/bot-replies.ts';

/** The widget's "Talk to a person" button in a UI language, as the visitor reads it. */
const buttonLabel = (language: string): string =>
  (JSON.parse(readFileSync(new URL(`../../widget/app/locales/${language}.json`, import.meta.url), 'utf8')) as { handoff: string }).handoff;

/** The words a reply asks the visitor to type: what stands between its quotation marks. */
function quoted(reply: string): string {
  const match = /["「„«]\s?([^"」“»]+?)\s?["」“»]/u.exec(reply);
  if (!match) throw new Error(`no quoted words in ${JSON.stringify(reply)}`);
  return match[1]!;
}

describe('the words the bot tells a visitor to type to reach a person', () => {
  it.each(UI_LANGUAGES)('%s: are the widget button’s own words, and typing them asks for a person', (language) => {
    const label = buttonLabel(language);
    expect(isHandoffRequest(label)).toBe(true);
    for (const reply of [botReply('none', language), otherLanguageReply(language, ['zh-CN', 'en']), smallTalkReply('bot', language)]) {
      expect(quoted(reply).toLocaleLowerCase(language)).toBe(label.toLocaleLowerCase(language));
    }
  });
});
