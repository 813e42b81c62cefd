/**
 * Pinyin initials a mainland visitor types for a payment app's nouns (sj丢了咋整: 手机; yzm收不到: 验证码), read as the noun
 * before anything reads the text: the groups, the concepts and the checks that an entry's thing is named (a lost phone's
 * entry is answered only when a phone is named). Only a whole Latin run (sj is not read inside sjh, kf inside kfc), only
 * where the text has Han characters (English and Spanish keep their words), and not a run before a region (zh-CN is a
 * language tag, not 账号). Not initials other words share: mm (妹妹), tx (腾讯), kf (kfc); nor zfb and wx (other wallets,
 * another's matter, named by other checks in their own words). Not sjh, yhk, sfz: the pack's zh-CN alternates have them as
 * typed (sjh怎么改, yhk咋绑, sfz照片…), and read as nouns they retrained the scorer: a regional zh-CN question answered at
 * one seed of ten became a "did you mean" (session 30).
 */
const INITIALS: Readonly<Record<string, string>> = {
  sj: '手机', xyk: '信用卡', zfmm: '支付密码', dlmm: '登录密码', yzm: '验证码',
  zh: '账号', sxf: '手续费', smrz: '实名认证',
};
const LATIN_RUN = /(?<!\p{Script=Latin})\p{Script=Latin}+(?!\p{Script=Latin}| (?:cn|tw|hk)(?!\p{Script=Latin}))/gu;
const HAN = /\p{Script=Han}/u;

/** Normalised text with its pinyin initials read as their nouns, for mainland Chinese (zh-CN) only. */
export function foldPinyinInitials(normalized: string, locale: string | null): string {
  return locale === 'zh-CN' && HAN.test(normalized) ? normalized.replace(LATIN_RUN, (run) => INITIALS[run] ?? run) : normalized;
}
