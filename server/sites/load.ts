import { readFileSync } from 'node:fs';
import { SitesFile } from '../../protocol/index.ts';

/**
 * Read and check the `KEFU_SITES` file (JSON keyed by site id, see the README). Throws an Error whose message
 * names the file and every bad field (`shop.hours.weekly.mon.0: …`), so start-up stops with a clear line.
 */
export function loadSitesFile(file: string): SitesFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`KEFU_SITES: cannot read ${file} as JSON: ${(err as Error).message}`);
  }
  const parsed = SitesFile.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(top level)'}: ${i.message}`);
    throw new Error(`KEFU_SITES: ${file} is not a valid sites file:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
