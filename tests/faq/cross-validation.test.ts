import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { crossValidate } from '../../scripts/eval-pack.ts';
import { loadPackFromDir } from '../../server/services/faq-pack-files.ts';

// Floors a little under the measured 3-fold figures (zh-CN 92.8, zh-TW 93.8, en 80.4, ja 83.9, ko 83.8, es 81.3; npm run
// eval -- --pack wallet --folds 3 prints them per entry and language); training is seeded, so they are deterministic.
// zh-CN and en were lowered (from 93.55 and 80.5) when the pack got its 23rd entry, safe-to-share (2026-12-02, i18):
// its alternates talk of chat, codes, cards and passwords, and take a few of contact-support's, scam-report's and
// transfer-limits' held-out alternates. Without it, the hidden out-of-scope class of the same commit measured zh-CN
// 94.4, zh-TW 94, en 80.5, ja 84.1, ko 84.3, es 82.7, at or above every earlier floor. Before: the contrastive
// alternates of 2026-12-02 session 7 (zh-CN 93.6, zh-TW 93.5, en 80.7, ja 83.9, ko 84.3, es 82.1), above the figures
// before Hangul and kana were weighed apart and before the synonym groups.
// en and es raised (from 80.2 and 81) with their session 8 alternates (2026-12-02, enes18): measured zh-CN 96.7, zh-TW 96.4,
// en 88.2, ja 90.7, ko 89, es 89.7 with every language's session 8 alternates and Japanese verb endings folded.
// zh-CN, zh-TW, ja and ko raised (from 92.6, 93.3, 83.6, 83.5) with their session 8 alternates and synonyms (cjk18):
// measured zh-CN 96.5, zh-TW 96.3, en 89.4, ja 91.6, ko 89.2, es 89.5 with both rounds landed (14:45).
// en, ja, ko and es raised (from 87.5, 90.8, 88.4, 89) with their session 9 alternates (content18): measured zh-CN 96.8,
// zh-TW 96.4, en 94.3, ja 94.6, ko 94.3, es 92.4 (2026-12-02, 17:17).
// en, ja, ko and es raised (from 93.3, 93.6, 93.3, 91.4) with their session 10 alternates (content18c): measured zh-CN 96.3,
// zh-TW 96.5, en 95.7, ja 96, ko 95.7, es 95.2 (2026-12-02, 22:56, main dc38162).
// zh-CN and zh-TW raised (from 95.8 and 95.6) with Taiwan, Hong Kong and mainland wording folded and their session 11
// alternates (zhc): measured zh-CN 97.1, zh-TW 96.6, en 95.7, ja 95.6, ko 96, es 95.7 (2026-12-03, main 302519d).
const FLOORS: Record<string, number> = { 'zh-CN': 96.6, 'zh-TW': 96.1, en: 94.5, ja: 94.8, ko: 94.5, es: 94 };

describe('wallet pack: each language\'s alternates, held out fold by fold, rank their own entry first', () => {
  it('top-1 per language at or above its floor', async () => {
    const pack = await loadPackFromDir(resolve(import.meta.dirname, '../../faq/packs/wallet'));
    const cv = crossValidate(pack, 3);
    for (const [locale, floor] of Object.entries(FLOORS)) {
      expect.soft(cv.locales[locale]!.top1, locale).toBeGreaterThanOrEqual(floor);
    }
  }, 300_000);
});
