import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgresStorage } from '../../server/storage/postgres.ts';
import { openSqliteStorage } from '../../server/storage/sqlite.ts';
import { maskStoredSqlite } from '../../server/storage/sqlite-mask-existing.ts';
import type { Storage } from '../../server/storage/types.ts';
import { positives } from '../protocol/card-fixtures.ts';
import { createTestDatabase, postgresAvailable, TEST_TOTP_KEY } from '../helpers/postgres.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'kefu-mask-existing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pgRun = await postgresAvailable();

const CARD = '4111111111111111';
/** A conversation's context as an old loader and server stored it: the whole address, nothing masked. */
const OLD_CONTEXT = {
  pageUrl: `https://shop.example/pay/${CARD}?card=${CARD}#access_token=ya29.SECRET`,
  pageTitle: `Pay ${CARD}`,
  userAgent: `UA (${CARD})`,
  site: null,
};

/** Straight into storage, as before masking: the service would have masked and cut them. */
async function seedOldContext(storage: Storage): Promise<string> {
  const visitor = await storage.createVisitor(`hash-${Math.random()}`, 'en');
  const conversation = await storage.openConversation(visitor.id, 'en');
  await storage.setConversationContext(conversation.id, OLD_CONTEXT);
  await storage.appendMessage({ conversationId: conversation.id, author: 'visitor', authorName: null, text: `card ${CARD}`, clientId: null, bot: null });
  return conversation.id;
}

const expectMaskedContext = async (storage: Storage, id: string) =>
  expect(await storage.getConversation(id)).toMatchObject({
    pageUrl: 'https://shop.example/pay/•••• 1111',
    pageTitle: 'Pay •••• 1111',
    userAgent: 'UA (•••• 1111)',
  });

describe('npm run mask-existing', () => {
  it('masks card numbers stored before masking was on, in the rows and in the files', async () => {
    const file = path.join(dir, 'kefu.sqlite');
    const storage = openSqliteStorage(file);
    const visitor = await storage.createVisitor('hash-of-a-token', 'en');
    const conversation = await storage.openConversation(visitor.id, 'en');
    const cases = positives(99, 200);
    // Straight into storage, as before masking: the service would have masked them.
    for (const c of cases) await storage.appendMessage({ conversationId: conversation.id, author: 'visitor', authorName: null, text: c.text, clientId: null, bot: null });
    await storage.appendMessage({ conversationId: conversation.id, author: 'visitor', authorName: null, text: 'order 12345678901234567890, call +86 138 1234 5678', clientId: null, bot: null });
    await storage.close();

    const report = maskStoredSqlite(file, 'first6last4');
    expect(report['messages.text']).toEqual({ scanned: cases.length + 1, masked: cases.length });

    const bytes = Buffer.concat([readFileSync(file), readFileSync(`${file}-wal`, { flag: 'a+' })]);
    expect(cases.filter((c) => bytes.includes(Buffer.from(c.number)))).toEqual([]);
    const reopened = openSqliteStorage(file);
    const texts = (await reopened.listMessages(conversation.id, 0, 1000)).map((m) => m.text);
    expect(texts.at(-1)).toBe('order 12345678901234567890, call +86 138 1234 5678');
    cases.forEach((c, i) => expect(texts[i]).toContain(`${c.number.slice(0, 6)} •••• ${c.number.slice(-4)}`));
    await reopened.close();
    expect(maskStoredSqlite(file, 'first6last4')['messages.text']!.masked).toBe(0);
  });

  it('cuts stored page addresses to origin + path and masks page titles and user agents (SQLite)', async () => {
    const file = path.join(dir, 'context.sqlite');
    const storage = openSqliteStorage(file);
    const id = await seedOldContext(storage);
    await storage.close();

    const report = maskStoredSqlite(file, 'last4');
    for (const column of ['page_url', 'page_title', 'user_agent']) expect(report[`conversations.${column}`]).toEqual({ scanned: 1, masked: 1 });
    const bytes = Buffer.concat([readFileSync(file), readFileSync(`${file}-wal`, { flag: 'a+' })]);
    for (const secret of [CARD, 'access_token', 'ya29.SECRET']) expect(bytes.includes(Buffer.from(secret))).toBe(false);
    const reopened = openSqliteStorage(file);
    await expectMaskedContext(reopened, id);
    await reopened.close();
  });

  it('run in a process with a storage on the file, first commits its open batch (no 5 s wait ending in "database is locked")', async () => {
    const file = path.join(dir, 'beside.sqlite');
    const storage = openSqliteStorage(file);
    const id = await seedOldContext(storage);
    const later = storage.createVisitor('hash-later', 'en'); // a batch: holds the write lock until this turn ends
    const report = maskStoredSqlite(file, 'last4');
    expect(report['messages.text']).toEqual({ scanned: 1, masked: 1 });
    expect(await storage.findVisitorByTokenHash('hash-later')).toMatchObject({ id: (await later).id });
    expect((await storage.listMessages(id, 0, 10))[0]!.text).toBe('card •••• 1111');
    await storage.close();
  });

  it.skipIf(!pgRun)('does the same on PostgreSQL when KEFU_DATABASE_URL is set (the npm script itself)', async () => {
    const database = await createTestDatabase();
    try {
      const storage = await openPostgresStorage(database.url, { poolSize: 2 });
      const id = await seedOldContext(storage);
      await storage.close();

      const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/mask-existing.ts'], {
        env: { ...process.env, KEFU_DATABASE_URL: database.url, KEFU_TOTP_KEY: TEST_TOTP_KEY, KEFU_DATA_DIR: dir },
      });
      expect(stdout).toContain('messages.text: 1 of 1 rows masked');
      expect(stdout).toContain('conversations.page_url: 1 of 1 rows masked');
      const reopened = await openPostgresStorage(database.url, { poolSize: 2 });
      try {
        await expectMaskedContext(reopened, id);
        expect((await reopened.listMessages(id, 0, 10))[0]!.text).toBe('card •••• 1111');
      } finally {
        await reopened.close();
      }
    } finally {
      await database.drop();
    }
  });
});
