import { beforeAll, describe, expect, it } from 'vitest';
import type { FaqEngine } from '../../faq/index.ts';
import { withoutFillers } from '../../faq/fillers.ts';
import { detectLanguage } from '../../faq/language.ts';
import { normalizeText } from '../../faq/normalize.ts';
import { walletEngine } from '../helpers/faq-model-seed.ts';

/**
 * English as voice typing writes it (issue #18, session 43): hesitations anywhere ("um", "uh") and a spoken opening ("so",
 * "ok so", "hey so", "basically", "honestly", "like") say nothing of the question. Before, "um top up balance" was read as
 * Portuguese by its "um" and got no answer, and "so um …" cost 9 of the 405 dev English rows answered right (seed 77).
 */
let wallet: FaqEngine;
beforeAll(async () => {
  wallet = await walletEngine();
});
const reply = (text: string) => {
  const answer = wallet.answer(text);
  return answer.kind === 'answer' ? answer.faqId : answer.kind;
};

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
