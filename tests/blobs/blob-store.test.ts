import { mkdtempSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileBlobStore } from '../../server/blobs/file.ts';
import { postgresBlobStore } from '../../server/blobs/postgres.ts';
import { s3BlobStore } from '../../server/blobs/s3.ts';
import { startS3 } from '../helpers/s3-server.ts';
import { sigV4Problem } from '../helpers/sigv4-check.ts';
import type { BlobStore } from '../../server/blobs/types.ts';
import { migratePostgres } from '../../server/storage/postgres-migrations.ts';
import { openPool } from '../../server/storage/postgres-pool.ts';
import { postgresAvailable, useTestDatabase } from '../helpers/postgres.ts';

/** The blob-store contract: every implementation passes these cases. */
function blobStoreContract(name: string, fresh: () => Promise<{ store: BlobStore; cleanup(): Promise<void> }>) {
  describe(`blob store contract: ${name}`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const c of cleanups.splice(0)) await c();
    });
    const open = async () => {
      const { store, cleanup } = await fresh();
      cleanups.push(async () => {
        await store.close();
        await cleanup();
      });
      return store;
    };

    it('gives back exactly the bytes put, and null for a key never put', async () => {
      const store = await open();
      const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256));
      await store.put('conv-1', 'file-a', bytes);
      expect((await store.get('conv-1', 'file-a'))?.equals(bytes)).toBe(true);
      expect(await store.get('conv-1', 'file-b')).toBeNull();
      expect(await store.get('conv-2', 'file-a')).toBeNull();
    });

    it('replaces a blob put again under the same key', async () => {
      const store = await open();
      await store.put('c', 'k', Buffer.from('first'));
      await store.put('c', 'k', Buffer.from('second'));
      expect((await store.get('c', 'k'))?.toString()).toBe('second');
    });

    it('deletes one blob, and a conversation\'s blobs all at once, leaving the others', async () => {
      const store = await open();
      await store.put('a', 'x', Buffer.from('ax'));
      await store.put('a', 'y', Buffer.from('ay'));
      await store.put('b', 'x', Buffer.from('bx'));
      await store.delete('a', 'x');
      expect(await store.get('a', 'x')).toBeNull();
      expect((await store.get('a', 'y'))?.toString()).toBe('ay');
      await store.deleteConversation('a');
      expect(await store.get('a', 'y')).toBeNull();
      expect((await store.get('b', 'x'))?.toString()).toBe('bx');
      expect((await store.conversations()).sort()).toEqual(['b']);
      // Deleting what is not there is no error.
      await store.delete('a', 'gone');
      await store.deleteConversation('never');
    });

    it('lists the conversations that have blobs', async () => {
      const store = await open();
      expect(await store.conversations()).toEqual([]);
      await store.put('c1', 'k', Buffer.from('1'));
      await store.put('c2', 'k', Buffer.from('2'));
      await store.put('c2', 'k2', Buffer.from('3'));
      expect((await store.conversations()).sort()).toEqual(['c1', 'c2']);
    });

    it('refuses a name that is a path', async () => {
      const store = await open();
      await expect(store.put('../etc', 'k', Buffer.from('x'))).rejects.toThrow(/bad conversation name/);
      await expect(store.put('c', '../../passwd', Buffer.from('x'))).rejects.toThrow(/bad key name/);
      await expect(store.get('c', 'a/b')).rejects.toThrow(/bad key name/);
    });
  });
}

blobStoreContract('files under the data directory', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kefu-blobs-'));
  return { store: fileBlobStore(path.join(dir, 'attachments')), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
});

// An S3-compatible server (s3rver, from npm) on 127.0.0.1 behind a gate that checks SigV4 signatures as S3 does
// (tests/helpers/sigv4-check.ts, checked below against AWS's published example). s3rver's continuation tokens need
// DES, which Node 20's OpenSSL 3 lacks, so listings past one page (1,000 keys) are not run here.
describe('S3-compatible bucket', () => {
  let buckets = 0;
  blobStoreContract('S3 (s3rver)', async () => {
    const s3 = await startS3(`kefu-blobs-${++buckets}`);
    return { store: s3BlobStore(s3.config), cleanup: s3.close };
  });

  it("fails with S3's own codes for an unknown access key or a wrong secret (an error, not a missing file)", async () => {
    const s3 = await startS3('kefu-refused');
    try {
      const unknown = s3BlobStore({ ...s3.config, accessKeyId: 'NOT-A-KEY' });
      await expect(unknown.put('c', 'k', Buffer.from('x'))).rejects.toThrow(/HTTP 403 InvalidAccessKeyId/);
      const wrong = s3BlobStore({ ...s3.config, secretAccessKey: 'not-the-secret' });
      await expect(wrong.put('c', 'k', Buffer.from('x'))).rejects.toThrow(/HTTP 403 SignatureDoesNotMatch/);
      await expect(wrong.get('c', 'k')).rejects.toThrow(/HTTP 403 SignatureDoesNotMatch/);
      await expect(wrong.conversations()).rejects.toThrow(/HTTP 403 SignatureDoesNotMatch/);
    } finally {
      await s3.close();
    }
  });

  it("the gate's signature check agrees with AWS's published example (GET /test.txt, 2013-05-24) and refuses a changed one", () => {
    const headers = {
      host: 'examplebucket.s3.amazonaws.com',
      range: 'bytes=0-9',
      'x-amz-date': '20130524T000000Z',
      'x-amz-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      authorization:
        'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    };
    const keys = { AKIAIOSFODNN7EXAMPLE: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
    const request = { method: 'GET', url: '/test.txt', headers, body: Buffer.alloc(0) };
    expect(sigV4Problem(request, keys)).toBeNull();
    expect(sigV4Problem({ ...request, headers: { ...headers, range: 'bytes=0-10' } }, keys)).toBe('signature does not match');
    expect(sigV4Problem({ ...request, url: '/test.txt?x=1' }, keys)).toBe('signature does not match');
  });
});

describe('file blob store on disk', () => {
  it('leaves no temporary file behind and keeps each conversation in its own folder', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kefu-blobs-'));
    const store = fileBlobStore(dir);
    await store.put('conv', 'one', Buffer.from('1'));
    await store.put('conv', 'two', Buffer.from('2'));
    expect(readdirSync(path.join(dir, 'conv')).sort()).toEqual(['one', 'two']);
    await store.deleteConversation('conv');
    expect(readdirSync(dir)).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});

const run = await postgresAvailable();
const db = useTestDatabase(run);
describe.runIf(run)('PostgreSQL', () => {
  blobStoreContract('PostgreSQL bytea', async () => {
    const pool = openPool(await db.freshUrl(), { max: 2 });
    await migratePostgres(pool);
    return { store: postgresBlobStore(pool), cleanup: () => pool.end() };
  });
});
