import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileLinks } from '../../server/services/attachment-links.ts';
import { createAttachmentService } from '../../server/services/attachments.ts';
import { openStorage } from '../../server/storage/open.ts';

describe('attachment links', () => {
  it('are valid until they expire (one hour, rounded up to five minutes), and only for their own file and variant', () => {
    let now = Date.UTC(2026, 11, 2, 1, 0, 0);
    const links = createFileLinks(Buffer.from('a test secret of at least 32 chars!!'), 3600, () => now);
    const url = new URL(links.link({ id: 'file-1', conversationId: 'conv-1' }, 'file'), 'http://x');
    const q = { c: url.searchParams.get('c')!, e: Number(url.searchParams.get('e')), s: url.searchParams.get('s')! };
    expect(links.verify('file-1', q)).toBe('ok');
    expect(links.verify('file-2', q)).toBe('bad');
    expect(links.verify('file-1', { ...q, v: 'thumb' })).toBe('bad');
    expect(links.verify('file-1', { ...q, c: 'conv-2' })).toBe('bad');
    now += 3600_000 + 300_000;
    expect(links.verify('file-1', q)).toBe('expired');
    // Another server's secret: refused.
    expect(createFileLinks(Buffer.from('another secret, also 32 characters+'), 3600, () => now).verify('file-1', q)).toBe('bad');
  });
});

describe('retention and the blob store', () => {
  it('deletes the files of conversations retention purged, and only those', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'kefu-retention-'));
    const opened = await openStorage({ databaseUrl: null, dataDir });
    try {
      const { storage, visitorData, blobs } = opened;
      const old = await storage.openConversation((await storage.createVisitor('hash-old', 'en')).id, 'en');
      await blobs.put(old.id, 'file-a', Buffer.from('old file'));
      const service = createAttachmentService({
        storage,
        blobs,
        conversations: { sendFiles: () => Promise.reject(new Error('not used')) },
        links: createFileLinks(Buffer.alloc(32, 1), 3600),
        bus: { publish: () => Promise.reject(new Error('not used')) },
      });
      expect(await service.sweep()).toBe(0);
      expect(await visitorData.purgeConversationsBefore(Date.now() + 60_000)).toBe(1);
      const kept = await storage.openConversation((await storage.createVisitor('hash-new', 'en')).id, 'en');
      await blobs.put(kept.id, 'file-b', Buffer.from('new file'));
      expect(await service.sweep()).toBe(1);
      expect(existsSync(path.join(dataDir, 'attachments', old.id))).toBe(false);
      expect((await blobs.get(kept.id, 'file-b'))?.toString()).toBe('new file');
    } finally {
      await opened.visitorData.close();
      await opened.storage.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
