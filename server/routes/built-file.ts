import { readFile, stat } from 'node:fs/promises';

/**
 * A file of the built front ends, kept in memory as `parse` made it. Each use compares the file's modification time
 * (with its size and inode: a file replaced by a rename is another inode) to the copy's, and reads it again only when
 * they differ: a request costs a stat, not a read, and a redeploy of dist/ without a restart is served at once.
 */
export function builtFile<T>(file: string, parse: (bytes: Buffer) => T): () => Promise<T> {
  let copy: { stamp: string; value: T } | null = null;
  return async () => {
    const { mtimeMs, size, ino } = await stat(file);
    const stamp = `${mtimeMs}:${size}:${ino}`;
    // Two requests after a change may both read it; a copy stamped older than the file is read again on the next.
    if (copy?.stamp !== stamp) copy = { stamp, value: parse(await readFile(file)) };
    return copy.value;
  };
}
