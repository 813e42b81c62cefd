import { beforeAll, expect, it } from 'vitest';
import { asksSomething, deniesItsMatter, splitIntents, splitsAtConnectors, splitsAtMarks, statesProblem } from '../../faq/two-intents.ts';
import type { FaqEngine } from '../../faq/index.ts';
import { walletEngine } from '../helpers/faq-model-seed.ts';

it.each([
  ['密码忘了，另外退款什么时候到账', ['密码忘了', '退款什么时候到账']],
  ['密码忘了 还有怎么换手机号', ['密码忘了', '怎么换手机号']],
  ['密码忘了顺便问一下怎么换手机号', ['密码忘了', '怎么换手机号']],
  ['パスワードを忘れました。あと返金はいつですか', ['パスワードを忘れました', '返金はいつですか']],
  ['how do I add money to my wallet. one more thing, is there a charge for card payments', ['how do I add money to my wallet', 'is there a charge for card payments']],
  ['¿Cómo recargo saldo? Por cierto, ¿cómo cambio mi número?', ['¿Cómo recargo saldo', '¿cómo cambio mi número?']],
  ['Se me perdió el celular, ¿qué hago? También tengo que cambiar de número', ['Se me perdió el celular, ¿qué hago', 'tengo que cambiar de número']],
  ['余额怎么充值？我还想问一下充值要手续费吗', ['余额怎么充值', '充值要手续费吗']],
  ['登录密码忘了怎么找回。对了，换了手机号怎么改', ['登录密码忘了怎么找回', '换了手机号怎么改']],
  ['怎么申请退款？顺便问下账单在哪里下载', ['怎么申请退款', '账单在哪里下载']],
  ['チャージのやり方を教えてください。もう一つ、手数料はかかりますか', ['チャージのやり方を教えてください', '手数料はかかりますか']],
  ['本人確認のやり方と、完了したら上限が上がるのか教えて', ['本人確認のやり方', '完了したら上限が上がるのか教えて']],
  ['환불은 언제 들어와요? 그리고요, 거래 내역은 어디서 봐요?', ['환불은 언제 들어와요', '거래 내역은 어디서 봐요?']],
  ['휴대폰을 도난당했어요. 추가로 계정을 직접 동결할 수 있나요?', ['휴대폰을 도난당했어요', '계정을 직접 동결할 수 있나요?']],
  ['본인 인증 어떻게 하고, 하면 한도가 올라가나요?', ['본인 인증 어떻게 하고', '하면 한도가 올라가나요?']],
])('"%s" turns to a second question', (text, parts) => {
  expect(splitIntents(text)).toEqual(parts);
});

// 还有 "still have", 另外 "extra", あと "after": inside a clause they are no turn to another question.
// 还想问 "I'd also like to ask", もう一つ "one more", 추가로 "additionally", también "too", 方法と "the way and", 어떻게 하고 "how to
// do … and": inside a clause, or with nothing before them, they ask one question.
it.each([
  '跨境付款要另外收錢嗎',
  '手机昨天在地铁上被偷了，钱包里还有钱，急死了',
  '账户里还有钱能注销吗',
  '登録したあと最初にやることは？',
  'チャージしたあと残高が増えない',
  '我还想问一下退款多久到账',
  '¿Puedo agregar también otra tarjeta bancaria?',
  'Estoy de paso en México, ¿puedo pagar con la app?',
  'もう一つ銀行カードを登録したい',
  'パスワードの再設定方法と手順を教えて',
  '송금 한도를 추가로 올릴 수 있나요?',
  '비밀번호 재설정 어떻게 하고 싶은데 방법 알려주세요',
])(
  '"%s" is one question',
  (text) => {
    expect(splitIntents(text)).toBeNull();
  },
);

// Without a connector: every mark (a comma, a sentence's end, a line break) or the next item of a list is a place the
// engine may find two questions; a list's first label alone is none.
it.each([
  ['how do I top up, why was my payment declined', [['how do I top up', 'why was my payment declined']]],
  ['密码忘了，退款怎么申请', [['密码忘了', '退款怎么申请']]],
  ['パスワードを忘れました。返金はどうすればいいですか', [['パスワードを忘れました', '返金はどうすればいいですか']]],
  ['Me estafaron y quiero denunciarlo\nEnvié dinero a otra persona', [['Me estafaron y quiero denunciarlo', 'Envié dinero a otra persona']]],
  ['1) how do I verify my identity 2) how do I withdraw to my bank', [['1) how do I verify my identity', '2) how do I withdraw to my bank']]],
  ['①チャージの仕方 ②出金の仕方', [['①チャージの仕方', '②出金の仕方']]],
  ['첫째 충전 방법 둘째 출금 방법', [['첫째 충전 방법', '둘째 출금 방법']]],
  [
    'First, how do I add money. Second, how long does a withdrawal take',
    [
      ['First, how do I add money', 'Second, how long does a withdrawal take'],
      ['First, how do I add money. Second', 'how long does a withdrawal take'],
    ],
  ],
  ['balance 45.50, why', [['balance 45.50', 'why']]],
])('"%s" may be two questions at its marks', (text, splits) => {
  expect(splitsAtMarks(text)).toEqual(splits);
});

it('reads a message with more than three marks as a story, not as questions side by side', () => {
  expect(splitsAtMarks('I bought shoes online, they never arrived, the shop is silent, I paid by card. What now')).toEqual([]);
  expect(splitsAtMarks('where is my refund')).toEqual([]);
});

// A joining word (and, as well as, 和, 还有, のと, や, 이랑, 하고, y, e…) is a place the engine may find two questions; more
// than three of them are a list or a story.
it.each([
  ['忘记密码了和退款要多久', [['忘记密码了', '退款要多久']]],
  ['怎么充值还有提现手续费多少', [['怎么充值', '提现手续费多少']]],
  ['パスワードを忘れたのと返金はいつ', [['パスワードを忘れたの', '返金はいつ']]],
  ['비밀번호 변경이랑 환불은 어떻게 해요', [['비밀번호 변경', '환불은 어떻게 해요']]],
  ['how do I update the app as well as where are the tutorials', [['how do I update the app', 'where are the tutorials']]],
  ['退会の方法と残高の引き出し方を知りたい', [['退会の方法', '残高の引き出し方を知りたい']]],
  ['I topped up and the payment failed', [['I topped up', 'the payment failed']]],
  ['I topped up and paid and it failed and I tried again and how do I get my money back', []],
  ['송금이 안 되고 수수료는 얼마예요', [['송금이 안 되고', '수수료는 얼마예요']]],
  ['휴대폰을 잃어버렸고 거래 내역은 어디서 봐요', [['휴대폰을 잃어버렸고', '거래 내역은 어디서 봐요']]],
])('"%s" may be two questions at its joining words', (text, splits) => {
  expect(splitsAtConnectors(text)).toEqual(splits);
});

// Japanese と after a verb is "when" (チャージすると), Korean 하고 after a space is a verb (어떻게 하고): no joining word.
it.each(['チャージすると手数料はかかりますか', '환불은 어떻게 하고 싶어요'])('"%s" has no joining word', (text) => {
  expect(splitsAtConnectors(text)).toEqual([]);
});

// What a part asks with; a thing named or a thing done asks nothing.
it.each([
  ['退款要多久', true],
  ['怎么充值', true],
  ['返金はいつ', true],
  ['退会の方法', true],
  ['환불은 어떻게 해요', true],
  ['where are the tutorials', true],
  ['cuánto tarda un reembolso', true],
  ['I want to withdraw', true],
  ['I topped up', false],
  ['チャージ', false],
  ['scammers', false],
  ['recargué saldo', false],
  ['有人自称客服', false],
])('"%s" asks something: %s', (text, asks) => {
  expect(asksSomething(text)).toBe(asks);
});

// What went wrong, told as such; a thing done, a thing named or a question tells no problem.
it.each([
  ['付款老是失败', true],
  ['手機被偷了', true],
  ['my top-up failed', true],
  ['スマホをなくした', true],
  ['송금이 안 되고', true],
  ['no me llega el código', true],
  ['I topped up', false],
  ['收款', false],
  ['チャージ', false],
  ['환불은 어떻게 해요', false],
  ['cómo recargo', false],
])('"%s" states a problem: %s', (text, states) => {
  expect(statesProblem(text)).toBe(states);
});

// A part that denies its matter is not asked; a failure told with a negation is its matter.
it.each([
  ['没忘记密码', true],
  ['不是手续费的问题', true],
  ['是不是被盗了', false],
  ['这笔扣款不是我付的', false],
  ['私じゃない支払いがある', false],
  ['没收到验证码', false],
  ["I didn't lose my phone", true],
  ["I didn't get the code", false],
  ['no es que haya olvidado la clave', true],
  ['no me llega el código', false],
  ['パスワードを忘れたわけじゃない', true],
  ['盗まれたんじゃないですか', false],
  ['コードが届かない', false],
  ['비밀번호를 잊지 않았고', true],
  ['아니면 환불해 주세요', false],
  ['앱이 안 돼요', false],
])('"%s" denies its matter: %s', (text, denies) => {
  expect(deniesItsMatter(text)).toBe(denies);
});

let wallet: FaqEngine;
beforeAll(async () => {
  wallet = await walletEngine();
});

it('answers "does a cross-border payment cost extra" with the fees, not a failed payment and a follow-up', () => {
  expect(wallet.answer('跨境付款要另外收錢嗎')).toMatchObject({ kind: 'answer', faqId: 'fees' });
  expect(wallet.answer('跨境付款要另外收錢嗎').secondIntent).toBeUndefined();
});

// Two questions side by side, no connector or a joining word between them: each part alone is surer of its entry than
// the whole, so both are served; the whole keeps its answer when it is one of them ("how do I top up, why…" reads as the
// failed payment, 0.83; "怎么充值还有提现手续费多少" as the fees' question).
it.each([
  ['Olvidé mi contraseña, cómo pido un reembolso', 'password-reset', 'refund'],
  ['パスワードを忘れました。返金はどうすればいいですか', 'password-reset', 'refund'],
  ['비밀번호를 잊어버렸어요, 환불은 어떻게 신청해요', 'password-reset', 'refund'],
  ['1) how do I verify my identity 2) how do I withdraw to my bank', 'identity-verification', 'withdraw-to-bank'],
  ['密码忘了，退款怎么申请', 'refund', 'password-reset'],
  ['how do I top up, why was my payment declined', 'transaction-failed', 'top-up'],
  ['忘记密码了和退款要多久', 'password-reset', 'refund'],
  ['怎么充值还有提现手续费多少', 'fees', 'top-up'],
  ['パスワードを忘れたのと返金はいつ', 'password-reset', 'refund'],
  ['비밀번호 변경이랑 환불은 어떻게 해요', 'password-reset', 'refund'],
  ['how do I update the app as well as where are the tutorials', 'app-updates', 'usage-tips'],
  ['cómo recargo y cuánto tarda un reembolso', 'top-up', 'refund'],
])('"%s" asks two things side by side: answers %s, offers %s', (text, faqId, second) => {
  expect(wallet.answer(text)).toMatchObject({ kind: 'answer', faqId, secondIntent: { faqId: second } });
});

// A problem told, then a question about another matter, joined by "and": the question the whole reads as is answered and
// the problem's entry offered after it.
it.each([
  ['付款老是失败还有支持哪些付款方式', 'payment-methods', 'transaction-failed'],
  ['송금이 안 되고 수수료는 얼마예요', 'fees', 'transaction-failed'],
])('"%s" tells a problem and asks another thing: answers %s, offers %s', (text, faqId, second) => {
  expect(wallet.answer(text)).toMatchObject({ kind: 'answer', faqId, secondIntent: { faqId: second } });
});

// One question after its story: the whole is surer of what it asks than the story alone is of another entry, or the
// second part's last clause ("what should I do?") asks about the story and is no question of its own. A joining word
// inside one question joins two things of its matter, or tells what was done before it: the part beside the whole's
// reading asks nothing ("I topped up", "チャージ").
it.each([
  ['I topped up and also paid the bill, but the payment failed. what should I do?', 'transaction-failed'],
  ['Recargué saldo y también pagué la luz, pero el pago falló. ¿Qué hago?', 'transaction-failed'],
  ['My card was added yesterday. Today I tried to pay and it was declined, what should I do', 'transaction-failed'],
  ['这个钱包我不用了，余额也提出来了，怎么注销', 'close-account'],
  ['I topped up and the payment failed', 'transaction-failed'],
  ['チャージと出金の履歴だけ絞り込みたい', 'transaction-history'],
  ['how do I add and remove a card', 'bind-bank-card'],
  ['收款和付款记录', 'transaction-history'],
  ['银行卡的绑定和解绑怎么弄', 'bind-bank-card'],
  ['アカウントの凍結と解除の方法を教えて', 'freeze-account'],
  ['신용카드랑 체크카드로 결제할 수 있나요', 'payment-methods'],
  ['cómo congelo y descongelo mi cuenta', 'freeze-account'],
  ['my payment failed and what should I do', 'transaction-failed'],
  ["I lost my phone and can't log in", 'lost-phone'],
  ['perdí el teléfono y no puedo entrar', 'lost-phone'],
  ['결제가 실패했고 어떻게 해야 돼요', 'transaction-failed'],
  ['转账和提现有什么区别', 'withdraw-to-bank'],
])('"%s" is one question (a story, or two things of one matter): %s, no follow-up', (text, faqId) => {
  const reply = wallet.answer(text);
  expect(reply).toMatchObject({ kind: 'answer', faqId });
  expect(reply.secondIntent).toBeUndefined();
});

// A part that denies its matter is never offered, and the whole answered with what it denies is answered with the other.
it.each([
  ['没忘记密码，想定期更换一下登录密码', 'account-security'],
  ['不是被盗刷，是我自己买错了，怎么申请退款', 'refund'],
  ["I haven't lost my phone, but I want to freeze my account for now", 'freeze-account'],
])('"%s" asks one thing: %s, no follow-up', (text, faqId) => {
  const reply = wallet.answer(text);
  expect(reply).toMatchObject({ kind: 'answer', faqId });
  expect(reply.secondIntent).toBeUndefined();
});
