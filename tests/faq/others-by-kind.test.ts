import { beforeAll, describe, expect, it } from 'vitest';
import type { FaqEngine } from '../../faq/index.ts';
import { normalizeText } from '../../faq/normalize.ts';
import { namesElsewhere } from '../../faq/services.ts';
import { walletEngine } from '../helpers/faq-model-seed.ts';

/**
 * Another's matter in an entry's own words, by its kind (session 39): a phone's carrier lock (faq/carrier-locks.ts), a
 * company's credential named by which one it is (ISSUER_CREDENTIAL_KINDS: "account pin", 服务密码, ネットワーク暗証番号,
 * 고객 비밀번호, "NIP de mi cuenta"), a game store's or a marketplace's own wallet, a shop's own card topped up, a
 * relative's identity document lost. Each read as freeze-account, password-reset, withdraw-to-bank, top-up or
 * identity-verification before; the wallet's own words beside them keep the question the wallet's.
 */
describe("another's matter by its kind (session 39)", () => {
  it.each([
    // A phone's carrier lock, in every language; the wallet's own lock is the wallet's.
    ['is my at&t iphone carrier locked? how can i check', 'thing'], ['can sprint unlock my phone from the network for free', 'thing'],
    ['买的二手手机有网络锁怎么办', 'thing'], ['SIMロック解除の手続きはどこでする', 'thing'], ['통신사 잠금 걸린 폰 푸는 법', 'thing'],
    ['quiero liberar mi teléfono para usar otro chip', 'thing'],
    ['my wallet is locked, how do i unlock it', null], ['钱包被锁了怎么解锁', null], ['ウォレットがロックされた', null],
    ['지갑 잠금 해제 방법', null], ['mi billetera está bloqueada', null],
    // A company's credential by which one it is; the wallet's own credential is the wallet's.
    ['what is my verizon account pin', 'login'], ['中国电信的宽带密码忘了', 'login'], ['ソフトバンクのお客様暗証番号がわからない', 'login'],
    ['KT 홈페이지 비밀번호 찾기', 'login'], ['cambiar la clave de mi cuenta de Movistar', 'login'],
    ['i forgot my wallet account pin', null], ['忘了钱包的登录密码', null], ['cambiar la clave de mi cuenta', null],
    // A game store's or a marketplace's own wallet (its balance held); the wallet's balance is the wallet's.
    ['how do i check my steam wallet balance', 'named'], ['虾皮钱包余额怎么查', 'named'], ['钱包余额怎么查', null],
    // A shop's own card topped up at the shop; the wallet topped up there, or a shop's card topped up with the wallet, the wallet's.
    ['how do i top up my costco card', 'thing'], ['优衣库的卡怎么充值', 'thing'], ['올리브영 카드 충전은 어디서 해요', 'thing'],
    ['用钱包给星巴克卡充值', null], ['how do i top up my wallet', null],
    // A relative's identity document lost or replaced; verifying in the wallet with one is the wallet's.
    ['my son lost his birth certificate, how do we get another', 'thing'], ['mi hermano extravió su pasaporte, dónde lo repone', 'thing'],
    ['my friend lost his passport, can he verify with his id card', null],
  ])('"%s": %s', (text, what) => {
    expect(namesElsewhere(normalizeText(text))).toBe(what);
  });
});

// One engine for the file: building it is the slow part.
let wallet: FaqEngine;
beforeAll(async () => {
  wallet = await walletEngine();
});

describe('the wallet engine on these matters (session 39)', () => {
  // Answered with freeze-account or password-reset before (main 702a884, seed 77).
  it.each([
    'is my at&t iphone carrier locked? how can i check', 'SIMロック解除の手続きはどこでする', '통신사 잠금 걸린 폰 푸는 법',
    'what is my verizon account pin', 'ソフトバンクのお客様暗証番号がわからない', 'how do i top up my costco card',
    'my son lost his birth certificate, how do we get another',
  ])('does not answer "%s"', (text) => {
    expect(wallet.answer(text).kind).not.toBe('answer');
  });

  it.each([
    ['my wallet is locked, how do i unlock it', 'freeze-account'],
    ['i forgot my wallet account pin', 'password-reset'],
    ['钱包被锁了怎么解锁', 'freeze-account'],
  ])('still answers "%s" with %s', (text, id) => {
    const answer = wallet.answer(text);
    expect(answer.kind === 'answer' ? answer.faqId : answer.kind).toBe(id);
  });
});
