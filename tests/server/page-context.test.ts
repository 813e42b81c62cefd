import Database from 'better-sqlite3';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/ws-client.ts';
import { api, serverWithAdmin } from '../helpers/agent-client.ts';

/**
 * Finding 2 of issue 13: the page a visitor chats from is theirs to write (an old loader, or a hand-made hello), so
 * what is stored keeps origin + path only, card numbers masked, and agents see its contact details masked.
 */
const CARD = '4111111111111111';
const SPACED = '4111 1111 1111 1111';

const ctx = serverWithAdmin();

/** The stored context columns, read straight from the database the server writes. */
async function stored(id: string): Promise<Record<string, string | null>> {
  const sql = 'SELECT page_url, page_title, user_agent FROM conversations WHERE id = ';
  if (ctx.server.databaseUrl) {
    const client = new pg.Client({ connectionString: ctx.server.databaseUrl });
    await client.connect();
    try {
      return (await client.query(`${sql}$1`, [id])).rows[0];
    } finally {
      await client.end();
    }
  }
  const db = new Database(path.join(ctx.server.dataDir, 'kefu.sqlite'), { readonly: true });
  try {
    return db.prepare(`${sql}?`).get(id) as Record<string, string | null>;
  } finally {
    db.close();
  }
}

describe('the visitor page context', () => {
  it('is stored as origin + path with card numbers masked, and shown to agents with contact details masked', async () => {
    const v = await TestClient.connect(`${ctx.server.wsUrl}/ws/visitor`, ctx.server.url, { 'user-agent': `KefuTest/1 (${SPACED})` });
    const url = `https://user:secret@shop.example/pay/${CARD}/confirm?card=${CARD}&token=abc123#access_token=ya29.SECRET`;
    v.send({ type: 'hello', v: 1, locale: 'en', page: { url, title: `Pay ${SPACED} — jane.doe@example.com` } });
    const id = (await v.next('welcome')).conversationId;
    await v.next('state');
    v.socket.close();

    const row = await stored(id);
    expect(row.page_url).toBe('https://shop.example/pay/•••• 1111/confirm');
    expect(row.page_title).toBe('Pay •••• 1111 — jane.doe@example.com');
    expect(row.user_agent).toBe('KefuTest/1 (•••• 1111)');
    const everything = JSON.stringify(row);
    for (const secret of [CARD, SPACED, 'access_token', 'abc123', 'secret@']) expect(everything).not.toContain(secret);

    const res = await api(ctx.server, ctx.admin.cookie, 'GET', '/api/v1/conversations');
    expect(res.status).toBe(200);
    const shown = (res.body as { conversations: { id: string; pageUrl: string; pageTitle: string; userAgent: string }[] }).conversations.find((c) => c.id === id)!;
    expect(shown.pageUrl).toBe('https://shop.example/pay/•••• 1111/confirm');
    expect(shown.pageTitle).toBe('Pay •••• 1111 — j***@example.com');
    expect(shown.userAgent).toBe('KefuTest/1 (•••• 1111)');
  });

  it('keeps a page address that is not a URL only up to its query or fragment', async () => {
    const v = await TestClient.connect(`${ctx.server.wsUrl}/ws/visitor`, ctx.server.url);
    v.send({ type: 'hello', v: 1, locale: 'en', page: { url: `not a url ${SPACED}?q=1#t=2`, title: '' } });
    const id = (await v.next('welcome')).conversationId;
    await v.next('state');
    v.socket.close();
    expect((await stored(id)).page_url).toBe('not a url •••• 1111');
  });
});
