import { beforeAll, expect, it } from 'vitest';
import { splitIntents } from '../../faq/two-intents.ts';
import type { FaqEngine } from '../../faq/index.ts';
import { walletEngine } from '../helpers/faq-model-seed.ts';

it.each([
  ['密码忘了，另外退款什么时候到账', ['密码忘了', '退款什么时候到账']],
  ['密码忘了 还有怎么换手机号', ['密码忘了', '怎么换手机号']],
  ['密码忘了顺便问一下怎么换手机号', ['密码忘了', '怎么换手机号']],
  ['パスワードを忘れました。あと返金はいつですか', ['パスワードを忘れました', '返金はいつですか']],
])('"%s" turns to a second question', (text, parts) => {
  expect(splitIntents(text)).toEqual(parts);
});

// 还有 "still have", 另外 "extra", あと "after": inside a clause they are no turn to another question.
it.each(['跨境付款要另外收錢嗎', '手机昨天在地铁上被偷了，钱包里还有钱，急死了', '账户里还有钱能注销吗', '登録したあと最初にやることは？', 'チャージしたあと残高が増えない'])(
  '"%s" is one question',
  (text) => {
    expect(splitIntents(text)).toBeNull();
  },
);

let wallet: FaqEngine;
beforeAll(async () => {
  wallet = await walletEngine();
});

it('answers "does a cross-border payment cost extra" with the fees, not a failed payment and a follow-up', () => {
  expect(wallet.answer('跨境付款要另外收錢嗎')).toMatchObject({ kind: 'answer', faqId: 'fees' });
  expect(wallet.answer('跨境付款要另外收錢嗎').secondIntent).toBeUndefined();
});
