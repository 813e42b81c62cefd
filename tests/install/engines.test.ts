import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

/**
 * Finding 13: the README supports Node 20, so every installed package must say it runs there. The lockfile is
 * what `npm ci` installs; a package whose `engines.node` leaves out the oldest Node we support would make
 * `npm ci` warn EBADENGINE (and, with `engine-strict` in .npmrc, fail: that is how CI stops on a mismatch).
 */
const root = path.join(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[]; optional?: boolean; os?: string[]; cpu?: string[] }>;
};

describe('supported Node versions', () => {
  const oldest = semver.minVersion(manifest.engines.node)!.version;

  it('states Node 20 as the oldest supported version', () => {
    expect(semver.major(oldest)).toBe(20);
  });

  it(`every package in the lockfile runs on Node ${oldest} and on Node 22.13`, () => {
    const refusing = Object.entries(lock.packages)
      .filter(([name]) => name !== '')
      // An optional binary for another platform is never installed here (sharp's @img/sharp-win32-ia32 wants Node 20 only).
      .filter(([, p]) => !(p.optional && ((p.os && !p.os.includes(process.platform)) || (p.cpu && !p.cpu.includes(process.arch)))))
      .map(([name, p]) => ({ name: name.replace(/^.*node_modules\//, ''), version: p.version, range: Array.isArray(p.engines) ? undefined : p.engines?.node }))
      .filter((p) => p.range !== undefined && ![oldest, '22.13.0'].every((v) => semver.satisfies(v, p.range!)))
      .map((p) => `${p.name}@${p.version} wants node ${p.range}`);
    expect(refusing).toEqual([]);
  });

  it('makes npm refuse, not warn, on an engine mismatch', () => {
    expect(readFileSync(path.join(root, '.npmrc'), 'utf8')).toMatch(/^engine-strict=true$/m);
  });
});
