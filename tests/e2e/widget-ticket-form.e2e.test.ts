import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { useBrowserAndServer } from '../helpers/browser.ts';

/**
 * The leave-a-message form on a narrow phone (nobody online), in every widget language: each contact kind's name
 * whole on one line, every kind and field inside the form and the form inside its panel; when the kinds take two
 * rows they are separate chips (each its own border), not one track with an orphan on a second line.
 */
const e2e = useBrowserAndServer();
const LOCALES = readdirSync(path.resolve(import.meta.dirname, '../../widget/app/locales')).map((f) => f.replace(/\.json$/, ''));

describe.skipIf(!e2e.run)('the ticket form on a phone, in Chromium', () => {
  it.each(LOCALES)('%s: whole names, nothing outside its box', async (locale) => {
    const context = await e2e.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/chat?locale=${locale}`);
    await page.locator('.chip.handoff').click();
    await page.locator('.ticket .segmented label').nth(4).waitFor();
    const layout = await page.locator('.panel.away').evaluate((panel) => {
      const inside = (el: Element, box: Element) => {
        const a = el.getBoundingClientRect();
        const b = box.getBoundingClientRect();
        return a.left >= b.left - 0.5 && a.right <= b.right + 0.5;
      };
      const form = panel.querySelector('.ticket')!;
      const kinds = [...form.querySelectorAll('.segmented label span')];
      const lineHeight = parseFloat(getComputedStyle(kinds[0]!).lineHeight) || 20;
      return {
        formInPanel: inside(form, panel),
        outsideForm: [...form.children, ...kinds].filter((el) => !inside(el, form)).map((el) => el.className || el.tagName),
        broken: kinds.filter((k) => k.scrollWidth > k.clientWidth || k.getBoundingClientRect().height > 2 * lineHeight).map((k) => k.textContent),
        rows: new Set(kinds.map((k) => Math.round(k.getBoundingClientRect().top))).size,
        ownBorders: kinds.every((k) => getComputedStyle(k).borderTopWidth !== '0px'),
      };
    });
    expect(layout.formInPanel, 'form inside its panel').toBe(true);
    expect(layout.outsideForm, 'outside the form').toEqual([]);
    expect(layout.broken, 'names cut or broken').toEqual([]);
    if (layout.rows > 1) expect(layout.ownBorders, 'two rows of separate chips').toBe(true);
    await context.close();
  });
});
