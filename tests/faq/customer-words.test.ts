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
