import { describe, expect, it } from 'vitest';
import { withConcepts } from '../../faq/concepts.ts';
import { createMatcher, featuresOf } from '../../faq/matcher.ts';
import { normalizeText } from '../../faq/normalize.ts';
import { tokenize } from '../../faq/tokenize.ts';
import { fitVectorizer } from '../../faq/vectorize.ts';
import { DEFAULT_SCORER_OPTIONS } from '../../faq/scorer.ts';
import type { FaqPack } from '../../faq/types.ts';

describe('concepts', () => {
  it('are appended once each, in order of mention, then their pairs; the longest member at a word wins', () => {
    expect(withConcepts('how long until it arrives in the mail how long', 'en')).toBe(
      'how long until it arrives in the mail how long #how_long #deliver #deliver+how_long',
    );
    // "cash machine" is the ATM member, not "cash" and "machine"; "cash" alone is cash.
    expect(withConcepts('the cash machine please', 'en')).toBe('the cash machine please #atm #cash #atm+cash');
    expect(withConcepts('cash please', 'en')).toBe('cash please #cash');
  });

  it('read a transfer not managed, a debit never set up and an order called off by their entry\'s notion (#18, session 22)', () => {
    expect(withConcepts('i couldnt transfer money', 'en')).toBe('i couldnt transfer money #failed');
    expect(withConcepts('a direct debit i didnt set up', 'en')).toBe('a direct debit i didnt set up #direct_debit #unknown #direct_debit+unknown');
    expect(withConcepts('how do i cancel my order', 'en')).toBe('how do i cancel my order #how_do_i #refund #how_do_i+refund');
  });

  it('add the broader concepts one implies, after those mentioned, once each', () => {
    // An ATM is where cash is taken out: a fee at the ATM shares "charge" with "cash" as a fee for cash does.
    expect(withConcepts('a fee at the atm', 'en')).toBe('a fee at the atm #charge #atm #cash #atm+cash #atm+charge #cash+charge');
    expect(withConcepts('i was charged a fee for cash', 'en')).toBe('i was charged a fee for cash #charge #cash #cash+charge');
    // A swallowed card is in an ATM (an implied concept implies nothing further); mentioned twice, a concept is added once.
    expect(withConcepts('it ate my card', 'en')).toBe('it ate my card #swallowed #card #atm #atm+card #atm+swallowed #card+swallowed');
    expect(withConcepts('the atm ate my cash', 'en')).toBe('the atm ate my cash #atm #swallowed #cash #atm+cash #atm+swallowed #cash+swallowed');
  });

  it('hold a figure the text states, though amounts and numbers are no words of the text it was folded to', () => {
    const stated = normalizeText('I was charged $1 extra');
    expect(stated).toBe('i was charged 1 extra');
    expect(withConcepts('i was charged extra', 'en', stated)).toBe('i was charged extra #figure #charge #charge+figure');
    // A figure alone says nothing; the digits of a word ("2fa") are no figure; nor are they in a language without groups.
    expect(withConcepts('wug', 'en', 'wug 500 7')).toBe('wug');
    expect(withConcepts('my 2fa code', 'en')).toBe('my 2fa code');
    expect(withConcepts('on m a facture', 'fr', 'on m a facture 1')).toBe('on m a facture');
  });

  it('leave text without a member, or in a language without groups, as it is; a visitor cannot type one', () => {
    expect(withConcepts('my account', 'en')).toBe('my account');
    expect(withConcepts('mi tarjeta no llega', 'es')).toBe('mi tarjeta no llega');
    expect(withConcepts('on m a facture deux fois', 'fr')).toBe('on m a facture deux fois');
    expect(withConcepts('卡什么时候到', null)).toBe('卡什么时候到');
    expect(withConcepts(normalizeText('#deliver #atm+cash'), 'en')).toBe('deliver atm cash #deliver #atm #cash #atm+cash #atm+deliver #cash+deliver');
  });

  it('are found in Chinese, Japanese and Korean text anywhere, in Spanish as words, each named in its language', () => {
    const concepts = (text: string, locale: string) => featuresOf(text, locale).filter((f) => f.startsWith('y:'));
    // The limit whatever the topic word: 提现 (and Taiwan's 提領), 出金, 출금, retirar are withdraw-to-bank's words.
    expect(concepts('为什么提现最多只能提两千', 'zh-CN')).toEqual(['y:限额']);
    expect(concepts('為什麼一天只能提領五千', 'zh-TW')).toEqual(['y:限额']);
    expect(concepts('なぜ一回に3万円までしか出金できないの', 'ja')).toEqual(['y:上限额']);
    expect(concepts('왜 출금은 한 번에 50만원까지밖에 안 돼요', 'ko')).toEqual(['y:한도']);
    expect(concepts('por qué no puedo retirar más de 2000 al día', 'es')).toEqual(['y:figure', 'y:limite', 'y:figure+limite']);
    // An amount in a single transfer is asked of its limit; all of one's money at once is not (session 17).
    expect(concepts('¿puedo mandar 10000 en una sola vez?', 'es')).toEqual(['y:figure', 'y:limite', 'y:figure+limite']);
    expect(concepts('quiero sacar todo mi dinero de una vez', 'es')).toEqual([]);
    // Members are read as the text is: synonyms folded (上限 is 限度額, 手續費 手续费), a Korean particle attached.
    expect(concepts('上限を上げたい', 'ja')).toEqual(['y:上限额']);
    expect(concepts('單筆最多能轉多少', 'zh-TW')).toEqual(['y:限额']);
    // An amount gone over or refused, the limit unnamed (session 40).
    expect(concepts('转账转到两万就不让转了，提示超出，能调高吗', 'zh-CN')).toEqual(['y:限额']);
    expect(concepts('提現要收手續費嗎', 'zh-TW')).toEqual(['y:手续费']);
    expect(concepts('한도가 있으면 수수료는요', 'ko')).toEqual(['y:한도', 'y:수수료', 'y:수수료+한도']);
    expect(concepts('交易紀錄在哪看', 'zh-TW')).toEqual(['y:交易记录']);
    // Less arriving than was sent is a fee taken on the way; a limit on what one withdraws (領) is a limit.
    expect(concepts('我转了一千 对方只到账九百九十', 'zh-CN')).toEqual(['y:手续费']);
    expect(concepts('為什麼對方只收到4985', 'zh-TW')).toEqual(['y:手续费']);
    expect(concepts('每次只能領五千嗎', 'zh-TW')).toEqual(['y:限额']);
    expect(concepts('我只收到一封簡訊', 'zh-TW')).toEqual([]);
    // The one paid named as 他 / 她 / 朋友 too ("他只收到九百多" was a did-you-mean); a refund half received is no fee.
    expect(concepts('為什麼我轉給朋友一千 他只收到九百多', 'zh-TW')).toEqual(['y:手续费']);
    expect(concepts('转给朋友两千 朋友只收到一千九', 'zh-CN')).toEqual(['y:手续费']);
    expect(concepts('退款只收到一半', 'zh-CN')).toEqual([]);
    // A wrong amount typed is a transfer gone wrong; what a month cost, summed, is the records'.
    expect(concepts('轉帳的時候金額多按了一個零', 'zh-TW')).toEqual(['y:转错']);
    expect(concepts('能看每个月的消费统计吗', 'zh-CN')).toEqual(['y:交易记录']);
    // What came in is the records' too ("要怎麼看別人轉給我的款項" was not answered at 0.05).
    expect(concepts('要怎麼看別人轉給我的款項', 'zh-TW')).toEqual(['y:交易记录']);
    expect(concepts('내역에 제가 안 한 결제가 있어요', 'ko')).toEqual(['y:내역', 'y:모르는_결제', 'y:내역+모르는_결제']);
    expect(concepts('自分が払っていない決済を返金してほしい', 'ja')).toEqual(['y:覚えのない']);
    expect(concepts('hay un cargo que no reconozco', 'es')).toEqual(['y:desconocido']);
    expect(concepts('匯錯人了可以退款嗎', 'zh-TW')).toEqual(['y:转错']);
    expect(concepts('le mandé dinero a la persona equivocada', 'es')).toEqual(['y:equivocado']);
    // A topic word alone is no aspect; nor is a word an aspect's member holds said of another thing (历史, 最大, 免费).
    expect(concepts('怎么提现到银行卡', 'zh-CN')).toEqual([]);
    expect(concepts('中国历史上最大的城市是哪个，有免费的地图吗', 'zh-CN')).toEqual([]);
    expect(concepts('密碼打錯太多次帳號被鎖住了', 'zh-TW')).toEqual([]);
  });

  it('read a zero typed too many as a wrong amount, in English and Spanish as in Chinese (#18, session 18)', () => {
    expect(withConcepts('typed an extra zero', 'en')).toBe('typed an extra zero #wrong');
    expect(withConcepts('an extra blanket', 'en')).not.toContain('#wrong');
    expect(withConcepts('le puse un cero de mas', 'es')).toBe('le puse un cero de mas #equivocado');
    expect(withConcepts('un cafe de mas', 'es')).not.toContain('#equivocado');
  });

  it('are "y:" features, not words: no word pair, no n-gram, no share of the words the pack knows', () => {
    const text = withConcepts('an atm please', 'en');
    expect(tokenize(text).filter((f) => !tokenize('an atm please').includes(f))).toEqual(['y:atm', 'y:cash', 'y:atm+cash']);
    const { vectorizer } = fitVectorizer([tokenize(withConcepts('atm near me', 'en'))], DEFAULT_SCORER_OPTIONS.weights);
    expect(vectorizer.coverage(text)).toBeCloseTo(1 / 3);
  });

  it('let an entry whose alternates share no word with the question rank first', () => {
    const entry = (id: string, question: string, alternates: string[]) => ({ id, tags: [], followUps: [], locales: { en: { question, alternates, answer: id } } });
    const pack: FaqPack = {
      id: 'p',
      name: 'p',
      defaultLocale: 'en',
      locales: ['en'],
      thresholds: { answer: 0.5, suggest: 0.3 },
      entries: [
        entry('card-delivery', 'When will my card be delivered?', ['Has my card been shipped yet?', 'Track my card in the post']),
        entry('atm', 'Where can I find an ATM?', ['Nearest cash machine', 'Is there a cashpoint near me?']),
      ],
    };
    const matcher = createMatcher(pack, DEFAULT_SCORER_OPTIONS, undefined, []);
    expect(pack.entries[matcher.match('it never arrived', 'en', 1)!.ranked[0]!.index]!.id).toBe('card-delivery');
    expect(pack.entries[matcher.match('a cash dispenser close by', 'en', 1)!.ranked[0]!.index]!.id).toBe('atm');
  });

  it("let an aspect's entry rank first though only another entry's alternates hold the question's topic word", () => {
    const entry = (id: string, locale: string, alternates: string[]) => ({ id, tags: [], followUps: [], locales: { [locale]: { question: alternates[0]!, alternates, answer: id } } });
    const pack = (locale: string, limits: string[], withdraw: string[]): FaqPack => ({
      id: 'p',
      name: 'p',
      defaultLocale: locale,
      locales: [locale],
      thresholds: { answer: 0.5, suggest: 0.3 },
      entries: [entry('transfer-limits', locale, limits), entry('withdraw-to-bank', locale, withdraw)],
    });
    const top = (p: FaqPack, question: string) => {
      const matcher = createMatcher(p, DEFAULT_SCORER_OPTIONS, undefined, []);
      return p.entries[matcher.match(question, p.defaultLocale, 1)!.ranked[0]!.index]!.id;
    };
    // Without the concepts (main before them) withdraw-to-bank ranked first in all three.
    expect(top(pack('zh-CN', ['单笔最多能转多少', '每天转账上限是多少', '额度太低了'], ['怎么提现到银行卡', '提现多久到账']), '为什么提现最多只能提两千')).toBe('transfer-limits');
    expect(top(pack('ja', ['1回でいくらまで送れますか', '送金の上限はいくら', '限度額を上げたい'], ['銀行に出金したい', '出金はいつ届く']), 'なぜ一回に3万円までしか出金できないの')).toBe('transfer-limits');
    expect(top(pack('es', ['cuánto es lo máximo por transferencia', 'cuál es mi límite diario', 'subir mi límite'], ['cómo retiro a mi banco', 'cuándo llega mi retiro']), 'por qué no puedo retirar más de 2000 al día')).toBe('transfer-limits');
  });
});
