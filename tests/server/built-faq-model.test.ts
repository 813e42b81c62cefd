import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILT_FAQ_MODELS } from '../../server/services/built-faq-models.ts';
import { walletEngine } from '../helpers/faq-model-seed.ts';
import { reservedPort } from '../helpers/ports.ts';
import { launchUnseeded } from '../helpers/server-process.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'kefu-built-model-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Questions of several kinds and languages (an answer, a suggestion, a request for a person, off-topic). */
const QUESTIONS = [
  { text: 'how do I top up my balance', locale: 'en' },
  { text: '忘记支付密码怎么办', locale: 'zh-CN' },
  { text: '轉帳失敗了', locale: 'zh-TW' },
  { text: '送金の上限はいくらですか', locale: 'ja' },
  { text: '계정을 삭제하고 싶어요', locale: 'ko' },
  { text: 'quiero hablar con una persona', locale: 'es' },
  { text: 'what is the weather in paris', locale: 'en' },
];

describe('the built server on a fresh data dir', () => {
  it("builds its FAQ engine from the build's model (no training) and answers as the engine trained on the pack", async () => {
    // npm run build wrote one model, of the shipped pack.
    expect(readdirSync(BUILT_FAQ_MODELS).filter((f) => f.endsWith('.bin'))).toHaveLength(1);
    const port = await reservedPort();
    const url = `http://127.0.0.1:${port}`;
    const starting = launchUnseeded(port, dataDir, {}, 90_000);
    // The engine the server's answers are checked against, built meanwhile (the child starts on the other core).
    const engine = await walletEngine();
    const server = await starting;
    try {
      const metrics = await (await fetch(`${url}/metrics`)).text();
      expect(metrics).toContain('kefu_faq_model_source{source="build"} 1');
      expect(metrics).toContain('kefu_faq_model_source{source="trained"} 0');
      // Nothing trained, so nothing written beside the database.
      expect(existsSync(path.join(dataDir, 'faq-model.bin'))).toBe(false);
      for (const question of QUESTIONS) {
        const reply = await fetch(`${url}/api/v1/faq/answer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(question) });
        expect(reply.status).toBe(200);
        const { faqId, kind, confidence, locale, answer } = engine.answer(question.text, { uiLocale: question.locale });
        expect(await reply.json()).toMatchObject({ faqId, kind, confidence, locale, answer });
      }
    } finally {
      server.child.kill('SIGKILL');
      await server.exited;
    }
  }, 240_000); // a built-server start (given 90 s to be healthy) beside an engine's build here: 134 s at load 25-30
});
