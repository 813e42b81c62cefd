import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { openStorage } from '../../server/storage/open.ts';
import { historySearch } from '../../server/storage/search-types.ts';
import type { Storage } from '../../server/storage/types.ts';
import { createTestDatabase, postgresAvailable } from '../helpers/postgres.ts';
import type { BenchContext } from './context.ts';
import type { Row } from './report.ts';
import { quantile } from './stats.ts';

/**
 * Search over all history at size: `n` messages (Chinese and English wallet questions, every 500th with a
 * reference number) in conversations of 10, on SQLite (FTS5 trigram) and, when it answers, PostgreSQL (pg_trgm).
 * Times a two-character Chinese word (no trigram: the folded copies are scanned), a four-character one and a
 * reference number (from the index), and what indexing adds to storing a message.
 */
const SENTENCES = [
  '你好，我昨天的转账一直没有到账，请帮我查一下',
  '提现失败了，钱什么时候退回来',
  '我的账户被冻结了怎么办',
  '忘记支付密码了，怎么重置',
  '請問退款要多久才能到帳',
  'my payment failed but the money was taken',
  'how do I change the phone number on my account',
  'the merchant says they did not receive my transfer',
];
const QUERIES: [string, string][] = [
  ['two Chinese characters (scan)', '冻结'],
  ['four Chinese characters (index)', '一直没有'],
  ['a reference number (index)', 'tx-2024-4500'],
];

async function fill(s: Storage, n: number): Promise<number> {
  const started = performance.now();
  for (let c = 0; c < n / 10; c++) {
    const v = await s.createVisitor(`bench-${c}`, 'zh-CN');
    const conv = await s.openConversation(v.id, 'zh-CN');
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => {
        const k = c * 10 + i;
        const text = `${SENTENCES[k % SENTENCES.length]}${k % 500 === 0 ? ` 流水号 TX-2024-${k}` : ''}`;
        return s.appendMessage({ conversationId: conv.id, author: 'visitor', authorName: null, text, clientId: null, bot: null });
      }),
    );
  }
  return (performance.now() - started) / n;
}

async function measure(engine: string, s: Storage, n: number): Promise<Row[]> {
  const perMessage = await fill(s, n);
  const rows: Row[] = [{ section: 'search', figure: `${engine}: filling, per message (one conversation of 10 at a time, index included), ${n.toLocaleString("en-US")} stored`, value: perMessage * 1000, unit: 'µs' }];
  for (const [figure, q] of QUERIES) {
    const times: number[] = [];
    let found = 0;
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      found = (await s.searchHistory(historySearch(q, { contact: false, limit: 20 }))).length;
      times.push(performance.now() - t0);
    }
    rows.push({ section: 'search', figure: `${engine}: ${figure}, median of 15`, value: quantile(times, 0.5), unit: 'ms', note: `${found} conversations (limit 20)` });
  }
  return rows;
}

export async function measureSearch(ctx: BenchContext): Promise<Row[]> {
  const n = ctx.quick ? 20_000 : 100_000;
  const rows: Row[] = [];
  const sqlite = await openStorage({ databaseUrl: null, dataDir: mkdtempSync(path.join(ctx.tmp, 'search-')) });
  try {
    rows.push(...(await measure('SQLite', sqlite.storage, n)));
  } finally {
    await sqlite.visitorData.close();
    await sqlite.storage.close();
  }
  if (await postgresAvailable().catch(() => false)) {
    const db = await createTestDatabase(undefined, { durable: true });
    const pg = await openStorage({ databaseUrl: db.url, dataDir: mkdtempSync(path.join(ctx.tmp, 'search-pg-')) });
    try {
      rows.push(...(await measure('PostgreSQL', pg.storage, n)));
    } finally {
      await pg.visitorData.close();
      await pg.storage.close();
      await db.drop();
    }
  }
  return rows;
}
