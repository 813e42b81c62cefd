/**
 * The XSS corpus for the rendering tests: PayloadsAllTheThings' lists (read by path from the shared data
 * sets, never copied here) plus payloads of our own aimed at the bot answers' markdown and links; a
 * probe that catches any execution; and an audit of the chat DOM.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Frame } from 'playwright-core';

export const XSS_DIR = path.resolve(import.meta.dirname, '../../../shared/datasets/xss');

/**
 * Whether the corpus is beside the checkout (../shared/datasets/xss). Without it the suites are skipped with a
 * loud message — except in CI, where shared/ is always laid beside the clone and a missing corpus is a failure.
 */
export function corpusAvailable(): boolean {
  if (existsSync(XSS_DIR)) return true;
  if (process.env.CI) throw new Error(`CI is set but the XSS corpus is missing at ${XSS_DIR}`);
  console.warn(`\n!!! XSS corpus tests SKIPPED: no corpus at ${XSS_DIR} !!!\n`);
  return false;
}

/** Aimed at our markdown subset (bold, "- " lists, [text](url) links) and at the link-scheme check. */
export const OWN_PAYLOADS = [
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](javascript&#58;alert(1))',
  '[click](&#106;avascript:alert(1))',
  '[click](%6Aavascript:alert(1))',
  '[click](data:text/html,<script>alert(1)</script>)',
  '[click](vbscript:alert(1))',
  '[click](https://bank.example@evil.example/)',
  '[click](https://example.com/"onmouseover="alert(1))',
  "[click](https://example.com/'><script>alert(1)</script>)",
  '[<img src=x onerror=alert(1)>](https://example.com/)',
  '[[x](javascript:alert(1))](https://example.com/)',
  '**<img src=x onerror=alert(1)>**',
  '**[x](javascript:alert(1))**',
  '- <script>alert(1)</script>',
  '- [x](https://example.com/)<svg onload=alert(1)>',
  '<a href="javascript:alert(1)">link</a>',
  '<a href=" &#14;javascript:alert(1)">link</a>',
  '[x](https://example.com/#<img src=x onerror=alert(1)>)',
  '**bold**<details open ontoggle=alert(1)>',
];

/** Every payload once, with alert/confirm/prompt rewritten to the probe (the init script also traps the originals). */
export function loadPayloads(): { payloads: string[]; fromCorpus: number } {
  const lines = readdirSync(XSS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(path.join(XSS_DIR, f), 'utf8').split('\n'))
    .filter((l) => l.trim() !== '');
  const rewrite = (p: string) => p.replace(/\b(alert|confirm|prompt)\b/g, '__xssProbe');
  return { payloads: [...lines, ...OWN_PAYLOADS].map(rewrite), fromCorpus: lines.length };
}

/** Greedy batches of whole payloads, one per line, each at most `maxChars`. */
export function batches(payloads: readonly string[], maxChars: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const p of payloads) {
    if (current && current.length + 1 + p.length > maxChars) {
      out.push(current);
      current = '';
    }
    current = current ? `${current}\n${p}` : p;
  }
  if (current) out.push(current);
  return out;
}

const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliett', 'kilo', 'lima', 'mike', 'november', 'oscar', 'papa', 'quebec', 'romeo', 'sierra', 'tango', 'uniform', 'victor', 'whiskey', 'xray', 'yankee', 'zulu'];

/** One payload in each place of a bot answer: a paragraph, a bold list item, link text, link target. */
function answerLines(p: string): string[] {
  // The pack validator refuses any "](target)" that is not https: a JS payload like `x['a'](1)` is kept apart.
  const safe = p.replaceAll('](', '] (');
  const target = p.replace(/[\s()]/g, '');
  return [safe, `- **${safe}**`, `[${safe.replace(/[\]\n]/g, '')}](https://example.com/help)`, `[target](https://example.com/${target})`];
}

/**
 * A test-only FAQ pack (English) whose answers carry the payloads, `perEntry` to an answer; the question
 * that gets each answer is returned with it.
 */
export function writeXssPack(dir: string, payloads: readonly string[], perEntry: number): { question: string; count: number }[] {
  mkdirSync(path.join(dir, 'entries'), { recursive: true });
  writeFileSync(
    path.join(dir, 'pack.json'),
    JSON.stringify({ id: 'xss-probe', name: 'XSS probe', defaultLocale: 'en', locales: ['en'], thresholds: { answer: 0.55, suggest: 0.3 } }),
  );
  const groups: string[][] = [];
  for (let i = 0; i < payloads.length; i += perEntry) groups.push(payloads.slice(i, i + perEntry) as string[]);
  if (groups.length > WORDS.length) throw new Error(`at most ${WORDS.length} entries: raise perEntry`);
  return groups.map((group, i) => {
    const word = WORDS[i]!;
    const id = `probe-${word}`;
    const alternates = ['topic', 'about', 'help with', 'question on', 'tell me', 'info on', 'explain', 'what is'].map((w) => `${w} ${word}`);
    const entry = { id, tags: [], followUps: [], locales: { en: { question: `${word} ${word}`, alternates, answer: group.flatMap(answerLines).join('\n') } } };
    writeFileSync(path.join(dir, 'entries', `${id}.json`), JSON.stringify(entry));
    return { question: `${word} ${word}`, count: group.length };
  });
}

/** Trap every way a payload could run: the probe name, alert/confirm/prompt, in every frame. */
export async function installProbe(context: BrowserContext, hits: string[]): Promise<void> {
  await context.exposeBinding('__xssReport', ({ frame }, what: string) => void hits.push(`${frame.url()}: ${what}`));
  await context.addInitScript(() => {
    const w = window as unknown as Record<string, unknown> & { __xssReport(what: string): void };
    const probe = (...args: unknown[]) => void w.__xssReport(String(args[0]));
    for (const name of ['__xssProbe', 'alert', 'confirm', 'prompt', 'print']) w[name] = probe;
  });
}

export interface DomAudit {
  scripts: number;
  handlers: string[];
  jsUrls: string[];
  links: number;
}

/** What ended up in the widget's document: script elements, on* attributes, javascript:/data: URLs. */
export function auditDom(frame: Frame): Promise<DomAudit> {
  return frame.evaluate(() => {
    const all = [...document.body.querySelectorAll('*')];
    const handlers: string[] = [];
    const jsUrls: string[] = [];
    for (const el of all) {
      for (const a of el.attributes) {
        if (a.name.toLowerCase().startsWith('on')) handlers.push(`${el.tagName} ${a.name}`);
        const value = a.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
        if (/^(javascript|vbscript|data):/.test(value)) jsUrls.push(`${el.tagName} ${a.name}=${a.value.slice(0, 60)}`);
      }
    }
    return { scripts: document.body.querySelectorAll('script').length, handlers, jsUrls, links: document.body.querySelectorAll('a[href]').length };
  });
}
