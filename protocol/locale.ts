/**
 * One locale normaliser shared by the FAQ engine, the server and the UIs (so it lives in protocol/).
 * Canonical tags are the pack's: "zh-CN", "zh-TW", "pt-BR", "pt-PT", else the bare language ("en", "ja").
 */

/**
 * A language (2-3 letters), then subtags of 1 to 8 letters or digits (`\w`: the tag is lowercased, `_` made `-`);
 * the first two, while 2 to 8 long (script, region), are captured.
 */
const TAG = /^([a-z]{2,3})((?:-\w{2,8}){0,2})(?:-\w{1,8})*$/;

/** Legacy and macro-language codes that browsers still send. */
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = { cmn: 'zh', yue: 'zh', iw: 'he', in: 'id', ji: 'yi', jw: 'jv', nb: 'no', nn: 'no', tl: 'fil' };

/**
 * "zh" / "zh-Hans" / "zh_CN" / "zh-SG" → "zh-CN"; "zh-Hant" / "zh-HK" / "zh-TW" / "zh-MO" → "zh-TW";
 * "pt" / "pt-BR" → "pt-BR", "pt-PT" → "pt-PT"; "en-US" → "en"; anything else → its language.
 * Returns null for input that is not a language tag.
 */
export function normalizeLocale(tag: string | null | undefined): string | null {
  const m = TAG.exec((tag || '').trim().toLowerCase().replace(/_/g, '-'));
  if (!m) return null;
  const language = LANGUAGE_ALIASES[m[1]!] ?? m[1]!;
  // Whole script and region subtags, compared as strings (no regex built per call: the FAQ engine asks per question).
  const subtags = m[2]!.split('-');
  const has = (...wanted: string[]) => wanted.some((s) => subtags.includes(s));
  if (language == 'zh') return has('hant') || (!has('hans') && has('tw', 'hk', 'mo')) ? 'zh-TW' : 'zh-CN';
  return language == 'pt' ? (has('pt') ? 'pt-PT' : 'pt-BR') : language;
}

const languageOf = (locale: string | null) => locale?.split('-')[0];

/**
 * The best of `supported` for a tag: the same canonical locale, else one of the same language
 * ("zh-TW" for "zh-HK" when only Traditional is offered, "pt-PT" for "pt" when only that exists).
 */
export function matchLocale(tag: string | null | undefined, supported: readonly string[]): string | null {
  const wanted = normalizeLocale(tag);
  if (!wanted) return null;
  const canonical = supported.map(normalizeLocale);
  const exact = canonical.indexOf(wanted);
  return supported[exact < 0 ? canonical.findIndex((s) => languageOf(s) == languageOf(wanted)) : exact] ?? null;
}

/**
 * The first of `tags` (in preference order: an explicit choice, then the browser's languages) that one of
 * `supported` matches, else English. The widget picks its UI language with it, and the server the same way to
 * preload that language's strings with the widget page.
 */
export function pickLocale(tags: readonly (string | null | undefined)[], supported: readonly string[]): string {
  for (const tag of tags) {
    const match = matchLocale(tag, supported);
    if (match) return match;
  }
  return UI_FALLBACK;
}

/** The UI language when none of the visitor's is offered. */
export const UI_FALLBACK = 'en';

/**
 * The languages the widget speaks (its strings, the bot's own lines): the ones an agent may set for a visitor
 * (PUT /api/v1/conversations/:id/language). The same list as the FAQ's UI_LANGUAGES (faq/smalltalk.ts) and the
 * widget's locale files; tests/protocol/widget-languages.test.ts holds the three together.
 */
export const WIDGET_LANGUAGES = ['zh-CN', 'zh-TW', 'en', 'ja', 'ko', 'es', 'ar', 'de', 'fr', 'pt-BR', 'id', 'vi'] as const;
export type WidgetLanguage = (typeof WIDGET_LANGUAGES)[number];
