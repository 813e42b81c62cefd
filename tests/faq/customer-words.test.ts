import { beforeAll, describe, expect, it } from 'vitest';
import type { FaqEngine } from '../../faq/index.ts';
import { walletEngine } from '../helpers/faq-model-seed.ts';

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
const reply = (text: string) => {
  const answer = wallet.answer(text);
  return answer.kind === 'answer' ? answer.faqId : answer.kind;
};

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
