/**
 * Pinyin a mainland visitor types for a payment app's nouns, read as the noun before anything reads the text: the groups,
 * the concepts and the checks that an entry's thing is named (a lost phone's entry is answered only when a phone is named).
 *
 * Initials (sj丢了咋整: 手机; yzm收不到: 验证码): only a whole Latin run (sj is not read inside sjh, kf inside kfc), only
 * where the text has Han characters (English and Spanish keep their words), and not a run before a region (zh-CN is a
 * language tag, not 账号). Not initials other words share: mm (妹妹), tx (腾讯), kf (kfc); nor zfb and wx (other wallets,
 * another's matter, named by other checks in their own words). Not sjh, yhk, sfz: the pack's zh-CN alternates have them as
 * typed (sjh怎么改, yhk咋绑, sfz照片…), and read as nouns they retrained the scorer: a regional zh-CN question answered at
 * one seed of ten became a "did you mean" (session 30).
 *
 * Whole words, joined or by syllables ("wo de shoujihao huan le", "tui kuan zenme hai mei dao", "我的shoujihao换了"): in
 * any zh-CN text, Han or not (a wholly Latin question is zh-CN when it holds one, see ./language.ts). Words of the wallet's
 * matters that no English or Spanish text writes; not shouji alone (手机: a phone's battery or screen is another's matter).
 * Not mima and yanzhengma: the pack's zh-CN alternates have them as typed (mima忘了…, …短信里的yanzhengma…), and read as
 * nouns they would retrain the scorer (as sjh above). No other pack alternate and no fixture row of any language holds
 * one of these words (session 33): the scorer is trained as before. Another's nouns too (huafei chongzhi: the carrier's;
 * dianying piao tuikuan: the cinema's), only those the other-company checks read in Han: read as wallet words alone, such a
 * question was answered by the top-up or refund entry.
 */
const INITIALS: Readonly<Record<string, string>> = {
  sj: '手机', xyk: '信用卡', zfmm: '支付密码', dlmm: '登录密码', yzm: '验证码',
  zh: '账号', sxf: '手续费', smrz: '实名认证',
};
/** Whole pinyin words by their syllables. */
const WORDS: Readonly<Record<string, string>> = {
  'shou ji hao': '手机号', 'tui kuan': '退款', 'chong zhi': '充值', 'ti xian': '提现',
  'zhuan zhang': '转账', 'yin hang ka': '银行卡', 'xin yong ka': '信用卡', 'shou xu fei': '手续费', 'shi ming ren zheng': '实名认证',
  // another's matter, as the other-company checks (./other-things.ts) read the noun in Han
  'hua fei': '话费', 'chong hua fei': '充话费', 'dian ying piao': '电影票', 'huo che piao': '火车票', 'gao tie piao': '高铁票', 'ji piao': '机票',
  'wai mai': '外卖', 'kuai di': '快递', 'dian fei': '电费', 'shui fei': '水费', 'shui dian fei': '水电费', 'ran qi fei': '燃气费',
  'you xi chong zhi': '游戏充值', 'you xi bi': '游戏币',
};
const WORD = `(?<!\\p{Script=Latin})(?:${Object.keys(WORDS).map((w) => w.replaceAll(' ', ' ?')).join('|')})(?!\\p{Script=Latin})`;
const WORD_RUN = new RegExp(WORD, 'gu');
/** A pinyin word of these (for ./language.ts: a wholly Latin text holding one is Chinese). */
export const PINYIN_WORD = new RegExp(WORD, 'u');
const LATIN_RUN = /(?<!\p{Script=Latin})\p{Script=Latin}+(?!\p{Script=Latin}| (?:cn|tw|hk)(?!\p{Script=Latin}))/gu;
const HAN = /\p{Script=Han}/u;

const WORD_BY_LETTERS = new Map(Object.entries(WORDS).map(([syllables, han]) => [syllables.replaceAll(' ', ''), han]));
const wordOf = (run: string) => WORD_BY_LETTERS.get(run.replaceAll(' ', ''))!;

/** Normalised text with its pinyin words and initials read as their nouns, for mainland Chinese (zh-CN) only. */
export function foldPinyin(normalized: string, locale: string | null): string {
  if (locale !== 'zh-CN') return normalized;
  const read = normalized.replace(WORD_RUN, wordOf);
  return HAN.test(read) ? read.replace(LATIN_RUN, (run) => INITIALS[run] ?? run) : read;
}
