/**
 * Names Intl gives otherwise ("中文（中国）", a bare "Indonesia" that also names the country): the ones readers of each
 * language look for.
 */
const OWN_NAMES: Readonly<Record<string, string>> = { 'zh-CN': '简体中文', 'zh-TW': '繁體中文', id: 'Bahasa Indonesia' };

/**
 * A language by its own name ("日本語", "Español", "简体中文"), so that a reader of any of them finds theirs: the bot's
 * list of the languages it answers in, the widget's language menu.
 */
export function ownLanguageName(locale: string): string {
  if (OWN_NAMES[locale]) return OWN_NAMES[locale];
  const name = new Intl.DisplayNames([locale], { type: 'language', languageDisplay: 'dialect' }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
