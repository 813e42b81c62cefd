/**
 * One locale normaliser shared by the FAQ engine, the server and the UIs (so it lives in protocol/).
 * Canonical tags are the pack's: "zh-CN", "zh-TW", "pt-BR", "pt-PT", else the bare language ("en", "ja").
 */

const TAG = /^([a-z]{2,3})(?:-([a-z0-9]{2,8}))?(?:-([a-z0-9]{2,8}))?(?:-[a-z0-9]{1,8})*$/;

/** Legacy and macro-language codes that browsers still send. */
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = {
  cmn: 'zh',
  yue: 'zh',
  iw: 'he',
  in: 'id',
  ji: 'yi',
  jw: 'jv',
  nb: 'no',
  nn: 'no',
  tl: 'fil',
};

const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);

/**
 * "zh" / "zh-Hans" / "zh_CN" / "zh-SG" → "zh-CN"; "zh-Hant" / "zh-HK" / "zh-TW" → "zh-TW";
 * "pt" / "pt-BR" → "pt-BR", "pt-PT" → "pt-PT"; "en-US" → "en"; anything else → its language.
 * Returns null for input that is not a language tag.
 */
export function normalizeLocale(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const m = TAG.exec(tag.trim().toLowerCase().replace(/_/g, '-'));
  if (!m) return null;
  const language = LANGUAGE_ALIASES[m[1]!] ?? m[1]!;
  const subtags = [m[2], m[3]].filter((s): s is string => s !== undefined);
  if (language === 'zh') {
    if (subtags.includes('hant')) return 'zh-TW';
    if (subtags.includes('hans')) return 'zh-CN';
    return subtags.some((s) => TRADITIONAL_REGIONS.has(s)) ? 'zh-TW' : 'zh-CN';
  }
  if (language === 'pt') return subtags.includes('pt') ? 'pt-PT' : 'pt-BR';
  return language;
}

/**
 * The best of `supported` for a tag: the same canonical locale, else one of the same language
 * ("zh-TW" for "zh-HK" when only Traditional is offered, "pt-PT" for "pt" when only that exists).
 */
export function matchLocale(tag: string | null | undefined, supported: readonly string[]): string | null {
  const wanted = normalizeLocale(tag);
  if (wanted === null) return null;
  const canonical = supported.map((s) => normalizeLocale(s));
  const exact = canonical.indexOf(wanted);
  if (exact >= 0) return supported[exact]!;
  const language = wanted.split('-')[0];
  const sameLanguage = canonical.findIndex((s) => s !== null && s.split('-')[0] === language);
  return sameLanguage >= 0 ? supported[sameLanguage]! : null;
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
