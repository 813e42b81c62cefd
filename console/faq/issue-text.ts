import { t } from '../i18n.ts';

/**
 * The FAQ pack schema's field messages (faq/pack-schema.ts, in English on the wire) in the console's language;
 * a message not listed here is shown as the server wrote it.
 */
const KNOWN: readonly [RegExp, string][] = [
  [/^must not be blank$/, 'faq_err_blank'],
  [/^at least (\d+) required$/, 'faq_err_at_least'],
  [/^must be kebab-case/, 'faq_err_kebab'],
  [/^missing \(every pack locale is required\)$/, 'faq_err_locale_missing'],
  [/^link "([^"]*)" must start with https:\/\/$/, 'faq_err_link'],
  [/^duplicate id "([^"]*)"$/, 'faq_err_duplicate'],
  [/^unknown entry id "([^"]*)"$/, 'faq_err_unknown'],
  [/^must not point at the entry itself$/, 'faq_err_self'],
];

export function issueText(message: string): string {
  for (const [pattern, key] of KNOWN) {
    const m = pattern.exec(message);
    if (m) return t(key, { value: m[1] ?? '' });
  }
  return message;
}
