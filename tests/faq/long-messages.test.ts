import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FaqEngine } from '../../faq/index.ts';
import { dropFillers, withoutFaces } from '../../faq/fillers.ts';
import { isHandoffRequest } from '../../faq/handoff.ts';
import { normalizeText } from '../../faq/normalize.ts';
import { questionsOf, sentencesOf, storyClausesOf } from '../../faq/parts.ts';
import { foldSynonyms } from '../../faq/synonyms.ts';
import { scoreSet } from '../../scripts/eval-pack.ts';
import { walletEngine } from '../helpers/faq-model-seed.ts';

/**
 * Long messages (#18): greetings, context before the question, amounts, two sentences, requests for a person with
 * thanks or in frustration. tests/fixtures/faq-eval-long is a dev set (written for this, used while tuning). Floors a
 * little under the figures measured on 2026-12-02 (long18): in scope zh-CN 100, zh-TW 100, en 89.3, ja 96.4, ko 92.9,
 * es 96.4 % (before: 96.4, 92.9, 85.7, 89.3, 89.3, 89.3); requests for a person 100 % in every language (before 66.7,
 * 83.3, 50, 83.3, 66.7, 50). Session 13 (main 1ab94ad): 100, 100, 100, 100, 96.4, 100: each floor one message under.
 */
const IN_SCOPE: Record<string, number> = { 'zh-CN': 96, 'zh-TW': 96, en: 96, ja: 96, ko: 92, es: 96 };

let engine: FaqEngine;
beforeAll(async () => {
  // The run's trained model (tests/helpers/run-models-setup.ts): the engine a training here would make, without one.
  engine = await walletEngine();
}, 120_000);

describe('long messages to the wallet pack', () => {
  it('answers the dev set of long messages at or above each language\'s floor, and hears every request for a person', async () => {
    const scores = await scoreSet(engine, resolve(import.meta.dirname, '../fixtures/faq-eval-long'), false);
    for (const [locale, floor] of Object.entries(IN_SCOPE)) {
      const score = scores[locale]!;
      expect.soft(score.inScope.correct, locale).toBeGreaterThanOrEqual(floor);
      expect.soft(score.handoff.recognised, locale).toBe(100);
      expect.soft(score.outOfScope.notAnswered, locale).toBeGreaterThanOrEqual(80);
    }
  });

  it('reads the question past a greeting, politeness and amounts', () => {
    expect(engine.answer('안녕하세요, 잔액을 보다가 한 번도 가본 적 없는 가게에서 7만9천원이 빠져나간 걸 봤어요').faqId).toBe('unrecognized-charge');
    expect(engine.answer('hola, tengo unos 3500 en el saldo de la billetera. ¿cómo lo paso a mi cuenta del banco?').faqId).toBe('withdraw-to-bank');
  });

  it('lifts a sentence only for the entry the whole message ranks first', () => {
    // "돌려받을 수 있나요?" alone is a refund; the message says the money went to the wrong person.
    expect(engine.answer('안녕하세요. 방금 이름이 같은 연락처를 헷갈려서 다른 사람한테 25만원을 보냈어요. 돌려받을 수 있나요?').faqId).toBe('wrong-transfer');
    // Off-topic as a whole, though its first sentence sounds like an app update.
    expect(engine.answer('こんにちは。パソコンがアップデート後に遅くなりました。ディスクの空き容量を増やす方法は？').kind).not.toBe('answer');
  });

  it('lifts a sentence of a message the hidden class holds for off-topic as a whole when what it asks is not off-topic', () => {
    // The holiday adds up to an off-topic share over the whole (the whole alone: 0.03); "¿Qué hago?" asks about the charge.
    const holiday = 'Estuve de vacaciones en la playa toda la semana con la familia. Al volver vi en el saldo un cargo de una tienda donde nunca he comprado. ¿Qué hago?';
    expect([engine.answer(holiday).kind, engine.answer(holiday).faqId]).toEqual(['answer', 'unrecognized-charge']);
    // Its question is off-topic alone, though its first sentence sounds like an app update.
    expect(engine.answer('Hola, mi portátil va lento desde la última actualización. ¿Cómo libero espacio en el disco?').kind).not.toBe('answer');
  });

  it('reads a story told in one sentence by its clauses, for the entry the whole ranks first', () => {
    // Without its clauses the whole was a "did you mean" (transfer-limits 0.39): the stall and its customers say nothing of ours.
    const stall = 'tengo un puesto en el mercado y los clientes me pagan por la app, pero después de cierto monto diario ya no me deja recibir, se puede aumentar';
    expect([engine.answer(stall).kind, engine.answer(stall).faqId]).toEqual(['answer', 'transfer-limits']);
    // No comma: the story turns at "pero" (a "did you mean" of safe-to-share at 0.42 read whole, the grandfather's bills
    // saying nothing of ours).
    const code = 'mi abuelo usa la billetera para pagar la luz pero ayer un señor le pidió por teléfono el código que le llegó por sms';
    expect([engine.answer(code).kind, engine.answer(code).faqId]).toEqual(['answer', 'safe-to-share']);
  });

  it('reads no clause of a story that names another\'s thing or asks about something else in its last clause', () => {
    // The bank's ATM makes the whole a "did you mean"; its last clause alone is the wallet's fees at 0.95.
    expect(engine.answer('銀行のATMで引き出したら手数料を取られたんですが、銀行の手数料を無料にする方法はありますか').kind).not.toBe('answer');
    // Its last clause, the ask, is off-topic alone: "the wallet moved over fine" alone is usage-tips at 0.60.
    expect(engine.answer('i switched to a new phone last week, the wallet moved over fine, but how do i transfer my whatsapp chats').kind).not.toBe('answer');
    // The ask names iCloud and is off-topic alone; "lost my phone on the bus" alone is lost-phone at 0.98.
    expect(engine.answer('lost my phone on the bus, how do i get my photos back from icloud').kind).not.toBe('answer');
  });

  // A letter's politeness around a question (#18, session 20) changes nothing of its answer: 敬 煩 盡 速 were characters no
  // alternate has, and a clause of politeness was read as the message's ask ("煩請協助確認" alone reads as identity
  // verification by its 確認: "上禮拜轉帳給朋友，他說沒收到，煩請協助確認" lost its answer).
  it.each(['上禮拜轉帳給朋友，他說沒收到', '錢包餘額要怎麼提領到銀行帳戶', '明天台北會不會下雨', '綁定的信用卡要怎麼刪掉'])(
    "answers \"%s\" as it is with a letter's politeness around it",
    (question) => {
      const plain = engine.answer(question);
      for (const polite of [`敬啟者：${question}`, `${question}，煩請協助確認`, `${question} 請盡速處理 感謝您的協助`, `您好，想請問${question}`]) {
        expect([engine.answer(polite).kind, engine.answer(polite).faqId], polite).toEqual([plain.kind, plain.faqId]);
      }
    },
  );

  it('keeps a thank-you before a second question from being taken for a first one', () => {
    const r = engine.answer('谢谢你刚才的帮助。还有一个问题，提现到银行卡多久能到账？');
    expect([r.kind, r.faqId]).toEqual(['answer', 'withdraw-to-bank']);
  });
});

describe('fillers', () => {
  const drop = (text: string) => dropFillers(normalizeText(text));

  it('drops greetings, politeness and amounts with their units, in the six pack languages', () => {
    expect(drop('Hi there, thanks in advance: I sent $50 to my sister')).toBe('i sent to my sister');
    expect(drop('hola buenas, ¿me cobran 20 euros por retirar? gracias de antemano')).toBe('me cobran por retirar');
    expect(drop('您好，请问充值500块要多久到账？谢谢')).toBe('充值 要多久到账');
    expect(drop('お疲れ様です。3万円をチャージしたいです。よろしくお願いします。')).toBe('をチャージしたいです');
    expect(drop('안녕하세요 10만원 충전했는데 안 들어왔어요 감사합니다')).toBe('충전했는데 안 들어왔어요');
  });

  // Characters no alternate has make a question look off-topic (session 19): "like this", "about", "I heard" say nothing,
  // nor how many times or how long in Chinese numerals; never with 一 (a limit's 一次只能) or 几 (提領要幾天 asks how long).
  it.each([
    ['客服要我提供卡片背面的三碼 這樣正常嗎', '客服要我提供卡片背面的三码 正常吗'],
    ['提領申請送出之後大概多久會入帳', '提领申请送出之后 多久会入账'],
    ['聽說有新功能 可是我的畫面沒有', '有新功能 可是我的画面没有'],
    ['密碼輸錯三次帳號就不能用了', '密码输错 账号就不能用了'],
    ['我要出差三個月用不到', '我要出差 用不到'],
    ['兩日都未見錢', '都未见钱'],
    ['一次只能轉兩次嗎', '一次只能转 吗'],
    ['提領要幾天', '提领要几天'],
  ])('drops what Taiwan\'s and Hong Kong\'s %s says nothing with: %s', (text, kept) => {
    expect(drop(text)).toBe(kept);
  });

  it('drops amounts written in Chinese or Japanese numerals (#18, session 14) and times of day, never a multiplier alone, 一点 or 几点', () => {
    expect(drop('为啥我一次只能转五千')).toBe('为啥我一次只能转');
    expect(drop('余额少了两千多，被坑了好几百块')).toBe('余额少了 被坑了');
    expect(drop('俾人呃咗三千蚊')).toBe('俾人呃咗');
    expect(drop('五千円チャージした')).toBe('チャージした');
    expect(drop('千万别转账，万一是骗子')).toBe('千万别转账 万一是骗子');
    expect(drop('手机响了好几下')).toBe('手机响了好几下');
    // 块 after two numerals or a lone one but 一 and 几 (session 40); 一块 is also "together".
    expect(drop('多扣了十五塊，這是什麼錢')).toBe(drop('多扣了，這是什麼錢'));
    expect(drop('余额少了五块')).toBe('余额少了');
    expect(drop('我们一块去')).toBe('我们一块去');
    expect(drop('怎麼被多扣了幾塊')).toBe(normalizeText('怎么被多扣了几块'));
    // A time of day is a detail too ("晚上十點還有人在回覆嗎" was not answered: 0.09); "a little" and "what time" stay (#18, session 18).
    expect(drop('晚上十點還有人在回覆嗎')).toBe('晚上 还有人在回覆吗');
    expect(drop('凌晨2点半被扣款了')).toBe('凌晨 被扣款了');
    expect(drop('一点钟付款失败')).toBe('付款失败');
    expect(drop('能便宜一点吗')).toBe('能便宜一点吗');
    expect(drop('客服几点上班')).toBe('客服几点上班');
  });

  it("drops Taiwan's greetings and the desk or a forum's keeper greeted by name (#18, session 16), never the word they start", () => {
    expect(drop('午安 交易失敗是什麼原因')).toBe('交易失败是什么原因');
    expect(drop('小編你好 轉帳一直顯示處理中')).toBe('转账一直显示处理中');
    expect(drop('安安 版主 退款申請送出好幾天了')).toBe('退款申请送出好几天了');
    expect(drop('嗯 好的 客服您好 我想註銷帳號')).toBe('我想注销账号');
    expect(drop('大大的帳戶被凍結了')).toBe('大大的账户被冻结了');
    expect(drop('好的app推薦')).toBe('好的app推荐');
  });

  // #18, session 22: whom the visitor asks for, who they are and how angry they are say nothing either; never 外国人 alone (an
  // identity question), 孩子 (the off-topic class's), 客服小哥哥 (the desk) or 朋友 when the friend is in the question.
  it.each([
    ['幫我阿嬤問一下，提領要多久', '提领要多久'], ['我媽說她的帳號被凍結了', '说她的账号被冻结了'], ['老闆叫我問 手續費怎麼算', '手续费怎么算'],
    ['我年紀大了 這個錢包要怎麼開始用', '这个钱包要怎么开始用'], ['我是開店的，每筆收多少手續費', '每笔收多少手续费'],
    ['我是外國人，中文不好，密碼忘了', '密码忘了'], ['你們這什麼爛APP，轉帳一直失敗 搞什麼啊', '转账一直失败'], ['退款還沒到 氣死我了 急急急', '退款还没到'],
    ['外國人要怎麼認證', '外国人要怎么认证'], ['轉錢給朋友要手續費嗎', '转钱给朋友要手续费吗'], ['帶孩子去哪玩', '带孩子去哪玩'],
    ['蛤 提領要多久', '提领要多久'], ['靠 轉帳失敗 有夠扯', '转账失败'], ['退款還沒到 傻眼 救救我', '退款还没到'], ['密碼忘了 orz', '密码忘了'],
    ['提款要幾耐 有冇人知', '提款要几耐'], ['我跟你說，綁卡一直失敗 是在哈囉', '绑卡一直失败'], ['靠這個錢包付款', '靠这个钱包付款'],
    ['我住在台南，退款要多久', '退款要多久'], ['我已經退休，綁卡失敗', '绑卡失败'], ['我係學生，點樣增值', '点样增值'], ['我個仔話，提款要幾耐', '话 提款要几耐'],
    ['我係開舖嘅，提款要幾耐', '提款要几耐'], ['唉，付款失敗 好嬲呀', '付款失败'], ['老實講，你們很爛耶 轉帳一直失敗 真的很誇張', '转账一直失败'],
    ['一個女生的帳號被盜', '一个女生的账号被盗'], ['你住在哪裡', '你住在哪里'],
    ['我人在香港，轉帳失敗', '转账失败'], ['我用iPhone，交易失敗', '交易失败'], ['我的手機是三星的，App閃退', 'app闪退'],
    ['退款還沒到 你們到底有沒有在處理', '退款还没到'], ['iPhone要怎麼更新App', 'iphone要怎么更新app'],
    ['我在便利商店打工，提款要多久', '提款要多久'], ['我眼睛不好，綁卡失敗', '绑卡失败'], ['我平常很少用手機，密碼忘了', '密码忘了'],
    ['證件照片看不清楚', '证件照片看不清楚'],
    // Session 23: where they shopped or went, a trip ahead, how little they understand; never a shop asked about, 出國 as
    // the question, nor not knowing how to use the app (usage-tips').
    ['我昨天在全聯買東西，退款要多久', '退款要多久'], ['我剛剛在7-11結帳，付款失敗', '付款失败'], ['我在momo買了東西，密碼忘了', '密码忘了'],
    ['我今天去了一趟郵局，綁卡失敗', '绑卡失败'], ['我下禮拜要去日本玩，額度怎麼提高', '额度怎么提高'], ['因為我下個月要出國，帳戶可以先凍結嗎', '账户可以先冻结吗'],
    ['不好意思我不太懂，提領要多久', '提领要多久'], ['抱歉我比較笨，要怎麼儲值', '要怎么储值'], ['我對這些不太熟，密碼忘了', '密码忘了'],
    ['綁卡失敗，謝謝你們的幫忙', '绑卡失败'],
    ['我下個月要去泰國，轉帳失敗', '转账失败'], ['轉帳失敗，我等一下要搭飛機', '转账失败'], ['我在捷運上，退款多久', '退款多久'], ['我現在在公司，提領要多久', '提领要多久'],
    ['我現在在國外可以用嗎', '我现在在国外可以用吗'], ['我在等退款', '我在等退款'],
    ['轉帳失敗，到底還要等多久啦', '转账失败'], ['你們回覆速度有夠慢，退款多久', '退款多久'], ['綁卡失敗，可以快一點嗎', '绑卡失败'], ['我已經問第三次了，密碼忘了', '密码忘了'],
    ['退款要等多久', '退款要等多久'], ['有沒有更快一點的方法', '有没有更快一点的方法'],
    ['在全家可以用這個付錢嗎', '在全家可以用这个付钱吗'], ['出國可以用嗎', '出国可以用吗'], ['我不太會用', '我不太会用'],
  ])('drops who asks and how angry: "%s" → "%s"', (text, kept) => {
    // Read as the matcher reads it: Cantonese and synonyms folded first (有冇人知 is 有没有人知).
    const fold = (t: string) => foldSynonyms(normalizeText(t), 'zh-TW');
    expect(dropFillers(fold(text))).toBe(fold(kept));
  });

  // The same in English (#18, session 22): who the visitor is, where, on what phone, how new, for whom and how they feel; never
  // the app they are in, "im new here" (usage-tips' alternates say it) nor the words of the question.
  it.each([
    ["I'm a taxi driver, how do i top up", 'how do i top up'], ["I'm a nurse and I work nights. my transfer failed", 'my transfer failed'],
    ["I'm in London, how do I turn on 2FA", 'how do i turn on 2fa'], ["I'm using an iPhone 13 how do i update the app", 'how do i update the app'],
    ["I'm on android, refund?", 'refund'], ["it's my first time using this app how do i add a card", 'how do i add a card'],
    ["I'm new here, how do I verify my ID", 'im new here how do i verify my id'], ["my grandma asked me to ask how to reset her password", 'how to reset her password'],
    ['asking for my mom: is there a fee', 'is there a fee'], ['ugh omg my card got declined, this is so frustrating', 'my card got declined'],
    ['my eyes are bad, where is my history', 'where is my history'], ['can i freeze my wallet next month', 'can i freeze my wallet'],
    ["I'm in the app but can't find my card", 'im in the app but cant find my card'], ["I'm new here", 'im new here'],
    ['my son wants to attach his bank card', 'my son wants to attach his bank card'],
  ])('drops who writes in English and how they feel: "%s" → "%s"', (text, kept) => {
    expect(dropFillers(normalizeText(text))).toBe(normalizeText(kept));
  });

  // #18, session 23: their age and skill with phones, their English, where they live, their trade, family, work, health,
  // how long they have used the app, who set it up, an earlier message, the hour, their name, a visit, self-doubt, mood
  // and haste; never the writer's lack when it is what they ask help with (usage-tips' "im not good with phones, how do i
  // use this"), nor a trip abroad.
  it.each([
    ['im 72 and not great with these apps, how do i top up', 'how do i top up'],
    ["I'm not really a tech person so bear with me. where is my refund", 'where is my refund'],
    ['sorry for my bad english, my transfer failed', 'my transfer failed'], ['english is not my first language, is there a fee', 'is there a fee'],
    ['i live in manchester. how do i add a card', 'how do i add a card'], ["I'm from Lagos, how do I verify my ID", 'how do i verify my id'],
    ['i own a little bakery and take payments with this. what are the fees', 'what are the fees'],
    ["I'm a university student, what's my limit", 'whats my limit'], ["I'm a mum of three so always busy, where is my history", 'where is my history'],
    ["I'm on my lunch break at work, can i freeze my account", 'can i freeze my account'],
    ['my payment failed please reply asap', 'my payment failed'], ['i just got out of hospital, i forgot my password', 'i forgot my password'],
    ["I've been using this app for years, how do I close my account", 'how do i close my account'],
    ['my husband set up the app for me, how do i withdraw', 'how do i withdraw'],
    ['i already wrote to you yesterday, my refund is not here', 'my refund is not here'],
    ["it's 3am and i cant sleep, someone took money from my wallet", 'someone took money from my wallet'],
    ['hi my name is john, how do i change my number', 'how do i change my number'],
    ["I'm visiting my family in India at the moment, my card got declined", 'my card got declined'],
    ["I'm probably doing something wrong, the top up failed", 'the top up failed'],
    ['i am absolutely furious. i was scammed', 'i was scammed'], ['i work as a teacher, can i pay with credit card', 'can i pay with credit card'],
    ["I'm not good with phones, how do I use this", 'im not good with phones how do i use this'],
    ["I'm abroad, can i use the wallet", 'im abroad can i use the wallet'],
    // A country stays: where one lives decides which services apply (Banking77's country_support).
    ['i live in the US, can i get a card', 'i live in the us can i get a card'], ['I am from the EU, can I sign up?', 'i am from the eu can i sign up'],
  ])('drops what an English writer says of themselves (session 23): "%s" → "%s"', (text, kept) => {
    expect(dropFillers(normalizeText(text))).toBe(normalizeText(kept));
  });

  // #18, session 22: who asked a Spanish-speaking visitor to write, who they are, where, their phone and their mood say nothing
  // either; never a family member in the question ("mi papá quiere vincular su tarjeta"), nor "no sé usar la app" alone.
  it.each([
    ['Mi abuela me pidió que les preguntara: ¿cómo elimino mi cuenta?', 'como elimino mi cuenta'],
    ['Mi hijo me dijo que les escribiera. Mi transferencia lleva horas en pendiente', 'mi transferencia lleva horas en pendiente'],
    ['Mi mamá no sabe usar la app y me pidió ayuda: ¿dónde veo el historial?', 'donde veo el historial'],
    ['Soy comerciante, ¿cuánto cobran de comisión?', 'cuanto cobran de comision'], ['Soy jubilado y olvidé mi contraseña', 'y olvide mi contrasena'],
    ['Estoy en Madrid, ¿cómo recargo saldo?', 'como recargo saldo'], ['Vivo en Buenos Aires. ¿Cómo retiro al banco?', 'como retiro al banco'],
    ['Tengo un iPhone 12. ¿Cómo elimino mi cuenta?', 'como elimino mi cuenta'], ['No sé mucho de tecnología, ¿qué hago si me robaron el celular?', 'que hago si me robaron el celular'],
    ['¡Estoy harto! Mi reembolso no llega', 'mi reembolso no llega'], ['Ugh, oigan, buenas tardes, ¿cómo cambio mi número?', 'como cambio mi numero'],
    ['Madre mía, me cobraron dos veces jajaja', 'me cobraron dos veces'],
    ['mi papá quiere vincular la tarjeta de débito de su banco', 'mi papa quiere vincular la tarjeta de debito de su banco'], ['no sé usar la app', 'no se usar la app'],
    // #18, session 23: a trip, an age, a move and little time; never pausing the account while away, nor a minor's age.
    ['Me voy de viaje el mes que viene, ¿cómo recargo saldo?', 'como recargo saldo'], ['La semana que viene viajo a España. ¿Cuánto cobran?', 'cuanto cobran'],
    ['Estoy de vacaciones en Cancún y olvidé mi contraseña', 'y olvide mi contrasena'], ['Estoy fuera del país por trabajo, no puedo entrar', 'no puedo entrar'],
    ['Tengo 70 años, ¿cómo cambio mi número?', 'como cambio mi numero'], ['Me mudé hace poco a Chile. ¿Cómo retiro al banco?', 'como retiro al banco'],
    ['Estoy en el trabajo y tengo poco tiempo, me cobraron dos veces', 'me cobraron dos veces'],
    ['quiero pausar la cuenta mientras estoy de viaje', 'quiero pausar la cuenta mientras estoy de viaje'], ['me voy a cambiar de número', 'me voy a cambiar de numero'],
    ['tengo 16 años, ¿puedo abrir una cuenta?', 'tengo anos puedo abrir una cuenta'],
  ])('drops who writes, where from and how they feel (es): "%s" → "%s"', (text, kept) => {
    const fold = (t: string) => foldSynonyms(normalizeText(t), 'es');
    expect(dropFillers(fold(text))).toBe(fold(kept));
  });

  // Taiwan's crying face is no messenger's name (#18, session 22): QQ alone at a phrase's end or the start, in Traditional text only.
  it.each([
    ['忘記登入密碼 QQ', 'zh-TW', '忘记登入密码'], ['忘記登入密碼QQQ', 'zh-TW', '忘记登入密码'], ['QQ 帳號被凍結了', 'zh-TW', '帳號被凍結了'],
    ['QQ帳號被盜了', 'zh-TW', 'QQ帳號被盜了'], ['忘记QQ密码', 'zh-CN', '忘记qq密码'], ['怎么注销QQ', 'zh-CN', '怎么注销qq'],
  ])('reads "%s" (%s) as "%s"', (text, locale, read) => {
    expect(withoutFaces(normalizeText(text), locale)).toBe(normalizeText(read));
  });

  // #18, session 20: a letter's salutation and politeness, as Taiwan writes them; never the words of the question.
  it.each([
    ['敬啟者：本人申請提領已逾三個工作天，煩請協助處理', '本人申请提领已逾三个工作天'], ['轉帳一直失敗 請盡速回覆 感謝您的協助', '转账一直失败'],
    ['綁卡失敗 麻煩了', '绑卡失败'], ['您好，想請問手續費怎麼算', '手续费怎么算'], ['提現能盡快到帳嗎', '提现能尽快到账吗'], ['好麻煩', '好麻烦'],
  ])("drops a letter's politeness: \"%s\" → \"%s\"", (text, kept) => {
    expect(drop(text)).toBe(kept);
  });

  // #18, session 16: Chinese spoken particles at a phrase's end or a sigh at its start (never 干嘛 nor 呢), how a question
  // is announced (never 那个 before its noun), Taiwan's greetings and the desk or a forum's keeper greeted by name.
  it.each([
    ['付款一直失敗喔', '付款一直失败'], ['欸 我的錢咧？？ 扣款了捏', '我的钱 扣款了'], ['收唔到錢喎 點算', '收唔到钱 点算'],
    ['吼 綁不上去 感恩', '绑不上去'], ['我想問 扣我钱干嘛', '扣我钱干嘛'], ['我的钱呢', '我的钱呢'], ['喔喔喔喔喔喔喔喔x', '喔喔喔喔喔喔喔喔x'],
    ['是這樣的 我有個問題 轉帳失敗 救命', '转账失败'], ['那个 我想知道手续费 在线等', '手续费'], ['那个钱到了吗', '那个钱到了吗'],
    ['请教一下 可以问一下 提现多久到账 谢啦 3Q', '提现多久到账'], ['午安 交易失敗是什麼原因', '交易失败是什么原因'],
    ['小編你好 轉帳一直顯示處理中', '转账一直显示处理中'], ['安安 版主 退款申請送出好幾天了', '退款申请送出好几天了'],
    ['嗯 好的 客服您好 我想註銷帳號', '我想注销账号'], ['大大的帳戶被凍結了', '大大的账户被冻结了'], ['好的app推薦', '好的app推荐'],
  ])('drops what a Chinese message says around its question: "%s" → "%s"', (text, kept) => {
    expect(drop(text)).toBe(kept);
  });

  it('drops Korean letters typed alone (tears, laughter), never a syllable', () => {
    expect(drop('폰 잃어버렸어요 ㅠㅠ 어떡해 ㅋㅋㅋ')).toBe('폰 잃어버렸어요 어떡해');
    expect(drop('출금ㅠ')).toBe('출금');
  });

  // #18, session 17: Japanese openers before a pause (never あの before its noun), a question announced, a sign-off,
  // laughter after a phrase (never 笑 inside a word, nor a Latin w of its own).
  it.each([
    ['えっと、送金したい', '送金したい'], ['あのー送金の上限', '送金の上限'], ['あの店で払えない', 'あの店で払えない'], ['もしもし、出金できない', '出金できない'],
    ['ちょっと質問なんですが、返金はいつ', '返金はいつ'], ['聞きたいことがあるんですけど、退会は', '退会は'], ['返金について聞きたいんですが', '返金について'],
    ['カードを外したい。教えてもらえると助かります', 'カードを外したい'], ['返金お願いします', '返金'],
    ['送金できない(笑)', '送金できない'], ['お金消えたｗｗｗ', 'お金消えた'], ['爆笑', '爆笑'], ['笑顔で払う', '笑顔で払う'], ['pay w card', 'pay w card'],
  ])('drops what a Japanese message says around its question: "%s" → "%s"', (text, kept) => {
    expect(drop(text)).toBe(normalizeText(kept));
  });

  // #18, session 22: what a Japanese writer says about themselves (who, how old, their Japanese or their phone skills, where
  // they are, their phone, a trip ahead, anger); never a persona before でも, 高齢の母, abroad (海外), nor 旅行中.
  it.each([
    ['年寄りでスマホに詳しくないのですが、出金したい', '出金したい'], ['外国人で日本語があまり上手じゃないです。返金はいつ', '返金はいつ'],
    ['主婦です。送金の上限', '送金の上限'], ['私は自営業ですが、手数料は', '手数料は'], ['今大阪にいるんですが、送金できない', '送金できない'],
    ['iPhoneを使っています。アプリが落ちる', 'アプリが落ちる'], ['来月旅行に行くので、出金したい', '出金したい'],
    ['返金はいつ 本当に腹が立つ！', '返金はいつ'], ['学生でも使えますか', '学生でも使えますか'], ['高齢の母に使い方を教えたい', '高齢の母に使い方を教えたい'],
    ['海外に住んでいるんですが、送金できる？', '海外に住んでいるんですが 送金できる'], ['旅行中はアカウントを止めたい', '旅行中はアカウントを止めたい'],
    ['夫に聞いてくれと言われて、出金したい', '出金したい'], ['祖母に頼まれて聞いてるんですが、返金はいつ', '返金はいつ'],
    ['お店をやっている者ですが、手数料は', '手数料は'], ['定年退職したばかりで、送金の上限', '送金の上限'], ['母に使い方を教えたい', '母に使い方を教えたい'],
    ['スマホが苦手でもウォレットを使える？', 'スマホが苦手でもウォレットを使える'], ['機械が苦手な人でも使えますか', '機械が苦手な人でも使えますか'],
  ])('drops what a Japanese writer says about themselves: "%s" → "%s"', (text, kept) => {
    expect(drop(text)).toBe(normalizeText(kept));
  });

  // #18, session 23: how often they asked, their eyes, a purchase told before the question, who recommended the app, their
  // age, for whom they ask, an apology for their writing or question, how stuck they are, orz; never these inside a question.
  it.each([
    ['もう3回も問い合わせてるんですけど、返金はいつ', '返金はいつ'], ['老眼で画面の字が見えにくいのですが、出金したい', '出金したい'],
    ['さっきスーパーで買い物をしたのですが、手数料は', '手数料は'], ['娘に勧められて、送金の上限', '送金の上限'],
    ['80歳のおばあちゃんです。出金したい', '出金したい'], ['70代です。返金はいつ', '返金はいつ'],
    ['主人が入院中で代わりに聞いてます。出金したい', '出金したい'], ['音声入力なので変な文章だったらごめんなさい 送金の上限', '送金の上限'],
    ['変な質問かもしれませんが手数料は', '手数料は'], ['返金はいつ 本当に困ってます', '返金はいつ'], ['返金はいつorz', '返金はいつ'],
    ['何回も問い合わせてるのに返事がない', '何回も問い合わせてるのに返事がない'], ['困っている人に送金したい', '困っている人に送金したい'],
    ['ネットで買い物したら相手と連絡が取れなくなった', 'ネットで買い物したら相手と連絡が取れなくなった'],
    ['音声で案内してほしい', '音声で案内してほしい'], ['質問の仕方が変ですか', '質問の仕方が変ですか'],
  ])('drops what a Japanese writer says about themselves (2): "%s" → "%s"', (text, kept) => {
    expect(drop(text)).toBe(normalizeText(kept));
  });

  // #18, session 17: Korean openers (여보세요, 저기요), a question announced, a sign-off; never the words inside a question.
  it.each([
    ['여보세요 출금이 안 돼요', '출금이 안 돼요'], ['저기요, 수수료 있나요', '수수료 있나요'], ['질문 하나 있는데요, 한도가 얼마예요', '한도가 얼마예요'],
    ['궁금한 게 있는데 환불은 언제 돼요', '환불은 언제 돼요'], ['문의드릴 게 있어서요. 카드 등록이 안 돼요', '카드 등록이 안 돼요'],
    ['환불 부탁해요', '환불'], ['비밀번호 바꾸고 싶어요. 수고하세요', '비밀번호 바꾸고 싶어요'], ['질문이 뭐였죠', '질문이 뭐였죠'],
  ])('drops what a Korean message says around its question: "%s" → "%s"', (text, kept) => {
    expect(drop(text)).toBe(normalizeText(kept));
  });

  it('drops an opening greeting as whole words, the longest first, never the start of a word', () => {
    expect(drop('history of my payments')).toBe('history of my payments');
    expect(drop('hidden fees?')).toBe('hidden fees');
    expect(drop('historial de movimientos')).toBe('historial de movimientos');
    expect(drop('hiya, how do i top up')).toBe('how do i top up');
    expect(drop('buenas tardes, vi un cargo raro')).toBe('vi un cargo raro');
    expect(drop('Dear sir or madam, my card was declined')).toBe('my card was declined');
  });

  it('drops the days and months a story names (#18, session 14), never "may" nor a word they start', () => {
    expect(drop('I saw two charges on Tuesday and one in October')).toBe('i saw two charges on and one in');
    expect(drop('vi dos compras el martes, en octubre no')).toBe('vi dos compras el en no');
    expect(drop('화요일에 결제됐어요 10월에도')).toBe('결제됐어요');
    expect(drop('월세 보내기, may i pay mondays')).toBe('월세 보내기 may i pay mondays');
  });

  it('keeps the digits of a word, and a message of nothing but fillers as it was', () => {
    expect(drop('how do I turn on 2fa')).toBe('how do i turn on 2fa');
    expect(drop('hello, thank you')).toBe('hello thank you');
  });
});

describe('sentences', () => {
  it('splits a message at its marks, never at a decimal point or a time', () => {
    expect(sentencesOf('I paid 45.50 at 10:30. It failed! Why?')).toEqual(['I paid 45.50 at 10:30', ' It failed', ' Why']);
    expect(sentencesOf('昨天付款失败了。怎么办？')).toEqual(['昨天付款失败了', '怎么办']);
  });

  it("cuts a story's clauses at its marks and at a Spanish turn between words, never inside a word", () => {
    expect(storyClausesOf('funcionaba bien pero ahora no entro, ¿qué hago?')).toEqual(['funcionaba bien', 'ahora no entro', ' ¿qué hago?']);
    expect(storyClausesOf('quise pagar aunque no pude y luego me cobraron')).toEqual(['quise pagar', 'no pude', 'me cobraron']);
    expect(storyClausesOf('el perro de mi vecino')).toEqual(['el perro de mi vecino']);
  });

  it("cuts a story's clauses at a Spanish y / porque / entonces and after a Korean connective ending, never inside a word", () => {
    expect(storyClausesOf('tengo un puesto y quiero conectar mi tarjeta')).toEqual(['tengo un puesto', 'quiero conectar mi tarjeta']);
    expect(storyClausesOf('no pude pagar porque no tenia saldo')).toEqual(['no pude pagar', 'no tenia saldo']);
    // "y luego" is still one turn; "yo", "hoy" and "muy" are words, not turns.
    expect(storyClausesOf('yo pague hoy y luego me cobraron muy caro')).toEqual(['yo pague hoy', 'me cobraron muy caro']);
    expect(storyClausesOf('시장에서 장사하는데 카드 등록은 어떻게 해요')).toEqual(['시장에서 장사하는데', '카드 등록은 어떻게 해요']);
    expect(storyClausesOf('나이 먹어서 잘 모르니까 알려주세요')).toEqual(['나이 먹어서', '잘 모르니까', '알려주세요']);
    // A connective ending only after a word's own syllables: 어서 alone ("come in") and a sentence's last word are no turn.
    expect(storyClausesOf('어서 오세요')).toEqual(['어서 오세요']);
    expect(storyClausesOf('충전했는데')).toEqual(['충전했는데']);
  });

  it('finds the sentences that ask (end with a question mark), none when none does', () => {
    expect(questionsOf('Estuve de vacaciones. ¿Qué hago? Mi mujer tiene ganas.')).toEqual([' ¿Qué hago']);
    expect(questionsOf('週末に機種変更しました。どうすればいいですか？もう三回も失敗してます。')).toEqual(['どうすればいいですか']);
    expect(questionsOf('Is it safe?! Why?? ok')).toEqual(['Is it safe', ' Why']);
    expect(questionsOf('I lost my phone. What should I do')).toEqual([]);
    // A piece without letters is no sentence (sentencesOf drops it too).
    expect(questionsOf('100? 45.50?')).toEqual([]);
  });
});

describe('requests for a person in long messages', () => {
  it.each([
    'Thanks for the answers so far, but could I please speak with a real person? I\'d appreciate it.',
    'Hi, I\'d rather talk to a person about my case if that\'s possible, thank you.',
    'Can someone from your team call me back at the number on my account?',
    'This bot keeps giving me the same answer.',
    'I have explained this three times already!',
    '请让你们的工作人员给我回个电话，号码就是我账户上的那个',
    '这个机器人一直在绕圈子',
    '我已經講了三次了，可以找一個真的能處理的人來嗎',
    'ご回答ありがとうございます。ですが、できれば担当者の方と直接お話しさせていただけますか。よろしくお願いします。',
    'このボット、同じことばかり繰り返してる',
    '답변 감사합니다. 그런데 가능하면 상담원분과 직접 이야기하고 싶어요. 부탁드립니다.',
    '계속 같은 말만 하네요',
    'Gracias por las respuestas, pero ¿podría hablar con una persona de verdad, por favor? Se lo agradezco.',
    '¿Alguien de su equipo me puede devolver la llamada al número de mi cuenta?',
    'Este bot da vueltas en círculo.',
  ])('"%s" is one', (text) => {
    expect(isHandoffRequest(text)).toBe(true);
  });

  it.each([
    'Hi, how do I contact customer support? Thanks in advance.',
    'Thanks! Please do not connect me to an agent, just tell me the fee.',
    'I talked to an agent yesterday, thanks. Where is the refund they promised?',
    'The payment screen keeps spinning in circles',
    'I tried to top up three times. Why does it fail?',
    '您好，请问客服电话是多少？谢谢',
    'すみません、何回もログインを試しましたがダメでした。どうすればいいですか？',
    '안녕하세요, 결제를 두 번 했는데 환불되나요?',
    'Hola, ¿cómo contacto con atención al cliente? Gracias.',
  ])('"%s" is not', (text) => {
    expect(isHandoffRequest(text)).toBe(false);
  });
});
