import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Locator } from 'playwright-core';
import { ReportSummary } from '../../protocol/index.ts';
import { violations } from '../helpers/axe.ts';
import { useBrowserAndServer } from '../helpers/browser.ts';
import { openStorageBeside } from '../helpers/server.ts';
import { ADMIN, ADMIN_ENV } from '../helpers/agent-client.ts';
import { visitor } from '../helpers/ws-client.ts';
import { NO_BOT_SWEEP, PERIOD, expectedSummary, writeReportHistory } from '../fixtures/reports/history.ts';

/**
 * The reports page in Chromium over the known history (tests/fixtures/reports/history.ts): its figures equal the
 * API's, which equal the hand-worked ones; its charts are drawn; the chart library is loaded with the page only
 * (never in the console's first load); axe-core finds nothing in light or dark.
 */
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');
type Rgb = [number, number, number];

/**
 * How many opaque pixels of the section's first chart are near each colour, in the rows from `rows[0]` to `rows[1]`
 * CSS px below the plot's bottom edge (negative: above it), or in the whole canvas.
 */
function chartPixels(section: Locator, colors: Rgb[], rows?: [number, number]): Promise<number[]> {
  return section.evaluate(
    (el, [colors, rows]) => {
      const over = el.querySelector<HTMLElement>('.u-over')!;
      const canvas = el.querySelector('canvas')!;
      const scale = canvas.width / canvas.clientWidth;
      const bottom = over.offsetTop + over.offsetHeight;
      const [top, height] = rows ? [Math.round((bottom + rows[0]) * scale), Math.round((rows[1] - rows[0]) * scale)] : [0, canvas.height];
      const { data } = canvas.getContext('2d')!.getImageData(0, top, canvas.width, height);
      const near = (i: number, [r, g, b]: number[]) => Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) < 30;
      return colors.map((c) => {
        let n = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 200 && near(i, c)) n++;
        return n;
      });
    },
    [colors, rows ?? null] as const,
  );
}
/**
 * How many ticks the section's first chart draws on its x axis (each date is drawn under its tick): the runs of `grid`
 * coloured pixels in the row 4 CSS px under the plot, across the plot's width.
 */
function xTicks(section: Locator, grid: Rgb): Promise<number> {
  return section.evaluate((el, [r, g, b]) => {
    const over = el.querySelector<HTMLElement>('.u-over')!;
    const canvas = el.querySelector('canvas')!;
    const scale = canvas.width / canvas.clientWidth;
    const left = Math.floor((over.offsetLeft - 2) * scale);
    const width = Math.ceil((over.offsetWidth + 4) * scale);
    const { data } = canvas.getContext('2d')!.getImageData(left, Math.round((over.offsetTop + over.offsetHeight + 4) * scale), width, 1);
    let runs = 0;
    let inRun = false;
    for (let i = 0; i < data.length; i += 4) {
      const near = data[i + 3]! > 100 && Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - g) + Math.abs(data[i + 2]! - b) < 40;
      if (near && !inRun) runs++;
      inRun = near;
    }
    return runs;
  }, grid);
}
const LINES: Rgb[] = [[0x3b, 0x82, 0xf6], [0x16, 0xa3, 0x4a], [0xf5, 0x9e, 0x0b]];
/** The grid's colour (--border) in the light and the dark theme. */
const GRID: Record<'light' | 'dark', Rgb> = { light: [0xdd, 0xe1, 0xe7], dark: [0x2c, 0x37, 0x4b] };
const e2e = useBrowserAndServer(ADMIN_ENV, NO_BOT_SWEEP);

describe.skipIf(!e2e.run)('the reports page', () => {
  it('draws its charts, shows the API’s figures (= the known history’s), and loads the chart library only there', async () => {
    const storage = openStorageBeside(e2e.server);
    vi.useFakeTimers({ toFake: ['Date'] });
    let history;
    try {
      history = await writeReportHistory(storage, (ms) => vi.setSystemTime(ms));
    } finally {
      vi.useRealTimers();
      await storage.close();
    }
    const expected = expectedSummary(history);

    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await e2e.browser.newContext({ locale: 'en-US', timezoneId: 'UTC', colorScheme, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const requested: string[] = [];
      page.on('request', (r) => requested.push(r.url()));
      await page.goto(`${e2e.server.url}/console`);
      await page.locator('input[type=email]').fill(ADMIN.email);
      await page.locator('input[type=password]').fill(ADMIN.password);
      await page.locator('button[type=submit]').click();
      await page.locator('.connection[data-state=online]').waitFor({ state: 'attached' });
      await page.waitForLoadState('networkidle');
      expect(requested.filter((u) => /uplot|Reports-/i.test(u)), 'first load').toEqual([]);

      await page.evaluate(() => (location.hash = '#/reports/2026-03-02_2026-03-16'));
      await page.locator('[data-kpi=conversations]').waitFor();
      await expect.poll(() => page.locator('.report-chart canvas').count()).toBe(3);
      expect(requested.some((u) => /uPlot/.test(u))).toBe(true);

      // Equal lines stay readable: from Mar 5 to Mar 9 all three are 0 (conversations was drawn exactly under
      // "handed to a person"). In those columns of the volume chart each line's colour is seen; the legend draws each
      // line's own dashes.
      const series = page.locator('[aria-labelledby=report-series]');
      expect(await series.locator('.chart-legend li').allTextContents()).toEqual(['Conversations', 'Resolved by the bot', 'Handed to a person']);
      expect(await series.locator('.chart-legend line').evaluateAll((ls) => ls.map((l) => l.getAttribute('stroke-dasharray')))).toEqual([null, '8 4', '2 3']);
      const seen = await series.evaluate((section, colors) => {
        const over = section.querySelector<HTMLElement>('.u-over')!;
        const canvas = section.querySelector('canvas')!;
        const scale = canvas.width / canvas.clientWidth;
        const x = (day: number) => Math.round((over.offsetLeft + (over.offsetWidth * day) / 13) * scale); // 14 days: Mar 2 … Mar 15
        const top = Math.round((over.offsetTop + over.offsetHeight - 12) * scale);
        const { data } = canvas.getContext('2d')!.getImageData(x(3.3), top, x(6.7) - x(3.3), Math.round(24 * scale));
        const near = (i: number, [r, g, b]: number[]) => Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) < 60;
        return colors.map((c) => {
          let n = 0;
          for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 200 && near(i, c)) n++;
          return n;
        });
      }, LINES);
      for (const [i, n] of seen.entries()) expect(n, `${colorScheme}: pixels of line ${i} where all three are 0`).toBeGreaterThan(40);
      // A disc at 0 is whole: none of it below the plot's bottom edge (the widest was half under it).
      expect(await chartPixels(series, LINES, [1, 10]), `${colorScheme}: line colours under the plot`).toEqual([0, 0, 0]);
      expect(await chartPixels(series, [GRID[colorScheme]]).then(([n]) => n), `${colorScheme}: grid`).toBeGreaterThan(500);
      expect(await xTicks(series, GRID[colorScheme]), `${colorScheme}: a date under every day at 1280 px`).toBe(14);
      await series.screenshot({ path: path.join(SHOTS, `reports-volume-${colorScheme}.png`) });
      if (colorScheme === 'light') {
        // The system turns dark while the page is open: the charts are drawn again in the dark theme's colours.
        await page.emulateMedia({ colorScheme: 'dark' });
        await expect.poll(() => chartPixels(series, [GRID.light, GRID.dark])).toEqual([0, expect.any(Number)]);
        expect((await chartPixels(series, [GRID.dark]))[0], 'dark grid after the switch').toBeGreaterThan(500);
        await series.screenshot({ path: path.join(SHOTS, `reports-volume-light-to-dark.png`) });
        await page.emulateMedia({ colorScheme: 'light' });
        await expect.poll(() => chartPixels(series, [GRID.dark]).then(([n]) => n)).toBe(0);
      }

      // The API the page called, with the browser's own session, for the same period.
      const api = await page.evaluate(async (q) => (await fetch(`/api/v1/reports/summary?${q}`)).json(), `from=${encodeURIComponent(PERIOD.from)}&to=${encodeURIComponent(PERIOD.to)}&bucket=day&tz=0`);
      const summary = ReportSummary.parse(api);
      expect(summary).toEqual(expected);
      const kpi = async (id: string) => Number(await page.locator(`[data-kpi=${id}]`).getAttribute('data-value'));
      expect([await kpi('conversations'), await kpi('botResolved'), await kpi('handoffs'), await kpi('tickets')]).toEqual([summary.conversations, summary.botResolved, summary.handoffs, summary.tickets.opened]);
      expect([await kpi('firstResponseSec'), await kpi('waitSec'), await kpi('resolutionSec'), await kpi('csat')]).toEqual([
        summary.firstResponseSec.median,
        summary.waitSec.median,
        summary.resolutionSec.median,
        summary.csat.average,
      ]);
      const rows = (table: string) => page.locator(`table[data-table=${table}] tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
      // Every day of the period, as the chart draws it: the days without conversations as 0 (the table listed only the others).
      const days = Array.from({ length: 14 }, (_, i) => Date.parse(PERIOD.from) + i * 86_400_000);
      const byDay = new Map(summary.series.map((s) => [s.start, s]));
      expect(summary.series.length).toBeLessThan(days.length);
      // The period is in one year (the From and To say which): each day without it.
      expect(await rows('series')).toEqual(
        days.map((d) => [new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(d), ...[byDay.get(d)?.conversations, byDay.get(d)?.botResolved, byDay.get(d)?.handoffs].map((n) => String(n ?? 0))]),
      );
      // Every table's figures right-aligned under their columns' names (only the volume table's were).
      const aligns = await page.locator('.report-section table').evaluateAll((tables) =>
        tables.map((t) => [...t.querySelectorAll('tr > :nth-child(2)')].map((c) => getComputedStyle(c).textAlign)).map((a) => [...new Set(a)]),
      );
      expect(aligns.length).toBeGreaterThan(5);
      for (const a of aligns) expect(a).toEqual(['end']);
      expect(await rows('topics')).toEqual(summary.byTopic.map((x) => [x.faqId, String(x.count)]));
      expect(await rows('csat')).toEqual(summary.csat.distribution.map((d) => [`${d.score} / 5`, String(d.count)]));
      expect(await rows('hours')).toEqual(summary.byHour.filter((h) => h.count > 0).map((h) => [`${String(h.hour).padStart(2, '0')}:00`, String(h.count)]));
      expect(await rows('agents')).toEqual([['Ann', '2', '1.5 min · p90 1.5 min', '3.5 (2)'], ['Bob', '1', '40 s · p90 40 s', '—']]);
      // Languages by their names in the page's language ("Chinese (China)"), not their codes.
      const names = await page.evaluate((codes) => codes.map((c) => new Intl.DisplayNames(['en-US'], { type: 'language' }).of(c)), summary.byLanguage.map((x) => x.locale));
      expect(await rows('languages')).toEqual(summary.byLanguage.map((x, i) => [names[i], String(x.count)]));
      expect(names).not.toContain(summary.byLanguage[0]!.locale);
      expect(await violations(page), colorScheme).toEqual([]);
      if (colorScheme === 'light') {
        // The period is picked with our own calendar (never the browser's date input), read in the page's language.
        expect(await page.locator('input[type=date]').count()).toBe(0);
        const from = page.getByRole('button', { name: 'From Mar 2, 2026' });
        expect(await from.textContent()).toBe('Mar 2, 2026');
        await from.click();
        const calendar = page.getByRole('dialog', { name: 'From' });
        expect(await calendar.getByRole('heading').textContent()).toBe('March 2026');
        expect(await violations(page), 'calendar').toEqual([]);
        await page.keyboard.press('ArrowRight'); // the focus starts on the chosen day: the next is Tuesday 3 March
        await page.keyboard.press('Enter');
        await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/reports/2026-03-03_2026-03-16');
        expect(await calendar.count()).toBe(0);
        await expect.poll(() => page.locator('[data-kpi=conversations]').getAttribute('data-value')).toBe(String(summary.conversations - 2)); // C1 and C2 were on 2 March
        // Two keys in one task, before Preact has drawn the first: Enter still picks the day the arrow moved to
        // (it picked the day before on a loaded machine, and a fast typist can do the same).
        await page.getByRole('button', { name: 'From Mar 3, 2026' }).click();
        await calendar.getByRole('heading').waitFor();
        await page.evaluate(() => {
          const day = document.activeElement!;
          for (const key of ['ArrowRight', 'Enter']) day.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
        });
        await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/reports/2026-03-04_2026-03-16');
        // A 390 px phone: no table scrolls its last columns out of sight (the agents' Satisfaction was half cut off);
        // a table of three or more columns reads as cards, each figure beside its column's name.
        await page.setViewportSize({ width: 390, height: 844 });
        const phone = () =>
          page.locator('.report-section .table-wrap').evaluateAll((wraps) => ({
            scrolls: wraps.filter((w) => w.scrollWidth > w.clientWidth).map((w) => w.querySelector('table')!.dataset.table),
            series: [...document.querySelectorAll('table[data-table=series] tbody tr:first-child td')].map((td) => getComputedStyle(td, '::before').content),
          }));
        await expect.poll(phone).toEqual({ scrolls: [], series: ['none', 'none', 'none', 'none'] });
        // The volume table stays a table, a line a day (it was a card a day: a 90-day period was 90 cards), its
        // column names shown.
        expect(await page.locator('table[data-table=series] thead').isVisible()).toBe(true);
        const lineHeights = await page.locator('table[data-table=series] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getBoundingClientRect().height));
        expect(lineHeights).toHaveLength(12);
        expect(Math.max(...lineHeights), 'a day is one line').toBeLessThan(45);
        // 12 days on a 390 px chart: a date under every other or every third day, never one for the period.
        const phoneTicks = await xTicks(series, GRID.light);
        expect(phoneTicks, 'dates on the phone').toBeGreaterThanOrEqual(4);
        expect(phoneTicks).toBeLessThan(12);
        expect(await chartPixels(series, LINES, [1, 10]), 'phone: line colours under the plot').toEqual([0, 0, 0]);
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          await expect.poll(() => chartPixels(series, [GRID[scheme]]).then(([n]) => n! > 200)).toBe(true);
          await series.screenshot({ path: path.join(SHOTS, `reports-volume-phone-${scheme}.png`) });
        }
      }
      await context.close();
    }
  }, 60_000); // two logins, two page loads, axe three times, on a shared 2-core box

  it('shows beside the wait in queue (waits that ended) who waits now and the longest wait so far, in English and Chinese', async () => {
    const { client: v } = await visitor(e2e.server.wsUrl, e2e.server.url, { locale: 'en' });
    v.send({ type: 'handoff' });
    await v.next('state', (s) => s.status === 'waiting');
    for (const [locale, words] of [['en-US', /^1 waiting now · longest \d+\u00a0s$/], ['zh-CN', /^现在 1 人排队 · 最久 \d+\u00a0秒$/]] as const) {
      const context = await e2e.browser.newContext({ locale, timezoneId: 'UTC', colorScheme: 'light', viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(`${e2e.server.url}/console`);
      await page.locator('input[type=email]').fill(ADMIN.email);
      await page.locator('input[type=password]').fill(ADMIN.password);
      await page.locator('button[type=submit]').click();
      await page.locator('.connection[data-state=online]').waitFor({ state: 'attached' });
      await page.evaluate(() => (location.hash = '#/reports'));
      const now = page.locator('[data-kpi=waitSec] [data-waiting-now]');
      await now.waitFor();
      expect(await now.getAttribute('data-waiting-now')).toBe('1');
      expect(await now.textContent()).toMatch(words);
      await page.locator('[data-kpi=waitSec]').screenshot({ path: path.join(SHOTS, `reports-waiting-now-${locale}.png`) });
      await page.screenshot({ path: path.join(SHOTS, `reports-page-waiting-now-${locale}.png`) });
      // The last 7 days (one conversation, today): the discs at 0 whole, the table every day, the empty ones as 0.
      const series = page.locator('[aria-labelledby=report-series]');
      await series.locator('canvas').waitFor();
      expect(await page.locator('table[data-table=series] tbody tr').count()).toBe(7);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await expect.poll(() => chartPixels(series, [GRID[scheme]]).then(([n]) => n! > 200)).toBe(true);
        expect(await chartPixels(series, LINES, [1, 10]), `${locale} ${scheme}: line colours under the plot`).toEqual([0, 0, 0]);
        await series.screenshot({ path: path.join(SHOTS, `reports-volume-week-${scheme}-${locale}.png`) });
      }
      // On a 390 px phone the 7 days' dates fit every day or every other (the chart had one date, the first).
      await page.setViewportSize({ width: 390, height: 844 });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await expect.poll(() => xTicks(series, GRID[scheme]), { message: `${locale} ${scheme}: dates on a phone` }).toBeGreaterThanOrEqual(4);
        await series.screenshot({ path: path.join(SHOTS, `reports-volume-week-phone-${scheme}-${locale}.png`) });
      }
      await context.close();
    }
    v.close();
  });
});
