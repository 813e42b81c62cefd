import { existsSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { reservedPort } from '../helpers/ports.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { CHROMIUM } from '../helpers/chromium.ts';
import type { BenchContext } from './context.ts';
import { startKefu, type ServerProcess } from './procs.ts';
import type { Row } from './report.ts';
import { quantile } from './stats.ts';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string } };
}

const LONG_TASK_US = 50_000;
/** The loader's launcher (in the loader's open shadow root, which Playwright's CSS selectors pierce). */
const LAUNCHER = 'button[aria-expanded]';

/**
 * Main-thread work the loader causes before any intent, from a Chrome trace: every top-level task on the
 * renderer's main thread that compiles or runs loader.js (or a callback it registered) counts whole.
 */
function loaderTasks(events: TraceEvent[]): { totalMs: number; longTasks: number } {
  const fromLoader = events.filter((e) => e.ph === 'X' && e.args?.data?.url?.endsWith('/loader.js') && e.name !== 'v8.parseOnBackground');
  const main = fromLoader.find((e) => e.name === 'EvaluateScript');
  if (!main) throw new Error('the trace holds no evaluation of loader.js');
  const onMain = fromLoader.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === main.pid && e.tid === main.tid);
  const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);
  // Each loader event is charged its enclosing task, or itself when no task encloses it.
  const charged = new Set(onMain.map((e) => tasks.find((t) => t.ts <= e.ts && end(e) <= end(t)) ?? e));
  const durations = [...charged].map((t) => t.dur ?? 0);
  return { totalMs: durations.reduce((s, d) => s + d, 0) / 1000, longTasks: durations.filter((d) => d > LONG_TASK_US).length };
}

async function throttled(page: Page, rate: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Load the demo page (the customer's snippet) in a fresh context and trace it until the launcher is drawn. */
async function loaderCost(browser: Browser, url: string, rate: number) {
  const context = await browser.newContext({ locale: 'en-US' });
  try {
    const page = await context.newPage();
    await throttled(page, rate);
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8'] });
    await page.goto(url, { waitUntil: 'load' });
    await page.locator(LAUNCHER).waitFor({ timeout: 20_000 });
    await page.waitForTimeout(500);
    const trace = JSON.parse(String(await browser.stopTracing())) as { traceEvents: TraceEvent[] };
    if ((await page.locator('iframe').count()) !== 0) throw new Error('the widget iframe loaded before any intent');
    return loaderTasks(trace.traceEvents);
  } finally {
    await context.close();
  }
}

/** Records, in the widget frame, when the composer exists and when the widget chunk finished arriving. */
const FRAME_PROBE = () => {
  if (location.pathname !== '/widget') {
    addEventListener('click', () => ((window as unknown as { __clickAt?: number }).__clickAt ??= performance.timeOrigin + performance.now()), true);
    return;
  }
  const w = window as unknown as { __composerAt?: number };
  new MutationObserver((_, observer) => {
    if (!document.querySelector('textarea')) return;
    w.__composerAt = performance.timeOrigin + performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
};

/** Click the launcher on a cold cache: click → composer usable, and widget chunk arrived → composer usable. */
async function openCost(browser: Browser, url: string, rate: number) {
  const context = await browser.newContext({ locale: 'en-US' });
  try {
    await context.addInitScript(FRAME_PROBE);
    const page = await context.newPage();
    await throttled(page, rate);
    await page.goto(url, { waitUntil: 'load' });
    await page.locator(LAUNCHER).click({ timeout: 20_000 });
    const frame = page.frameLocator('iframe[src*="/widget"]');
    await frame.locator('textarea').waitFor({ timeout: 20_000 });
    const clickAt = await page.evaluate(() => (window as unknown as { __clickAt: number }).__clickAt);
    const inFrame = await frame.locator('textarea').evaluate(() => {
      const chunk = performance.getEntriesByType('resource').find((e) => /\/assets\/widget-[^/]+\.js$/.test(e.name)) as PerformanceResourceTiming | undefined;
      return { composerAt: (window as unknown as { __composerAt: number }).__composerAt, chunkAt: chunk ? performance.timeOrigin + chunk.responseEnd : Number.NaN };
    });
    return { clickToComposer: inFrame.composerAt - clickAt, chunkToComposer: inFrame.composerAt - inFrame.chunkAt };
  } finally {
    await context.close();
  }
}

/** Page impact in Chromium (CDP), unthrottled and on a 4× slower CPU; medians over a few cold loads. */
export async function measurePage(ctx: BenchContext): Promise<Row[]> {
  const section = 'page impact';
  if (!existsSync(CHROMIUM)) return [{ section, figure: 'Chromium', value: null, unit: '', note: `skipped: no Chromium at ${CHROMIUM}` }];
  const port = await reservedPort();
  let server: ServerProcess | null = null;
  let browser: Browser | null = null;
  try {
    server = await startKefu({ port, dataDir: mkdtempSync(path.join(ctx.tmp, 'data-')), nodeArgs: ctx.serverArgs });
    browser = await launchBrowser();
    const runs = ctx.quick ? 2 : 3;
    const rows: Row[] = [];
    for (const rate of [1, 4]) {
      const label = rate === 1 ? '' : `, CPU ${rate}× throttled`;
      const loads = [];
      const opens = [];
      for (let i = 0; i < runs; i++) loads.push(await loaderCost(browser, `${server.url}/`, rate));
      for (let i = 0; i < runs; i++) opens.push(await openCost(browser, `${server.url}/`, rate));
      const median = (xs: number[]) => quantile(xs, 0.5);
      rows.push(
        { section, figure: `loader main-thread time before intent${label}`, value: median(loads.map((l) => l.totalMs)), unit: 'ms', note: `median of ${runs} cold loads` },
        { section, figure: `loader long tasks before intent${label}`, value: Math.max(...loads.map((l) => l.longTasks)), unit: '', goal: { op: '<=', target: 0 }, note: 'worst run' },
        { section, figure: `click → composer usable${label}`, value: median(opens.map((o) => o.clickToComposer)), unit: 'ms', note: 'cold cache, includes fetching the widget' },
        { section, figure: `widget chunk arrived → composer usable${label}`, value: median(opens.map((o) => o.chunkToComposer)), unit: 'ms', goal: { op: '<=', target: 100 }, note: 'includes the locale chunk' },
      );
    }
    return rows;
  } finally {
    await browser?.close();
    await server?.stop();
  }
}
