import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { accentTokens } from '../../ui/color.ts';
import { violations } from '../helpers/axe.ts';
import { browserAvailable, closeBrowser, launchBrowser } from '../helpers/browser.ts';

/**
 * The design system as shipped (ui/tokens.css + every file ui/controls.css imports), every control in every
 * state on one page, in real Chromium: axe-core finds no violation (contrast included) in light and dark with
 * Kefu's blue and with brand colours that do not read on their own (yellow, a pale pink); no checkbox or radio is
 * drawn by the browser (and there is no <select>: ui/Select.tsx's button and list are here, closed, disabled and
 * open; no number input: ui/NumberStepper.tsx's stepper is here, at its bound and out of range); the focus ring is the brand-driven --focus; controls keep their height.
 * Screenshots go to test-results/ (not committed).
 */
const run = browserAvailable();
const UI = path.resolve(import.meta.dirname, '../../ui');
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');

/** tokens.css, then the controls in ui/controls.css's @import order (as the bundler inlines them). */
function shippedCss(): string {
  const imports = [...readFileSync(path.join(UI, 'controls.css'), 'utf8').matchAll(/@import "\.\/(.+?)";/g)].map((m) => m[1]!);
  expect(imports.length).toBeGreaterThanOrEqual(7);
  return [readFileSync(path.join(UI, 'tokens.css'), 'utf8'), ...imports.map((f) => readFileSync(path.join(UI, f), 'utf8'))].join('\n');
}

const GALLERY = `
<main style="padding:24px;display:grid;gap:20px;max-width:900px">
  <h1>Controls</h1>
  <div class="btn-row">
    <button class="btn btn-primary">Primary</button><button class="btn">Secondary</button><button class="btn btn-ghost">Ghost</button>
    <button class="btn btn-danger">Delete</button><button class="btn btn-sm">Small</button><button class="btn btn-primary" disabled>Disabled</button>
  </div>
  <div style="display:grid;grid-template-columns:1fr 1fr;gap:12px">
    <label class="field"><span class="field-label">Name</span><input value="Ada"><span class="field-hint">Visitors see this name.</span></label>
    <label class="field"><span class="field-label">Search</span><input type="search" placeholder="Search conversations"></label>
    <label class="field"><span class="field-label">Email</span><input type="email" aria-invalid="true" value="ada@"><span class="field-error">Not an e-mail address.</span></label>
    <div class="field"><label id="role-label" for="role" class="field-label">Role</label><button id="role" type="button" class="select-button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-controls="role-list" aria-labelledby="role-label"><span class="select-value">Agent</span></button></div>
    <div class="field"><label id="team-label" for="team" class="field-label">Team</label><button id="team" type="button" class="select-button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="team-label" disabled><span class="select-value">Everyone's queue</span></button></div>
    <div class="field"><label id="entry-label" for="entry" class="field-label">Add to</label><button id="entry" type="button" class="select-button" role="combobox" aria-haspopup="listbox" aria-expanded="true" aria-controls="entry-list" aria-labelledby="entry-label" aria-activedescendant="entry-1"><span class="select-value" data-placeholder>Pick an entry</span></button>
      <div id="entry-list" role="listbox" aria-labelledby="entry-label" class="select-popup"><div role="group" aria-labelledby="entry-g"><div id="entry-g" role="presentation" class="select-group">The bot's guesses</div><div id="entry-0" role="option" class="listbox-option" aria-selected="false">Fees</div><div id="entry-1" role="option" class="listbox-option" aria-selected="false" data-active>Top up</div></div></div>
    </div>
    <label class="field"><span class="field-label">Disabled</span><input disabled value="read only"></label>
    <div class="field stepper-field"><label class="field-label" for="limit">Chat limit</label><div class="stepper"><button type="button" class="stepper-button" tabindex="-1" aria-label="Fewer chats" aria-controls="limit">−</button><input id="limit" type="text" inputmode="numeric" role="spinbutton" aria-valuemin="1" aria-valuemax="50" aria-valuenow="50" value="50"><button type="button" class="stepper-button" tabindex="-1" aria-label="More chats" aria-controls="limit" disabled>+</button></div></div>
    <div class="field stepper-field"><label class="field-label" for="limit-bad">Chat limit</label><div class="stepper"><button type="button" class="stepper-button" tabindex="-1" aria-label="Fewer chats" aria-controls="limit-bad">−</button><input id="limit-bad" type="text" inputmode="numeric" role="spinbutton" aria-valuemin="1" aria-valuemax="50" aria-invalid="true" aria-describedby="limit-bad-error" value="99"><button type="button" class="stepper-button" tabindex="-1" aria-label="More chats" aria-controls="limit-bad">+</button></div><span id="limit-bad-error" class="field-error">Enter a whole number from 1 to 50.</span></div>
    <label class="field"><span class="field-label">Message</span><textarea placeholder="Reply…"></textarea></label>
  </div>
  <fieldset class="choices"><legend class="sr-only">Options</legend>
    <label class="choice"><input type="checkbox" checked> Checked</label><label class="choice"><input type="checkbox"> Unchecked</label>
    <label class="choice"><input type="radio" name="r" checked> One</label><label class="choice"><input type="radio" name="r"> Two</label>
    <label class="choice"><input type="checkbox" role="switch" checked> On</label><label class="choice"><input type="checkbox" role="switch"> Off</label>
  </fieldset>
  <div role="radiogroup" aria-label="Kind" class="segmented"><label><input type="radio" name="k" checked><span>Reply</span></label><label><input type="radio" name="k"><span>Internal note</span></label></div>
  <div role="tablist" class="tabs" aria-label="Inbox">
    <button role="tab" class="tab" aria-selected="true">Waiting <span class="badge badge-danger">3</span></button>
    <button role="tab" class="tab" aria-selected="false">Mine <span class="badge">1</span></button>
  </div>
  <p class="btn-row"><span class="badge">neutral</span><span class="badge badge-accent">accent</span><span class="badge badge-success">solved</span><span class="badge badge-warning">pending</span><span class="badge badge-info">open</span><span class="badge badge-danger">2</span></p>
  <p class="alert">Info</p><p class="alert alert-danger">Error</p><p class="alert alert-warning">Warning</p><p class="alert alert-success">Saved</p>
  <div class="card"><p>A card <span class="kbd">?</span></p>
    <div class="menu-anchor"><button class="btn" aria-haspopup="menu" aria-expanded="true">More</button>
      <ul class="menu" role="menu" aria-label="More"><li role="none"><button role="menuitem" class="menu-item">Transfer</button></li><li role="none"><button role="menuitem" class="menu-item menu-item-danger">Close conversation</button></li></ul>
    </div>
  </div>
  <p id="lb" class="field-label">Transfer to</p>
  <ul class="listbox" role="listbox" aria-labelledby="lb" tabindex="0" aria-activedescendant="lb-1"><li id="lb-1" role="option" class="listbox-option" aria-selected="true" data-active>Mei</li><li id="lb-2" role="option" class="listbox-option" aria-selected="false">Ana</li></ul>
  <dialog class="dialog" aria-labelledby="d"><h2 id="d">Close this conversation?</h2><p>The visitor is asked to rate it.</p><div class="dialog-actions"><button class="btn">Cancel</button><button class="btn btn-danger">Close</button></div></dialog>
</main>`;

let browser: Browser;
beforeAll(async () => {
  if (!run) return;
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(() => closeBrowser(browser));

async function gallery(theme: 'light' | 'dark', brand: string | null): Promise<Page> {
  // Reduced motion: no transition runs (a button's background eases for 120 ms), so axe reads the colours the
  // brand leaves, not a frame between the default accent and the brand's (a 3.13 contrast read once mid-way).
  const page = await browser.newPage({ viewport: { width: 1000, height: 1100 }, reducedMotion: 'reduce' });
  await page.setContent(`<!doctype html><html lang="en" data-theme="${theme}"><head><title>Gallery</title><style>${shippedCss()}</style></head><body style="margin:0;background:var(--bg);color:var(--fg);font:14px/1.45 var(--font)">${GALLERY}</body></html>`);
  if (brand) {
    // What ui/appearance.ts does with a host's brand colour: the accent tokens shaded against this theme's surfaces.
    const surfaces = await page.evaluate(() => ['--bg', '--surface', '--surface-2', '--fg'].map((n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim()));
    const tokens = accentTokens(brand, surfaces.slice(0, 3), surfaces[3]!);
    await page.evaluate((t) => Object.entries(t).forEach(([n, v]) => document.documentElement.style.setProperty(n, v)), tokens);
  }
  await page.evaluate(() => document.querySelector('dialog')!.show()); // in the flow, so the whole page is checked at once
  return page;
}

describe.skipIf(!run)('design system controls in Chromium', () => {
  it.each([
    ['light', null],
    ['dark', null],
    ['light', '#facc15'],
    ['dark', '#facc15'],
    ['light', '#fbcfe8'],
    ['dark', '#0b3d2e'],
  ] as const)('%s, brand %s: zero axe violations', async (theme, brand) => {
    const page = await gallery(theme, brand);
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, `ui-controls-${theme}-${brand?.slice(1) ?? 'default'}.png`), fullPage: true });
    await page.close();
  });

  it('no checkbox, radio or switch is drawn by the browser, and no select or number input; buttons and fields keep the control height', async () => {
    const page = await gallery('light', null);
    expect(await page.locator('select, input[type=number]').count()).toBe(0);
    const appearances = await page.$$eval('input[type=checkbox], input[type=radio]:not(.segmented input), input[type=search]', (els) => els.map((e) => getComputedStyle(e).appearance));
    expect(appearances.length).toBe(7);
    expect(new Set(appearances)).toEqual(new Set(['none']));
    const heights = await page.$$eval('.btn:not(.btn-sm), input:not([type=checkbox], [type=radio]), .select-button, .stepper-button', (els) => els.map((e) => e.getBoundingClientRect().height));
    for (const h of heights) expect(h).toBeGreaterThanOrEqual(36);
    // The same page with the widget's touch-target height.
    await page.evaluate(() => document.documentElement.style.setProperty('--control-h', '44px'));
    const touch = await page.$$eval('.btn:not(.btn-sm), .select-button, .stepper-button', (els) => els.map((e) => e.getBoundingClientRect().height));
    for (const h of touch) expect(h).toBeGreaterThanOrEqual(44);
    await page.close();
  });

  it('the keyboard focus ring is drawn in the brand-driven --focus colour', async () => {
    const page = await gallery('dark', '#facc15');
    await page.evaluate(() => (document.querySelector('dialog')!.close(), (document.activeElement as HTMLElement).blur()));
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      const probe = document.createElement('i');
      probe.style.color = 'var(--focus)';
      document.body.append(probe);
      return { style: style.outlineStyle, width: style.outlineWidth, color: style.outlineColor, focus: getComputedStyle(probe).color, tag: document.activeElement!.className };
    });
    expect(ring).toMatchObject({ style: 'solid', width: '2px', tag: 'btn btn-primary' });
    expect(ring.color).toBe(ring.focus);
    expect(ring.focus).toBe('rgb(250, 204, 21)'); // yellow reads at 3:1 on the dark surfaces, so it is the brand itself
    await page.close();
  });

  it('a focused listbox rings its active option (the chosen one: tests/e2e/console-inbox) solid, not before it has focus', async () => {
    const page = await gallery('light', null);
    const shadow = () => page.$eval('#lb-1', (li) => getComputedStyle(li).boxShadow);
    expect(await shadow()).toBe('none');
    await page.focus('.listbox');
    expect(await shadow()).toContain('inset');
    await page.close();
  });
});
