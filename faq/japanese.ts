import { foldTraditional } from './t2s.ts';

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

/**
 * How a visitor may write what the pack writes otherwise, folded onto the pack's spelling before the synonyms (in the text
 * and in the groups' members alike): auxiliary words in kanji that the alternates write in kana (出来ない, 教えて下さい,
 * 頂けますか, 貰えますか, 分からない, 無い, 良い, お願い致します, 宜しい, 何故), and the spoken completive (押しちゃった,
 * 振り込んじゃった; Kansai's 押してもうた) as the alternates write it (押してしまった, 振り込んでしまった): scam-report's and
 * wrong-transfer's alternates say the one, visitors type the other; Kansai's できひん / でけへん as できない. Only after a verb's stem (ちゃう is Kansai's 違う after a noun), and
 * not ちゃいけない (must not). A progressive's negative and past as they are spoken, without their い (増えてない, 届いてません,
 * 引かれてた, 引かれてました), are the written ones (増えていない, 届いていません, 引かれていた, 引かれていました): one form, so
 * that either matches the other (ていただく stays). The spoken ておく (止めといて, 凍結しといた, 払っとく, 振り込んどいた) is
 * the written one (止めておいて, 凍結しておいた): only after a verb's kanji with っ or ん, a lower verb's e-row stem after its
 * kanji, or する after a noun in kanji or katakana (ちょっと, やっと, ないと, わたしと, 銀行と stay).
 *
 * Verbs written in kana, as a visitor who did not convert them types them (わすれた, まちがえた, とどかない, もどってこない,
 * はらえない, つかえない, おくった, ぬすまれた, おとした, ひらけない, とめたい, とられた, ひかれてる, きえた, おぼえのない, ひきおとされた,
 * ふりこんだ, うごかない), as the alternates write them: only stems that are no other common word before the kana that follow them
 * (つかれた, もどかしい, はらはら, とうけつかいじょ, ちゅうごく, じゅうご stay; かえ and かわ are too many words, 代わって asks for a person). The casual
 * copula ～っす / ～んす (いいっすか, どうやるんすか) is です, and a bare ～じゃん at a phrase's end is dropped.
 *
 * What a verb can no longer do, or no longer does (使えなくなった, ログインできなくなった, 連絡が取れなくなった, 出来なくなった,
 * SMSが来なくなった, 通知が届かなくなった), is said as ないようになった, which means the same: なくなった alone is a thing gone
 * (財布がなくなった, スマホなくなった), the loss the synonyms read in it. Only after a potential's or a lower verb's e-row stem
 * (え, け, せ, て, め, れ, げ, べ: ね is おかね), でき or 来, or a negative's a-row kana right after a verb's kanji (届か, 動か,
 * 通ら) or after one of the kana stems above (とどか, うごか, ひらか): never after a particle (が, は, も, から, また) or a noun in kana (けいたい, おかね).
 */
/** A verb's stem in kana → as the pack writes it: [stem, kanji, what may stand before it (a lookbehind), what follows it]. */
const KANA_VERB_TABLE: readonly (readonly [string, string, string, string])[] = [
  ['わすれ', '忘れ', '', '[たてちまずらるな]'], ['まちが', '間違', '', '[えっいう]'], ['とど', '届', '', '[いかきくけ]'],
  ['もど', '戻', '', '[っらりるれせしさ]'], ['しはら', '支払', '', '[えっわいう]'], ['はら', '払', '', '[えっわいう]'], ['つか', '使', '(?<![みあ])(?<!とうけ)', '[えっわいうお]'],
  ['おく', '送', '', 'っ'], ['ぬす', '盗', '', '[まみむめ]'], ['おと', '落と', '', '[しさせす]'], ['ひら', '開', '', '[けかきく]'],
  ['とめ', '止め', '(?<![まひつもとう])', '[たてらるま]'], ['とら', '取ら', '', '[れな]'], ['ひか', '引か', '', 'れ'],
  ['きえ', '消え', '(?<![でゆ])', '[たてちまな]'], ['おぼえ', '覚え', '', '[のがたてなま]'], ['ひきおと', '引き落と', '', '[しさせ]'],
  ['ふりこ', '振り込', '', '[んみまめむ]'], ['うご', '動', '(?<![ゅょ])', '[かきくけこい]'],
];
const KANA_VERBS = KANA_VERB_TABLE.map(([kana, , before, after]) => `${before}${kana}(?=${after})`).join('|');
/** A kana stem of the table in its negative's a-row (とどか, うごか, ひらか), as a kanji's stem before なくなった. */
const KANA_NEGATIVE = `(?:${KANA_VERB_TABLE.map(([kana]) => kana).join('|')})[かさたまらわば]`;

const SPELLINGS = new RegExp(
  String.raw`出来(?=[なまるれずてたそ])|下さい|頂戴|(?<!\p{Script=Han})[頂顶](?=[けきくい])|貰(?=[えいうっわ])|(?<![\p{Script=Han}\p{N}])分か(?=[らりるっ])|[無无](?=い|く|かっ|けれ)|良い|良(?=かっ|けれ|く)|(?<!\p{Script=Han})致し|宜し(?=[いく])|何故|(?<=[\p{Script=Han}いきしちにひみりぎびぴえけせてねへめれげべぺっ])ちゃ(?=った|って|いま|う)|(?<=ん)じゃ(?=った|って|いま|う)|(?<=[\p{Script=Han}いきしちにひみりぎびぴえけせてねへめれげべぺっん])[てで]もう(?=た|て)|でき(?:ひん|へん)|でけへん|(?<=[てで])い(?=な(?:い|く|かっ|けれ)|ませ|まし|た(?!だ))|(?<=\p{Script=Han}っ|[\p{Script=Han}\p{Script=Katakana}ー]し|\p{Script=Han}[えけせてねめれげべ])と(?=[いきくけこ])|(?<=\p{Script=Han}ん)ど(?=[いきくけこ])|${KANA_VERBS}|(?<=[えけせてめれげべ]|でき|来|\p{Script=Han}[かさたまらわば]|${KANA_NEGATIVE}|[\p{Script=Han}\p{Script=Katakana}ー]し)(?<!何か)なくな(?=[っりるら])|(?<=[\u3041-\u3096\p{Script=Han}ー])(?:っす|ッス)(?=か|ね|よ|けど|が|$|[^\u3041-\u3096])|(?<=ん)す(?=か|けど|が|ね|よ)|(?<=[\u3041-\u3096\p{Script=Han}ー])じゃん(?=$|[^\u3041-\u3096])`,
  'gu',
);
const SPELLED: Readonly<Record<string, string>> = {
  出来: 'でき', 下さい: 'ください', 頂戴: 'ちょうだい', 頂: 'いただ', 顶: 'いただ', 貰: 'もら', 分か: 'わか', 無: 'な', 无: 'な', 良い: 'いい', 良: 'よ',
  致し: 'いたし', 宜し: 'よろし', 何故: 'なぜ', ちゃ: 'てしま', じゃ: 'でしま', てもう: 'てしまっ', でもう: 'でしまっ',
  なくな: 'ないようにな', と: 'てお', ど: 'でお', できひん: 'できない', できへん: 'できない', でけへん: 'できない', い: '', っす: 'です', ッス: 'です', す: 'です', じゃん: '',
  // As normalised text writes the kanji (間違 is 间违 there, as 頂 and 無 are 顶 and 无 above).
  ...Object.fromEntries(KANA_VERB_TABLE.map(([kana, kanji]) => [kana, foldTraditional(kanji)])),
};

export function foldJapaneseSpelling(normalized: string): string {
  if (!HIRAGANA.test(normalized)) return normalized;
  return normalized.replace(SPELLINGS, (written) => SPELLED[written]!);
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

/** A plain past after a verb's stem (なくした, なくなった, 忘れた, 盗まれた; 済んだ), not a polite one (しました, でした). */
const PLAIN_PAST = /(?<!まし|でし)(?<=[いきしちにひみりぎびぴえけせてねへめれげべぺっ])た$|(?<=ん)だ$/u;

/**
 * A synonym member in the plain past as it is said with the completive (なくした: なくしてしまった, and so the spoken
 * なくしちゃった, which the spelling fold writes so; なくなった: なくなってしまった); null when it is no plain past.
 */
export function completive(member: string): string | null {
  return PLAIN_PAST.test(member) ? member.replace(PLAIN_PAST, (past) => (past === 'た' ? 'てしまった' : 'でしまった')) : null;
}
