import { beforeAll, describe, expect, it } from 'vitest';
import { hanLeaning, hanWordsOf, type HanWords } from '../../faq/han-words.ts';
import { loadPackFromDir } from '../../server/services/faq-pack-files.ts';
import { MINI_PACK, WALLET_PACK } from '../helpers/faq-model-seed.ts';

describe('hanLeaning on the wallet pack', () => {
  let words: HanWords;
  beforeAll(async () => {
    words = hanWordsOf(await loadPackFromDir(WALLET_PACK));
  });

  // Jōyō kanji alone, each a character Chinese writes too: the words are Japanese (退会, 送金, 本人確認, 口座).
  it.each(['退会', '退会 方法', '送金上限', '本人確認', '口座振替', '暗証番号'])('leans "%s" to Japanese', (text) => {
    expect(hanLeaning(text, words)).toBe('ja');
  });

  // Chinese words in characters Japanese writes too (退款, 新手教程), and a Chinese sentence with Taiwan's 証.
  it.each(['退款', '新手教程', '支付方式', '我的身分証到期了'])('leans "%s" to Chinese', (text) => {
    expect(hanLeaning(text, words)).toBe('zh');
  });

  // Words both languages write (現金, 上限), no pair the pack holds, or no pair at all.
  it.each(['現金', '上限', '金', 'abc'])('tells nothing of "%s"', (text) => {
    expect(hanLeaning(text, words)).toBeNull();
  });

  it('counts Taiwan’s 証 as its 證: "認証失敗" is no Japanese word', () => {
    expect(hanLeaning('認証失敗', words)).not.toBe('ja');
  });
});

describe('hanLeaning on a pack without Japanese', () => {
  it('tells nothing', async () => {
    const pack = await loadPackFromDir(MINI_PACK);
    const withoutJapanese = { ...pack, locales: pack.locales.filter((l) => l !== 'ja') };
    expect(hanLeaning('退会 方法', hanWordsOf(withoutJapanese))).toBeNull();
  });
});
