/**
 * Japanese verb endings folded onto one form before indexing and matching (after the synonyms), so that "送金できません",
 * "送金できない" and "送金できませんでした" share their features and polite or progressive endings do not dilute a
 * question's words: polite negatives and past become plain ones (ません → ない, ませんでした → なかった, ました → た,
 * でした → だった), progressive forms become て/で (ている, ています, てる), and ます, です and a wish's たい after a
 * verb stem are dropped ("送金したい" and "送金します" → "送金し"). Text without hiragana (Chinese, Korean, Latin) is
 * returned as it is.
 */
const HIRAGANA = /[\u3041-\u3096]/;
/**
 * One pass, longest first. たい only after a verb stem (a Han character or an i/e-row kana, never っ: ぜったい stays)
 * and before the question ends, a particle or です/んです (たいかい, 退会 in kana, stays).
 */
const ENDINGS =
  /ませんでした|ません|ました|(?<=[\p{Script=Han}\u3041-\u3096])[てで](?:います|いる|ます|る)|ます|でした|です|(?<=[\p{Script=Han}いきしちにひみりぎじびぴえけせてねへめれげでべぺ])たい(?=です|の|ん|けど|が|な|$|[^\u3041-\u3096])/gu;
const PLAIN: Readonly<Record<string, string>> = { ませんでした: 'なかった', ません: 'ない', ました: 'た', でした: 'だった' };
const PROGRESSIVE = /^[てで][いまる]/;

export function foldJapanese(normalized: string): string {
  if (!HIRAGANA.test(normalized)) return normalized;
  return normalized.replace(ENDINGS, (ending) => PLAIN[ending] ?? (PROGRESSIVE.test(ending) ? ending[0]! : ''));
}

/** を or が after a noun (Han or katakana) and before the rest of a phrase. */
const CASE_PARTICLE = /(?<=[\p{Script=Han}\p{Script=Katakana}ー])[をが](?=.)/gu;

/**
 * A synonym member (synonyms.ts) as it is said with its case particles dropped, as spoken Japanese drops them
 * ("残高を足したい" is "残高足したい", "お金が消えた" "お金消えた"); null when it has none. Only after a noun: "覚えがない"
 * without its が is another verb.
 */
export function withoutParticles(member: string): string | null {
  const dropped = member.replace(CASE_PARTICLE, '');
  return dropped === member ? null : dropped;
}
