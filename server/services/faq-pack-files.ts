import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FaqPackError, parseFaqPack, type PackIssue } from '../../faq/index.ts';
import type { FaqPack } from '../../faq/index.ts';

/**
 * Reads a pack from files: `<dir>/pack.json` (id, name, defaultLocale, locales; thresholds only to override the ones
 * the engine fits) and `<dir>/entries/<id>.json` (one entry per file, the file name is its id). Everything is validated
 * at once; errors name the file and the field ("entries/refund.json: locales.ja.alternates: …").
 */
async function readJson(dir: string, file: string, issues: PackIssue[]): Promise<unknown> {
  let raw: string;
  try {
    raw = await readFile(join(dir, file), 'utf8');
  } catch (error) {
    issues.push({ source: file, path: '', message: `cannot read: ${(error as Error).message}` });
    return undefined;
  }
  try {
    return JSON.parse(raw) as unknown;
  } catch (error) {
    issues.push({ source: file, path: '', message: `invalid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

export async function loadPackFromDir(dir: string): Promise<FaqPack> {
  const issues: PackIssue[] = [];
  const meta = await readJson(dir, 'pack.json', issues);
  let files: string[] = [];
  try {
    files = (await readdir(join(dir, 'entries'))).filter((f) => f.endsWith('.json')).sort();
  } catch (error) {
    issues.push({ source: 'entries/', path: '', message: `cannot list: ${(error as Error).message}` });
  }
  const sources = files.map((f) => `entries/${f}`);
  const entries = await Promise.all(sources.map((source) => readJson(dir, source, issues)));
  entries.forEach((entry, i) => {
    const id = files[i]!.slice(0, -'.json'.length);
    const own = (entry as { id?: unknown } | undefined)?.id;
    if (entry !== undefined && own !== id) {
      issues.push({ source: sources[i]!, path: 'id', message: `must equal the file name "${id}" (is ${JSON.stringify(own)})` });
    }
  });
  if (issues.length > 0) throw new FaqPackError(issues);
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) {
    throw new FaqPackError([{ source: 'pack.json', path: '', message: 'must be an object' }]);
  }
  return parseFaqPack({ ...meta, entries }, 'pack.json', { entrySources: sources });
}
