import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStorage } from '../../server/storage/sqlite.ts';
import { maskStoredCardNumbers } from '../../server/storage/sqlite-card-masking.ts';
import { positives } from '../protocol/card-fixtures.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'kefu-mask-existing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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

    const report = maskStoredCardNumbers(file, 'first6last4');
    expect(report['messages.text']).toEqual({ scanned: cases.length + 1, masked: cases.length });

    const bytes = Buffer.concat([readFileSync(file), readFileSync(`${file}-wal`, { flag: 'a+' })]);
    expect(cases.filter((c) => bytes.includes(Buffer.from(c.number)))).toEqual([]);
    const reopened = openSqliteStorage(file);
    const texts = (await reopened.listMessages(conversation.id, 0, 1000)).map((m) => m.text);
    expect(texts.at(-1)).toBe('order 12345678901234567890, call +86 138 1234 5678');
    cases.forEach((c, i) => expect(texts[i]).toContain(`${c.number.slice(0, 6)} •••• ${c.number.slice(-4)}`));
    await reopened.close();
    expect(maskStoredCardNumbers(file, 'first6last4')['messages.text']!.masked).toBe(0);
  });
});
