import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The project folder (the one with package.json), found from wherever this code runs: the sources under
 * server/, or the build in dist/server/. Files shipped beside the code (FAQ packs, the built front ends,
 * the demo page) are named from here.
 */
export const ROOT = (() => {
  for (let dir = import.meta.dirname; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (dir === path.dirname(dir)) throw new Error(`no package.json in any folder above ${import.meta.dirname}`);
  }
})();
