import type { FaqPack } from './types.ts';

/**
 * Which of the pack's Japanese and Chinese questions write a text's pairs of Han characters. Han text of Jōyō kanji
 * alone is Japanese as much as Chinese by its characters ("退会 方法", "送金上限", "本人確認": no kana, every character one
 * Chinese writes too), but not by its words: Japanese writes 退会, 送金, 人確 (本人確認), Chinese 注销, 转账, 退款. Each pair
 * of adjacent Han characters counts for the language whose questions and alternates hold it more often.
 */
export interface HanWords {
  /** For each pair: rows of the pack's Japanese, rows of its Chinese (the script that holds it more often). */
  readonly pairs: ReadonlyMap<string, readonly [number, number]>;
}

const HAN_RUN = /\p{Script=Han}{2,}/gu;
/**
 * Taiwan writes 証, Japan's form, as the everyday variant of 證 (see TAIWAN_TOO in ./language.ts): "認証失敗" is
 * Taiwan's 認證失敗 as much as Japanese, so the pairs are counted in one form.
 */
const TAIWAN_VARIANT = /證/gu;

/** The text's pairs of adjacent Han characters, once each. */
function pairsOf(text: string): Set<string> {
  const pairs = new Set<string>();
  for (const [run] of text.replace(TAIWAN_VARIANT, '証').matchAll(HAN_RUN)) {
    const chars = Array.from(run);
    for (let i = 1; i < chars.length; i++) pairs.add(chars[i - 1]! + chars[i]!);
  }
  return pairs;
}

/** Rows of each locale holding each pair. */
function pairRows(pack: FaqPack, locale: string): Map<string, number> {
  const rows = new Map<string, number>();
  if (!pack.locales.includes(locale)) return rows;
  for (const entry of pack.entries) {
    const content = entry.locales[locale]!;
    for (const text of [content.question, ...content.alternates]) for (const pair of pairsOf(text)) rows.set(pair, (rows.get(pair) ?? 0) + 1);
  }
  return rows;
}

/** The pairs of the pack's Japanese and Chinese rows (none when it lacks either language). */
export function hanWordsOf(pack: FaqPack): HanWords {
  const japanese = pairRows(pack, 'ja');
  const simplified = pairRows(pack, 'zh-CN');
  const traditional = pairRows(pack, 'zh-TW');
  const pairs = new Map<string, readonly [number, number]>();
  // A pack without Japanese, or without Chinese, has no two languages to tell apart.
  if (japanese.size === 0 || simplified.size + traditional.size === 0) return { pairs };
  for (const pair of new Set([...japanese.keys(), ...simplified.keys(), ...traditional.keys()])) {
    pairs.set(pair, [japanese.get(pair) ?? 0, Math.max(simplified.get(pair) ?? 0, traditional.get(pair) ?? 0)]);
  }
  return { pairs };
}

/**
 * How many times more likely the pairs are in one language than the other before the text leans that way: a pair
 * each language holds (方法, 明細) weighs little, one only Japanese holds in a row or more (退会: 0 Chinese rows) leans
 * 1.5/0.5 = 3 times.
 */
const LEAN = Math.log(3);

/** The language the text's Han pairs lean to ('ja' or 'zh'), or null when they tell nothing (no pair the pack holds, or a balance). */
export function hanLeaning(text: string, words: HanWords): 'ja' | 'zh' | null {
  let sum = 0;
  for (const pair of pairsOf(text)) {
    const rows = words.pairs.get(pair);
    if (rows) sum += Math.log((rows[0] + 0.5) / (rows[1] + 0.5));
  }
  return sum >= LEAN ? 'ja' : sum <= -LEAN ? 'zh' : null;
}
