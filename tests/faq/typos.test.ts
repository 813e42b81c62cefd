import { beforeAll, describe, expect, it } from 'vitest';
import type { FaqEngine } from '../../faq/index.ts';
import { wordsOfFillers } from '../../faq/fillers.ts';
import { spanishSoundKey } from '../../faq/spanish-sound.ts';
import { createTypoReader } from '../../faq/typos.ts';
import { walletEngine } from '../helpers/faq-model-seed.ts';

describe('a typing slip of a word of the alternates', () => {
  const known = new Map([
    ['en', new Set(['change', 'phone', 'number', 'password', 'payment', 'digits', 'charge', 'charged', 'make', 'email'])],
    ['es', new Set(['contrasena', 'supera', 'pedido', 'cambiar'])],
    ['ja', new Set(['password'])],
  ]);
  const seen = new Set([...known.values()].flatMap((words) => [...words]).concat(['lake', 'chnage']));
  const reader = createTypoReader(known, seen);

  it('is read as that word: a letter left out before the last one, or two neighbours swapped', () => {
    expect(reader.read('how do i chagne my phone nmuber', 'en')).toBe('how do i change my phone number');
    expect(reader.read('i forgot my pasword', 'en')).toBe('i forgot my password');
    expect(reader.read('paymnt failed', 'en')).toBe('payment failed');
    expect(reader.read('olvide mi contrasna', 'es')).toBe('olvide mi contrasena');
  });

  it('is not read where the word could be another one, or is a real word the documents hold', () => {
    // A word with its last letter cut is another form of it ("super" is a shop, "supera" is over a limit).
    expect(reader.read('pague en el super', 'es')).toBe('pague en el super');
    expect(reader.read('a 6 digit code', 'en')).toBe('a 6 digit code');
    // A letter more, or another letter, is no slip of these kinds ("perdido" is no "pedido", "lake" no "make").
    expect(reader.read('he perdido el movil', 'es')).toBe('he perdido el movil');
    expect(reader.read('dropped it in the lake', 'en')).toBe('dropped it in the lake');
    // A spelling some document has is left as it is (an alternate with "chnage"), and short words too.
    expect(reader.read('chnage phone', 'en')).toBe('chnage phone');
    expect(reader.read('emal me', 'en')).toBe('emal me');
    // A slip of two words is left as typed: "chage" is "change" or "charge" with a letter left out.
    expect(reader.read('why the chage', 'en')).toBe('why the chage');
  });

  it('is not read in the words it is told to keep (those of the text\'s politeness: see wordsOfFillers)', () => {
    expect(reader.read('pasword', 'en', () => new Set(['pasword']))).toBe('pasword');
    // The kept words are worked out only when the text has a slip (a regex over every message otherwise: 2x answer()'s mean).
    let asked = 0;
    const keptOf = () => (asked++, new Set<string>());
    reader.read('how do i change my phone number', 'en', keptOf);
    reader.read('我忘记密码了', 'zh-CN', keptOf);
    expect(asked).toBe(0);
    expect(reader.read('i forgot my pasword', 'en', keptOf)).toBe('i forgot my password');
    expect(asked).toBe(1);
    expect(wordsOfFillers('hi sorry to bother you my pasword')).toEqual(new Set(['hi', 'sorry', 'to', 'bother', 'you']));
  });

  it('is read only in English and Spanish, by the words of the question\'s language', () => {
    expect(reader.read('pasword', 'ja')).toBe('pasword');
    expect(reader.read('pasword', null)).toBe('pasword');
    expect(reader.read('i forgot my contrasna', 'en')).toBe('i forgot my contrasna');
  });
});

describe('Spanish spelt by ear', () => {
  it('sounds the same where Latin American Spanish says the letters alike', () => {
    const alike: [string, string][] = [
      ['tarjeta', 'targeta'], ['debito', 'devito'], ['aplicacion', 'aplicasion'], ['comision', 'comizion'], ['quiero', 'kiero'],
      ['llamar', 'yamar'], ['historial', 'istorial'], ['cambie', 'canbie'], ['reembolso', 'rembolso'], ['reconozco', 'reconosco'],
    ];
    for (const [word, byEar] of alike) expect(spanishSoundKey(byEar)).toBe(spanishSoundKey(word));
    // Letters said apart stay apart: c before a/o and j or s, g before a and j, ch and s.
    expect(spanishSoundKey('casa')).not.toBe(spanishSoundKey('jasa'));
    expect(spanishSoundKey('gato')).not.toBe(spanishSoundKey('jato'));
    expect(spanishSoundKey('chico')).not.toBe(spanishSoundKey('sico'));
    expect(spanishSoundKey('coco')).not.toBe(spanishSoundKey('soso'));
  });

  const known = new Map([
    ['es', new Set(['tarjeta', 'debito', 'congelo', 'cuenta', 'casa', 'bello', 'vello', 'hice'])],
    ['en', new Set(['card', 'cuenta'])],
  ]);
  const seen = new Set([...known.values()].flatMap((words) => [...words]).concat(['cierro', 'targeta']));
  const reader = createTypoReader(known, seen);

  it('is read as the word of the Spanish alternates that sounds the same', () => {
    expect(reader.read('como conjelo mi kuenta', 'es')).toBe('como congelo mi cuenta');
    expect(reader.read('mi tarjeta de devito', 'es')).toBe('mi tarjeta de debito');
  });

  it('is not read when the documents spell it so, two words sound alike, it is short, or the text is not Spanish', () => {
    // "targeta" is a document's word, as every word of the alternates is: read as typed.
    expect(reader.read('mi targeta', 'es')).toBe('mi targeta');
    // "beyo" sounds like both "bello" and "vello".
    expect(reader.read('la beyo', 'es')).toBe('la beyo');
    // Fewer than four letters: "ke", "ay", "ise" are mostly words of no matter, and short words sound like too many.
    expect(reader.read('ya lo ise', 'es')).toBe('ya lo ise');
    expect(reader.read('kuenta', 'en')).toBe('kuenta');
    expect(reader.read('kuenta', null)).toBe('kuenta');
  });

  it('is not read where an off-topic example\'s word sounds the same (a real word the pack lacks)', () => {
    const withCaza = createTypoReader(known, new Set([...seen, 'kaza']));
    expect(withCaza.read('una kasa', 'es')).toBe('una kasa');
    expect(reader.read('una kasa', 'es')).toBe('una casa');
  });
});

describe('the wallet pack, asked with typing slips', () => {
  let wallet: FaqEngine;
  beforeAll(async () => {
    wallet = await walletEngine();
  });

  it.each([
    // Unanswered or a "did you mean" before slips were read (none at 0.15 and 0.17, suggest at 0.38 and 0.61).
    ['how do i chagne my phone nmuber', 'change-phone-number'],
    ['me cobraron una comsion', 'fees'],
    ['how do i wihtdraw to my bank', 'withdraw-to-bank'],
    ['como retrio mi saldo', 'withdraw-to-bank'],
    // Spelt by ear: close-account (0.58) and a suggestion (0.38) before sounds were read.
    ['kiero conjelar mi cuenta ya', 'freeze-account'],
    ['no encuentro mi selular, ke ago con mi dinero', 'lost-phone'],
    // A word of politeness is never read as a slip: "bother" was "brother" (a suggestion at 0.45, session 23).
    ['sorry to bother you, need a receipt for expenses', 'transaction-history'],
  ])('%s → %s', (text, faqId) => {
    expect(wallet.answer(text)).toMatchObject({ kind: 'answer', faqId });
  });
});
