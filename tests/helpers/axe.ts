import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core in the page or frame (injected over the protocol, so the page's CSP does not apply); violations as readable
 * lines. Injected once a document: sending and compiling its 650 kB took 0.23-0.78 s at load 13, more than a run of
 * it on a small screen (0.2-0.3 s); a page checked again (another screen of the console, a theme, an open menu) reuses it.
 */
export async function violations(target: Page | Frame): Promise<string[]> {
  if (!(await target.evaluate(() => 'axe' in window))) await target.evaluate(AXE);
  const result = await target.evaluate(() => (window as any).axe.run(document, { resultTypes: ['violations'] }));
  return (result.violations as { id: string; nodes: { target: string[]; failureSummary: string }[] }[]).flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary}`),
  );
}

/**
 * Puts the page in a colour scheme and waits until it shows it: the console flips its theme in a matchMedia listener
 * (ui/appearance.ts), a task after the media changes, and its colours then change with a short transition. Checking
 * only "no transition running" right after the switch is true too early (axe once judged a button mid-transition).
 */
export async function showColorScheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme });
  await page.waitForFunction((scheme) => document.documentElement.dataset.theme === scheme, colorScheme);
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}
