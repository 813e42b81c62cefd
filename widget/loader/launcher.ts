/**
 * The launcher button in its shadow root: all that loader.js draws before any intent, and what the full
 * API (./core.ts) draws itself for the ES module or after a shutdown. Brand colour and corner through an
 * adopted stylesheet (no inline style markup: fine under a strict CSP); put back when a framework swaps
 * <body>. It trusts its options: the API checks them (loader.js draws first and lets the API check them,
 * and take the launcher away if they are wrong, once its second part arrives).
 */
import { DEFAULT_BRAND, parseHex, textOn } from '../../ui/color.ts';
import type { KefuOptions } from './core.ts';
import { LAUNCHER_CSS } from './launcher-css.ts';
import { launcherLabel } from './strings.ts';

export interface Drawn {
  o: KefuOptions;
  root: HTMLElement;
  shadow: ShadowRoot;
  button: HTMLButtonElement;
  /** Puts the launcher back when a framework replaces <body>. */
  observer: MutationObserver;
  /** When it was drawn (ms since epoch): a greeting's delay counts from here. */
  at: number;
}

/** The launcher's accessible name: the `label` option, else "Chat with support" in the UI language. */
export const nameOf = (o: KefuOptions) => o.label || launcherLabel(o.locale || navigator.language);

/** Draws the launcher; `intent` runs on the first hover, focus or touch, `click` on every click. */
export function drawLauncher(o: KefuOptions, intent: () => void, click: () => void): Drawn {
  const root = document.createElement('kefu-widget');
  if (o.position == 'left') root.dataset.left = '';
  const shadow = root.attachShadow({ mode: 'open' });
  const brand = parseHex(o.brandColor) || DEFAULT_BRAND;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`:host{--b:${brand};--t:${textOn(brand)}}${LAUNCHER_CSS}`);
  shadow.adoptedStyleSheets = [sheet];
  const button = shadow.appendChild(document.createElement('button'));
  button.className = 'l';
  button.ariaExpanded = 'false';
  button.ariaLabel = nameOf(o);
  for (const e of ['pointerenter', 'focus', 'touchstart']) button.addEventListener(e, intent, { once: true, passive: true });
  button.onclick = click;
  const attach = () => root.isConnected || (document.body || document.documentElement).append(root);
  const observer = new MutationObserver(attach);
  attach();
  observer.observe(document.documentElement, { childList: true, subtree: true });
  return { o, root, shadow, button, observer, at: Date.now() };
}

export function removeLauncher(d: Drawn): void {
  d.observer.disconnect();
  d.root.remove();
}
