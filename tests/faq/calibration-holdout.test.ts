import { describe, expect, it } from 'vitest';
import type { FaqEntry, FaqPack } from '../../faq/types.ts';
import { holdOut } from '../../scripts/eval.ts';

const entry = (id: string, alternates: Record<string, string[]>): FaqEntry => ({
  id,
  tags: [],
  followUps: [],
  locales: Object.fromEntries(Object.entries(alternates).map(([locale, list]) => [locale, { question: list[0]!, alternates: list, answer: '…' }])),
});
const pack = (entries: FaqEntry[]): FaqPack => ({ id: 'p', name: 'p', defaultLocale: 'zh-CN', locales: ['zh-CN', 'zh-TW', 'en'], entries });
const texts = (p: FaqPack, id: string, locale: string) => p.entries.find((e) => e.id === id)!.locales[locale]!.alternates;

// Nine alternates a locale: the last three are held out. 提现要多久才到账 is kept in zh-CN; its Traditional twin
// 提領要多久才到帳 is held out in zh-TW, so the classifier would be asked a question it was trained on in the other script.
const zhCN = ['怎么提现', '提现到银行卡', '提现手续费', '钱怎么转出来', '提现要多久才到账', '提现失败了', '提现记录', '提现限额', '提现到支付宝'];
const zhTW = ['怎麼提領', '提領到銀行', '提領手續費', '錢要怎麼轉出', '提領的上限', '提領紀錄', '提領要多久才到帳', '提領失敗怎麼辦', '提領被退回'];
const en = ['withdraw', 'withdraw to bank', 'withdraw fee', 'cash out', 'how long to withdraw', 'withdraw failed', 'withdraw history', 'withdraw limit', 'withdraw to card'];

describe('npm run eval -- --calibrate: the held-out alternates', () => {
  it('are each locale\'s last three, and a Chinese one is held out with its twin in the other script', () => {
    const { pack: trained, heldOut } = holdOut(pack([entry('withdraw', { 'zh-CN': zhCN, 'zh-TW': zhTW, en })]));
    expect(texts(trained, 'withdraw', 'en')).toEqual(en.slice(0, 6));
    expect(texts(trained, 'withdraw', 'zh-TW')).toEqual(zhTW.slice(0, 6));
    // 提现要多久才到账 shares most of its character pairs with the held-out 提領要多久才到帳 once folded: held out too.
    expect(texts(trained, 'withdraw', 'zh-CN')).toEqual(['怎么提现', '提现到银行卡', '提现手续费', '钱怎么转出来', '提现失败了']);
    expect(heldOut.map((q) => q.text)).toEqual([zhCN[4], ...zhCN.slice(6), ...zhTW.slice(6), ...en.slice(6)]);
    expect(heldOut.every((q) => q.faqId === 'withdraw')).toBe(true);
  });
});
