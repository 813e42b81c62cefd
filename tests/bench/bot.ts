import { readFileSync } from 'node:fs';
import path from 'node:path';
import { assertOpened, measureWindow, startServerOf, wsUrlOf, type BenchContext } from './context.ts';
import type { Row } from './report.ts';
import { quantile } from './stats.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/faq-eval');
const LOCALES = ['en', 'zh-CN', 'zh-TW', 'ja', 'ko', 'es'];

/** A fixed set of real visitor questions (the held-out eval set), kept to those the bot answers outright. */
async function answerableQuestions(url: string, perLocale: number): Promise<string[]> {
  const texts = LOCALES.flatMap((l) =>
    (JSON.parse(readFileSync(path.join(FIXTURES, `${l}.json`), 'utf8')) as { text: string }[]).slice(0, perLocale).map((q) => q.text),
  );
  const kinds = await Promise.all(
    texts.map(async (text) => {
      const res = await fetch(`${url}/api/v1/faq/answer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
      return ((await res.json()) as { kind: string }).kind;
    }),
  );
  return texts.filter((_, i) => kinds[i] === 'answer');
}

/** Bot answers over WebSocket: p99 at 1,000 answers/s over 1,000 conversations, and answers per server CPU-second. */
export async function measureBot(ctx: BenchContext): Promise<Row[]> {
  const server = await startServerOf('kefu', ctx);
  try {
    const texts = await answerableQuestions(server.url, 15);
    const opened = await ctx.pool.connect({ target: 'kefu', wsUrl: wsUrlOf('kefu', server), origin: server.url, count: 1000, handoff: false, timeoutMs: 60_000 });
    assertOpened(opened, 1000);
    const fixed = await measureWindow(ctx, server, { mode: 'rate', rate: 1000, expect: 'bot', texts });
    const closed = await measureWindow(ctx, server, { mode: 'closed', rate: 0, expect: 'bot', texts });
    const section = 'bot';
    const note = `${texts.length} questions in 6 languages; each answer persists the question and the reply`;
    return [
      { section, figure: 'bot answer p50 at 1,000 answers/s', value: quantile(fixed.result.latencies, 0.5), unit: 'ms', note: `${fixed.result.completed} answered in the window` },
      { section, figure: 'bot answer p99 at 1,000 answers/s', value: quantile(fixed.result.latencies, 0.99), unit: 'ms', goal: { op: '<=', target: 10 } },
      { section, figure: 'bot closed-loop max', value: closed.result.completed / closed.seconds, unit: 'answers/s' },
      { section, figure: 'bot answers per server CPU-second', value: closed.result.completed / closed.cpuSeconds, unit: 'answers', goal: { op: '>=', target: 20_000 }, note },
    ];
  } finally {
    await server.stop();
    await ctx.pool.closeSockets();
  }
}
