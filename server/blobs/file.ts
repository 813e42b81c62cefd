import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkBlobName, type BlobStore } from './types.ts';

const missing = (err: unknown) => (err as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Blobs as files: `<dir>/<conversation>/<key>`, readable by the server's user only. A write goes to a temporary
 * name first and is renamed into place, so a reader never sees half a file.
 */
export function fileBlobStore(dir: string): BlobStore {
  const folder = (conversationId: string) => {
    checkBlobName('conversation', conversationId);
    return path.join(dir, conversationId);
  };
  const file = (conversationId: string, key: string) => {
    checkBlobName('key', key);
    return path.join(folder(conversationId), key);
  };
  return {
    async put(conversationId, key, data) {
      const target = file(conversationId, key);
      await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      const temp = `${target}.${randomBytes(6).toString('hex')}.part`;
      await writeFile(temp, data, { mode: 0o600 });
      await rename(temp, target);
    },
    async get(conversationId, key) {
      try {
        return await readFile(file(conversationId, key));
      } catch (err) {
        if (missing(err)) return null;
        throw err;
      }
    },
    async delete(conversationId, key) {
      await rm(file(conversationId, key), { force: true });
    },
    async deleteConversation(conversationId) {
      await rm(folder(conversationId), { recursive: true, force: true });
    },
    async conversations() {
      try {
        return (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
      } catch (err) {
        if (missing(err)) return [];
        throw err;
      }
    },
    async close() {},
  };
}
