import { describe, expect, it } from 'vitest';
import { featuresOf } from '../../faq/matcher.ts';
import { normalizeText } from '../../faq/normalize.ts';
import { foldPinyin } from '../../faq/pinyin.ts';

const zh = (text: string) => foldPinyin(normalizeText(text), 'zh-CN');

describe('foldPinyin', () => {
  it('reads whole pinyin words of the wallet, joined or by syllables, as their noun, with Han or without', () => {
    expect(zh('我的shoujihao换了')).toBe('我的手机号换了');
    expect(zh('绑定的shou ji hao要换一个')).toBe('绑定的手机号要换一个');
    expect(zh('tuikuan zenme hai mei dao')).toBe('退款 zenme hai mei dao');
    expect(zh('ti xian dao yinhangka')).toBe('提现 dao 银行卡');
    expect(zh('chong zhi shibai le')).toBe('充值 shibai le');
  });

  // "dianying piao tuikuan" was the refund entry's, "huafei chongzhi" the top-up's: only the wallet's word was read (session 33).
  it('reads another company\'s nouns the other-company checks read in Han, so that the question is that company\'s', () => {
    expect(zh('dianyingpiao tui kuan')).toBe('电影票 退款');
    expect(zh('hua fei chong zhi le')).toBe('话费 充值 le');
    expect(zh('chonghuafei')).toBe('充话费');
    expect(zh('youxi chongzhi')).toBe('游戏充值');
    expect(zh('shuidianfei')).toBe('水电费');
    expect(zh('waimai退款')).toBe('外卖退款');
  });

  it('leaves a word inside a longer Latin run, the pack\'s typed mima and yanzhengma, and other languages as they are', () => {
    expect(zh('shoujihaoma')).toBe('shoujihaoma');
    expect(zh('mima忘了')).toBe('mima忘了');
    expect(zh('yanzhengma收不到')).toBe('yanzhengma收不到');
    expect(foldPinyin(normalizeText('tuikuan'), 'es')).toBe('tuikuan');
    expect(foldPinyin(normalizeText('申请tuikuan'), 'zh-TW')).toBe('申请tuikuan');
  });


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
    expect(foldPinyin(normalizeText('sj丢了'), 'zh-TW')).toBe('sj丢了');
    expect(foldPinyin(normalizeText('sj丢了'), 'ja')).toBe('sj丢了');
  });

  it('gives a question with initials the features of the same question with the noun', () => {
    expect(featuresOf('sj丢了咋整', 'zh-CN')).toEqual(featuresOf('手机丢了咋整', 'zh-CN'));
    expect(featuresOf('zfmm忘了怎么办', 'zh-CN')).toEqual(featuresOf('支付密码忘了怎么办', 'zh-CN'));
    expect(featuresOf('余额怎么tixian', 'zh-CN')).toEqual(featuresOf('余额怎么提现', 'zh-CN'));
  });
});
