import { beforeAll, describe, expect, it } from 'vitest';
import type { FaqEngine } from '../../faq/index.ts';
import { withoutFillers } from '../../faq/fillers.ts';
import { detectLanguage } from '../../faq/language.ts';
import { normalizeText } from '../../faq/normalize.ts';
import { foldSynonyms } from '../../faq/synonyms.ts';
import { featuresOf } from '../../faq/matcher.ts';
import { replyOf, walletEngine } from '../helpers/faq-model-seed.ts';

/**
 * An entry's matter told in a customer's words rather than the entry's (issue #18, session 40): where the news of
 * changes is posted, everything gone in and out, the money sitting in the wallet moved to one's actual bank, ending
 * things with the company; and a phone maker's own wallet, where a card is added to its app, not to this one. Each was a
 * "did you mean", nothing or another entry's answer before (main d594d38, seed 77).
 */
let wallet: FaqEngine;
beforeAll(async () => {
  wallet = await walletEngine();
});
const reply = (text: string) => replyOf(wallet, text);

describe("an entry's matter in a customer's words (session 40)", () => {
  it.each([
    ['i never know when something new comes out, where do you post that?', 'app-updates'],
    ['where do you guys post news about changes', 'app-updates'],
    ['where can i see all the money going in and out of my wallet', 'transaction-history'],
    ['how do i get the money sitting in here into my real bank', 'withdraw-to-bank'],
    ['i want to end things with you guys and keep my balance, how?', 'close-account'],
    ['¿Cuál es el trámite para terminar con ustedes? Me quiero ir.', 'close-account'],
    ['quiero cortar con ustedes, ¿qué tengo que hacer?', 'close-account'],
  ])('answers "%s" with %s', (text, id) => {
    expect(reply(text)).toBe(id);
  });

  it.each(['can i add my debit card to apple wallet on my iphone?', '¿cómo pongo mi tarjeta en Google Wallet?'])(
    'does not answer "%s": a phone maker\'s own wallet',
    (text) => {
      expect(wallet.answer(text).kind).not.toBe('answer');
    },
  );

  it.each([
    ['how do I add a card to my wallet', 'bind-bank-card'],
    ['can i pay with apple pay', 'payment-methods'],
  ])('still answers "%s" with %s', (text, id) => {
    expect(reply(text)).toBe(id);
  });
});

/**
 * Spanish words two entries share, read by the phrase that decides (session 42, main 4a1c4f8, seed 77: each was the
 * other entry's answer): the app locked behind a PIN is its security, not a frozen account; money from "mi cuenta del
 * banco" to the app is a top-up; whom one paid, looked up, is the history, while the same words told with the mistake
 * stay a wrong transfer.
 */
describe("Spanish words two entries share (session 42)", () => {
  it.each([
    ['se puede bloquear la aplicación con un pin para que mis hijos no entren', 'account-security'],
    ['transferí desde mi cuenta del banco a la app y no llegó', 'top-up'],
    ['Quiero saber a quién le mandé plata en marzo, ¿dónde busco?', 'transaction-history'],
    ['quiero saber a quién le mandé la plata por error, me equivoqué de número', 'wrong-transfer'],
  ])('answers "%s" with %s', (text, id) => {
    expect(reply(text)).toBe(id);
  });
});

/**
 * What a phishing alternate must not take (session 43): a frozen account, the app's own security alert, a charge not
 * made, and a request for a person after an impostor's call. Session 42's eight phishing alternates a language pulled
 * such questions to scam-report on blind sets; each of these is answered by its own entry (or handed to a person) on
 * main d6950ab at every seed 77–86.
 */
describe("a frozen account, a security alert, an odd charge and an impostor's call stay themselves (session 43)", () => {
  it.each([
    ["换了手机之后账户被冻结了，怎么解冻", 'freeze-account'],
    ["app提醒有个陌生设备登录了我的账号，怎么办", 'account-security'],
    ["账单里有一笔300块不是我付的", 'unrecognized-charge'],
    ["有人冒充你们给我打电话，我要找人工", 'handoff'],
    ["換了手機之後帳戶被凍結，要怎麼解凍", 'freeze-account'],
    ["App通知有陌生裝置登入我的帳號，怎麼辦", 'account-security'],
    ["交易紀錄裡有一筆300元不是我付的", 'unrecognized-charge'],
    ["有人冒充你們打電話給我，我要找真人", 'handoff'],
    ["my account got frozen after i switched phones, how do i unfreeze it", 'freeze-account'],
    ["the app warned me about a sign-in from a device i don't know, what do i do", 'account-security'],
    ["there's a 300 charge in my history i never made", 'unrecognized-charge'],
    ["someone called pretending to be you, i want to talk to a real person", 'handoff'],
    ["機種変更したらアカウントが凍結された、解除するには", 'freeze-account'],
    ["知らない端末からログインがあったとアプリから通知が来た、どうすれば", 'account-security'],
    ["履歴に身に覚えのない3000円の支払いがある", 'unrecognized-charge'],
    ["御社を名乗る人から電話があった、人と話したい", 'handoff'],
    ["폰 바꾸고 나서 계정이 동결됐어요 어떻게 풀어요", 'freeze-account'],
    ["모르는 기기에서 로그인했다고 앱 알림이 왔어요 어떡해요", 'account-security'],
    ["내역에 제가 안 한 3만원 결제가 있어요", 'unrecognized-charge'],
    ["누가 여기 사칭해서 전화했어요 상담원이랑 얘기하고 싶어요", 'handoff'],
    ["cambié de celular y me congelaron la cuenta, ¿cómo la desbloqueo?", 'freeze-account'],
    ["la app me avisó de un inicio de sesión desde un dispositivo que no conozco, ¿qué hago?", 'account-security'],
    ["hay un cargo de 300 en mi historial que yo no hice", 'unrecognized-charge'],
    ["alguien llamó haciéndose pasar por ustedes, quiero hablar con una persona", 'handoff'],
  ])('answers "%s" with %s', (text, id) => {
    expect(reply(text)).toBe(id);
  });
});

/**
 * Chinese words two entries share, read by the phrase that decides (session 43, main d6950ab, seed 77: each was another
 * entry's answer, a "did you mean" or nothing): the limit passed said in one word (超额, 超限); knowing nothing of the app,
 * said at the clause's end, a beginner, while "nothing happens" after pressing pay is not one.
 */
describe('Chinese words two entries share (session 43)', () => {
  it.each([
    ['转了三万 提示超额 转不出去', 'transfer-limits'],
    ['轉帳超限了怎麼辦', 'transfer-limits'],
    ['刚装好 啥都不会', 'usage-tips'],
    ['剛裝好什麼也不會', 'usage-tips'],
  ])('answers "%s" with %s', (text, id) => {
    expect(reply(text)).toBe(id);
  });

  it('does not read "什么都不会" before a verb as a beginner: 付款按了什么都不会发生', () => {
    const answer = wallet.answer('付款按了什么都不会发生');
    expect(answer.kind === 'answer' ? answer.faqId : answer.suggestions[0]?.faqId).not.toBe('usage-tips');
  });
});

/*
 * Chinese as blind44's customers write it (issue #18, session 45): a code that will not scan, with "app" or "QR" typed in
 * (app里的二维码扫不了 was app-updates' answer by its "app", 扫码扫不了 a "did you mean"), and a transfer the visitor did not
 * make, told after the text that reported it (短信说我转账成功了 可是我没转 was transaction-failed's). The scan is the
 * verification's when what will not scan is an ID card or a face.
 */
describe('Chinese: a code that will not scan, a transfer not made (session 45)', () => {
  it.each([
    ['app里的二维码扫不了', 'transaction-failed'],
    ['QR扫不了', 'transaction-failed'],
    ['扫码扫不了', 'transaction-failed'],
    ['付款碼掃唔到', 'transaction-failed'],
    ['短信说我转账成功了 可是我没转', 'unrecognized-charge'],
    ['身份证扫不了', 'identity-verification'],
    ['人脸扫不了', 'identity-verification'],
  ])('answers "%s" with %s', (text, id) => {
    expect(reply(text)).toBe(id);
  });

  it('folds a code named and its scan failing onto a payment failed, not a scan alone', () => {
    expect(foldSynonyms(normalizeText('二维码扫不了'), 'zh-CN')).toBe(foldSynonyms(normalizeText('付款失败'), 'zh-CN'));
    expect(foldSynonyms(normalizeText('身份证扫不了'), 'zh-CN')).not.toContain(foldSynonyms(normalizeText('付款失败'), 'zh-CN'));
  });
});

/*
 * English as voice typing writes it (issue #18, session 43): hesitations anywhere ("um", "uh") and a spoken opening ("so",
 * "ok so", "hey so", "basically", "honestly", "like") say nothing of the question. Before, "um top up balance" was read as
 * Portuguese by its "um" and got no answer, and "so um …" cost 9 of the 405 dev English rows answered right (seed 77).
 */
describe('English as voice typing writes it (session 43)', () => {
  it.each([
    ['um top up balance', 'top-up'],
    ['um forgot pw', 'password-reset'],
    ['so um how do i add a new debit card', 'bind-bank-card'],
    ['ok so um any hidden charges', 'fees'],
    ['basically i want to close my account', 'close-account'],
    ['uh whats ur support phone number', 'contact-support'],
  ])('answers "%s" with %s', (text, id) => {
    expect(reply(text)).toBe(id);
  });

  it('drops a spoken opening and hesitations, and only those', () => {
    expect(withoutFillers(normalizeText('so um how do i add my card'))).toBe('how do i add my card');
    expect(withoutFillers(normalizeText('hey so basically my card, um, wont link'))).toBe('my card wont link');
    expect(withoutFillers(normalizeText('i would like to close my account'))).toBe('i would like to close my account');
    expect(withoutFillers(normalizeText('i paid so my friend could get it'))).toBe('i paid so my friend could get it');
    expect(withoutFillers(normalizeText('the app looks like it froze'))).toBe('the app looks like it froze');
  });

  it('reads "um" as English hesitation, yet a Portuguese sentence stays Portuguese', () => {
    expect(detectLanguage('um refund?').locale).toBe('en');
    expect(detectLanguage('quero um cartão novo').locale).toBe('pt');
    expect(detectLanguage('preciso falar com um atendente').locale).toBe('pt');
  });
});

describe('Spanish as customers from Mexico to Argentina and Spain write it (session 44)', () => {
  const folded = (text: string) => foldSynonyms(normalizeText(text), 'es');

  it.each([
    // "che" was Italian's stopword alone: the question got no answer.
    ['che aceptan mastercard?', 'payment-methods'],
    ['che perdí mi teléfono', 'lost-phone'],
    // Central America's "pisto" and the diminutive "platita" for money.
    ['quiero meter pisto en la billetera', 'top-up'],
    ['como meto platita en el monedero', 'top-up'],
    // "el app": the direction phrases say "a la app".
    ['como paso plata del banco al app', 'top-up'],
    // Voice typing's hesitations split the groups' phrases.
    ['¿me cobran este este algo por pasar plata a mi cuenta del banco?', 'fees'],
    ['qué formas o sea de pago tienen para comprar en línea', 'payment-methods'],
  ])('answers "%s" with %s', (text, id) => {
    expect(reply(text)).toBe(id);
  });

  it('reads che, vos and vosotros as Spanish, and an Italian sentence with "che" as Italian', () => {
    expect(detectLanguage('che aceptan mastercard?').locale).toBe('es');
    expect(detectLanguage('vos sabés cómo cargo saldo').locale).toBe('es');
    expect(detectLanguage('¿me podéis decir cómo recargo vuestra app?').locale).toBe('es');
    expect(detectLanguage('che cosa devo fare per ricaricare il conto').locale).toBe('it');
  });

  it('drops hesitations and "wey" but keeps "este" as a word, and reads diminutives as their nouns', () => {
    expect(folded('qué formas este este de pago hay')).toBe(folded('qué formas de pago hay'));
    expect(folded('eh mmm quiero, o sea, retirar mi plata wey')).toBe(folded('quiero retirar mi plata'));
    expect(folded('un cobro raro este mes')).toContain('este mes');
    expect(folded('perdí mi celularcito')).toBe(folded('perdí mi celular'));
    expect(folded('mi cuentita del banco')).toBe(folded('mi cuenta del banco'));
    expect(folded('pasar pisto del app al banco')).toBe(folded('pasar plata de la app al banco'));
  });
});

/**
 * English customers' words the entries' folds did not read (issue #18, session 46): "I'd" typed without its apostrophe
 * ("id like…", read as an ID), a sum added or put "of it" into the wallet, a bank account by its kind alone ("my
 * checking", "my savings"), where the money goes said before where it comes from, an account wished terminated. Each was
 * another entry's answer or a "did you mean" on main c9d40bf.
 */
describe("English customers' words (session 46)", () => {
  const folded = (text: string) => foldSynonyms(normalizeText(text), 'en');
  it.each([
    ['id love my account closed for good', 'close-account'],
    ['id appreciate help moving my money into my bank', 'withdraw-to-bank'],
    ['added 25 bucks from my debit card and nothing showed up', 'top-up'],
    ['put 60 of it into the wallet from my bank account, how', 'top-up'],
    ['can i send money out of the app to my savings', 'withdraw-to-bank'],
    ['moved 100 to my checking from the app, when will it arrive', 'withdraw-to-bank'],
  ])('answers "%s" with %s', (text, id) => {
    expect(reply(text)).toBe(id);
  });

  it('reads "id" before a wish as "i would", and an ID card, all my savings and a figure added to another as they are', () => {
    expect(folded('id like to close my account')).toBe(folded('i would like to close my account'));
    expect(folded('my id card expired')).toContain('id card');
    expect(folded('i lost all my savings')).toContain('savings');
    expect(folded('added 5 minutes to the call')).toContain('added 5 minutes');
    expect(folded('move it into my savings')).toBe(folded('move it into my bank account'));
  });
});

/**
 * Someone reported is the scam report, not a wish to talk to someone (issue #18, session 47): "i need to report someone"
 * was a handoff on main e253995 (the learned backstop reads "someone" after a wish as a person asked for, at 0.99), and
 * so was "quiero reportar a alguien". The rules now read a person or an account reported as a person mentioned; a
 * message that also asks for the desk's people is still a request. A transfer that will not or is not going through
 * carries the failure's concept, as one that did not go through does.
 */
describe('someone reported, a transfer not going through (session 47)', () => {
  it.each([
    ['i need to report someone', 'scam-report'],
    ['i would like to report someone', 'scam-report'],
  ])('answers "%s" with %s', (text, id) => {
    expect(reply(text)).toBe(id);
  });

  it('offers the scam report first for "quiero reportar a alguien", not a person', () => {
    const answer = wallet.answer('quiero reportar a alguien');
    expect(answer.kind).not.toBe('handoff');
    expect(answer.faqId ?? answer.suggestions[0]?.faqId).toBe('scam-report');
  });

  it.each(['i want to talk to someone to report someone', 'quiero denunciar a una persona, pásame con un asesor'])(
    'still hands "%s" to a person',
    (text) => {
      expect(wallet.answer(text).kind).toBe('handoff');
    },
  );

  it.each(['transfer wont go through', 'my payment isnt going through', 'it doesnt go thru'])('reads "%s" as a failure', (text) => {
    expect(featuresOf(text, 'en')).toContain('y:failed');
  });
});
