import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ReportSummary } from '../../protocol/index.ts';
import { openSqliteStorage } from '../../server/storage/sqlite.ts';
import { useBrowserAndServer } from '../helpers/browser.ts';
import { ADMIN, ADMIN_ENV, FAST_SCRYPT } from '../helpers/agent-client.ts';
import { PERIOD, expectedSummary, writeReportHistory } from '../fixtures/reports/history.ts';

/**
 * The reports page in Chromium over the known history (tests/fixtures/reports/history.ts): its figures equal the
 * API's, which equal the hand-worked ones; its charts are drawn; the chart library is loaded with the page only
 * (never in the console's first load); axe-core finds nothing in light or dark.
 */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const e2e = useBrowserAndServer(ADMIN_ENV, FAST_SCRYPT);

async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => (window as any).axe.run(document, { resultTypes: ['violations'] }));
  return (result.violations as { id: string; nodes: { target: string[] }[] }[]).flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

describe.skipIf(!e2e.run)('the reports page', () => {
  it('draws its charts, shows the API’s figures (= the known history’s), and loads the chart library only there', async () => {
    const storage = openSqliteStorage(path.join(e2e.server.dataDir, 'kefu.sqlite'));
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
      expect(await rows('series')).toEqual(summary.series.map((s) => [new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(s.start), String(s.conversations), String(s.botResolved), String(s.handoffs)]));
      expect(await rows('topics')).toEqual(summary.byTopic.map((x) => [x.faqId, String(x.count)]));
      expect(await rows('csat')).toEqual(summary.csat.distribution.map((d) => [`${d.score} / 5`, String(d.count)]));
      expect(await rows('hours')).toEqual(summary.byHour.filter((h) => h.count > 0).map((h) => [`${String(h.hour).padStart(2, '0')}:00`, String(h.count)]));
      expect(await rows('agents')).toEqual([['Ann', '2', '1.5 min · p90 1.5 min', '3.5 (2)'], ['Bob', '1', '40 s · p90 40 s', '—']]);
      expect(await violations(page), colorScheme).toEqual([]);
      await context.close();
    }
  });
});
