import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Row } from './report.ts';

const DIST = path.resolve(import.meta.dirname, '../../dist');
const MANIFEST = path.join(DIST, 'app/.vite/manifest.json');

interface Chunk {
  file: string;
  src?: string;
  imports?: string[];
  css?: string[];
}

const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes: Buffer) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Loader, widget first load (entry, its static imports, CSS, the largest locale) and every locale chunk. */
export function measureBytes(): Row[] {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, Chunk>;
  const read = (file: string) => readFileSync(path.join(DIST, 'app', file));
  const loader = readFileSync(path.join(DIST, 'loader/loader.js'));

  const entryKey = Object.keys(manifest).find((k) => k.endsWith('widget/app/index.html'));
  if (!entryKey) throw new Error('no widget entry in the Vite manifest');
  const files = new Set<string>();
  const pending = [entryKey];
  while (pending.length > 0) {
    const chunk = manifest[pending.pop()!]!;
    if (files.has(chunk.file)) continue;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    pending.push(...(chunk.imports ?? []));
  }
  const locales = Object.values(manifest)
    .filter((c) => c.src?.includes('widget/app/locales/'))
    .map((c) => ({ name: path.basename(c.src!, '.json'), bytes: read(c.file) }));
  const largest = locales.reduce((a, b) => (gzip(b.bytes) > gzip(a.bytes) ? b : a), locales[0]!);
  const firstLoad = [...[...files].map(read), largest.bytes];
  const sum = (f: (b: Buffer) => number) => firstLoad.reduce((s, b) => s + f(b), 0);

  const row = (figure: string, value: number, goal?: number, note?: string): Row => ({
    section: 'bytes',
    figure,
    value,
    unit: 'B',
    ...(goal === undefined ? {} : { goal: { op: '<=' as const, target: goal } }),
    ...(note ? { note } : {}),
  });
  return [
    row('loader.js gzip', gzip(loader), 1536),
    row('loader.js brotli', brotli(loader)),
    row('widget first load gzip', sum(gzip), 30 * 1024, `${files.size} files (JS + CSS) + largest locale (${largest.name})`),
    row('widget first load brotli', sum(brotli)),
    ...locales.map((l) => row(`locale ${l.name} gzip`, gzip(l.bytes))),
  ];
}
