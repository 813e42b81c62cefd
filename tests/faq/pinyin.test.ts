import { describe, expect, it } from 'vitest';
import { featuresOf } from '../../faq/matcher.ts';
import { normalizeText } from '../../faq/normalize.ts';
import { foldPinyinInitials } from '../../faq/pinyin.ts';

const zh = (text: string) => foldPinyinInitials(normalizeText(text), 'zh-CN');

describe('foldPinyinInitials', () => {
  it('reads pinyin initials in a mainland Chinese question as their noun', () => {
    expect(zh('sj丢了咋整')).toBe('手机丢了咋整');
    expect(zh('XYK能绑吗')).toBe('信用卡能绑吗');
    expect(zh('zfmm和dlmm都忘了')).toBe('支付密码和登录密码都忘了');
    expect(zh('有人找我要 yzm')).toBe('有人找我要 验证码');
    expect(zh('zh被冻结了')).toBe('账号被冻结了');
  });

  it('leaves a longer Latin run, a language tag, initials other words share and text without Han as they are', () => {
    expect(zh('sjh怎么改')).toBe('sjh怎么改');
    expect(zh('kfc优惠券在哪领')).toBe('kfc优惠券在哪领');
    expect(zh('mm生日送什么')).toBe('mm生日送什么');
    expect(zh('界面是zh-CN的')).toBe('界面是zh cn的');
    expect(zh('my sj is gone')).toBe('my sj is gone');
    expect(zh('perdí mi sj')).toBe('perdi mi sj');
  });

  it('reads them for zh-CN only', () => {
    expect(foldPinyinInitials(normalizeText('sj丢了'), 'zh-TW')).toBe('sj丢了');
    expect(foldPinyinInitials(normalizeText('sj丢了'), 'ja')).toBe('sj丢了');
  });

  it('gives a question with initials the features of the same question with the noun', () => {
    expect(featuresOf('sj丢了咋整', 'zh-CN')).toEqual(featuresOf('手机丢了咋整', 'zh-CN'));
    expect(featuresOf('zfmm忘了怎么办', 'zh-CN')).toEqual(featuresOf('支付密码忘了怎么办', 'zh-CN'));
  });
});
