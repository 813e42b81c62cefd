import { readFile, stat } from 'node:fs/promises';

/** A built file that cannot be read (a redeploy in progress, a build not made) with no earlier copy to serve. */
export class BuiltFileUnavailable extends Error {
  constructor(readonly file: string, options: ErrorOptions) {
    super(`${file} cannot be read and no earlier copy is kept`, options);
  }
}

/**
 * A file of the built front ends, kept in memory as `parse` made it. Each use compares the file's modification time
 * (with its size and inode: a file replaced by a rename is another inode) to the copy's, and reads it again only when
 * they differ: a request costs a stat, not a read, and a redeploy of dist/ without a restart is served at once.
 * While the file is missing or unreadable (a redeploy that deletes dist/ first, a half-written manifest) the last good
 * copy is served; with none yet, BuiltFileUnavailable.
 */
export function builtFile<T>(file: string, parse: (bytes: Buffer) => T): () => Promise<T> {
  let copy: { stamp: string; value: T } | null = null;
  return async () => {
    try {
      const { mtimeMs, size, ino } = await stat(file);
      const stamp = `${mtimeMs}:${size}:${ino}`;
      // Two requests after a change may both read it; a copy stamped older than the file is read again on the next.
      if (copy?.stamp !== stamp) copy = { stamp, value: parse(await readFile(file)) };
    } catch (error) {
      if (!copy) throw new BuiltFileUnavailable(file, { cause: error });
    }
    return copy.value;
  };
}
