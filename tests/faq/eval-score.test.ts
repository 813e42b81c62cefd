import { beforeAll, describe, expect, it } from 'vitest';
import type { FaqEngine } from '../../faq/index.ts';
import { MINI_PACK, runEngine } from '../helpers/faq-model-seed.ts';
import { scoreLocale } from '../../scripts/eval-pack.ts';

let engine: FaqEngine;
beforeAll(async () => {
  engine = await runEngine(MINI_PACK);
});

describe('npm run eval: replies in the question\'s language', () => {
  it('Chinese written the same in both scripts counts in either script; a script-marked question only in its own', () => {
    // "退款" is the same in both scripts: the engine, asked without a UI language, replies in zh-CN.
    expect(engine.answer('退款').locale).toBe('zh-CN');
    expect(scoreLocale(engine, 'zh-TW', [{ text: '退款', faqId: null }]).language).toBe(100);
    // "转账" is Simplified only: a zh-TW row written so was answered in the other script.
    expect(engine.answer('转账怎么做').locale).toBe('zh-CN');
    expect(scoreLocale(engine, 'zh-TW', [{ text: '转账怎么做', faqId: null }]).language).toBe(0);
    expect(scoreLocale(engine, 'ja', [{ text: '退款', faqId: null }]).language).toBe(0);
  });
});
