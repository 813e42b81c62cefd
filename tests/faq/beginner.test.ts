import { beforeAll, describe, expect, it } from 'vitest';
import type { FaqEngine } from '../../faq/index.ts';
import { beginnerRest } from '../../faq/beginner.ts';
import { normalizeText } from '../../faq/normalize.ts';
import { walletEngine } from '../helpers/faq-model-seed.ts';

/**
 * A visitor new to the app says so before (or after) what they ask (#18, session 23): "es la primera vez que uso la app,
 * ¿cómo recargo saldo?" asks how to top up, not for the usage guide, while "es la primera vez que uso la app, ¿cómo
 * funciona?" is the guide's question.
 */
describe('beginnerRest', () => {
  const rest = (text: string) => beginnerRest(text, normalizeText(text));

  it.each([
    ['Es la primera vez que uso la app, ¿cómo recargo saldo?', '¿cómo recargo saldo?'],
    ['soy nueva en la aplicación y ya olvidé la contraseña', 'ya olvidé la contraseña'],
    ['Acabo de descargar la app. Mi transferencia sigue pendiente', 'Mi transferencia sigue pendiente'],
    ['¿Cuánto cobran por enviar dinero? Recién me registré', '¿Cuánto cobran por enviar dinero?'],
    ["Just downloaded the app yesterday, how do I add money?", 'how do I add money?'],
    ["I'm new to the wallet and I forgot my password", 'I forgot my password'],
    ['初めて使うのですが、チャージはどうやってしますか', 'チャージはどうやってしますか'],
    ['まだ使い始めたばかりで、スマホをなくしました', 'スマホをなくしました'],
    ['我第一次用，要怎麼儲值？', '要怎麼儲值?'],
    ['刚下载这个app，转账一直显示处理中', '转账一直显示处理中'],
    ['처음 써보는데요 충전은 어떻게 해요?', '충전은 어떻게 해요?'],
    ['방금 가입했는데 비밀번호를 잊어버렸어요', '비밀번호를 잊어버렸어요'],
  ])('reads "%s" without its beginner\'s words: "%s"', (text, left) => {
    expect(rest(text)).toBe(left);
  });

  it.each([
    ['es la primera vez que me pasa, me cobraron dos veces'], ['i just got charged twice'], ['i just registered my card and it fails'],
    ['I just opened an account at my bank, how do I link the card?'], ['初めて見る請求があります'], ['我换了新手机'], ['有沒有新手教學'],
    ['처음 보는 결제가 있어요'], ['es la primera vez que uso la app'], ['im new here'],
  ])('finds no beginner\'s words to leave out of "%s", or nothing else', (text) => {
    expect(rest(text)).toBeNull();
  });
});

describe('a beginner\'s question to the wallet pack', () => {
  let engine: FaqEngine;
  beforeAll(async () => {
    engine = await walletEngine();
  }, 120_000);

  it.each([
    ['es la primera vez que uso la app, mi transferencia lleva horas en pendiente', 'transaction-failed'],
    ['soy nuevo en la app, ¿cómo vinculo mi tarjeta del banco?', 'bind-bank-card'],
    ['just started using the app, how do i turn on 2FA', 'account-security'],
    ["I'm new to the app, transfer has been pending for 2 hours??", 'transaction-failed'],
    ['初めて使うのですが、支払い方法は何がありますか', 'payment-methods'],
    ['剛下載這個app，忘記登入密碼', 'password-reset'],
    ['刚下载这个app，客服电话多少', 'contact-support'],
    ['초보인데요 송금이 계속 처리중으로 떠요', 'transaction-failed'],
  ])('answers "%s" with what follows the beginner\'s words (%s)', (text, faqId) => {
    expect(engine.answer(text)).toMatchObject({ kind: 'answer', faqId });
  });

  it.each([
    ['es la primera vez que uso la app, ¿cómo funciona?'], ['acabo de instalar la app, ¿qué sigue?'], ['es la primera vez que uso la app y no sé nada'],
    ['first time using this app, help'], ['I\'m new to this, can you explain?'], ['初めて使うのですが、よくわかりません'], ['我是新手，求教'], ['초보인데요 도와주세요'],
    // What follows asks how to begin in a word or two the pack lacks: still the guide's question.
    ['第一次用這個app，該先設定什麼'], ['es mi primera vez con la billetera, ¿me explican?'],
  ])('answers "%s" with the usage guide: what follows asks nothing of another entry', (text) => {
    expect(engine.answer(text)).toMatchObject({ kind: 'answer', faqId: 'usage-tips' });
  });

  it.each([
    ['es la primera vez que uso esta billetera, cuéntame un chiste'], ['soy nueva en la app, receta de paella'],
    ['im new here, recommend some good songs'], ['初めて使うのですが、日本の首相って誰'], ['我第一次用这个钱包，讲个笑话'], ['刚下载这个app，红烧肉怎么做'],
    ['我第一次使用這個錢包，說個笑話來聽聽'], ['이 앱 처음 써보는데요 재밌는 농담 해줘'],
    // What follows is made of the pack's how-to and when-words but for a word or two, and the hidden class is all but
    // sure of it (see OFF_TOPIC_ASK_SURE).
    ["i'm new here, how do i let red wine breathe"], ['초보인데 와인 디캔팅은 어떻게 해요'],
  ])('does not answer "%s": what follows is off-topic, not the usage guide\'s', (text) => {
    expect(engine.answer(text).kind).not.toBe('answer');
  });
});
