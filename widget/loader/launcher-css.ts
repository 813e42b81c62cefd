/**
 * The loader's styles, adopted into its shadow root (constructed stylesheets: no inline style markup, so a
 * host page's strict CSP is fine). `--b` / `--t` (brand and its text colour) are set per init; the bubble
 * wears the brand colours too, so it needs no theme of its own. `data-left` on the host: the left corner.
 */

/** The launcher button: in loader.js. */
export const LAUNCHER_CSS =
  ':host{all:initial}' +
  '.l{position:fixed;bottom:16px;right:16px;z-index:2147483647;width:56px;height:56px;padding:14px;border:0;border-radius:50%;background:var(--b);color:var(--t);box-shadow:0 4px 16px #0005;cursor:pointer}' +
  // The icon, a speech bubble, in the text colour.
  '.l:before{content:"";display:block;height:24px;border-radius:50% 50% 50% 0;background:currentColor}' +
  ':host([data-left]) .l{left:16px;right:auto}' +
  'button:focus-visible{outline:3px solid #1f2937;outline-offset:2px;box-shadow:0 0 0 2px #fff}';

/** The badge, the greeting/preview bubble and the iframe: in loader-frame.js. */
export const FRAME_CSS =
  // While the chat is open the launcher shows a close mark (two bars) instead of the speech bubble.
  '.l[aria-expanded=true]:before,.l[aria-expanded=true]:after{content:"";position:absolute;top:26px;left:16px;width:24px;height:3px;border-radius:2px;background:currentColor;transform:rotate(45deg)}' +
  '.l[aria-expanded=true]:after{transform:rotate(-45deg)}' +
  '.n,iframe{position:fixed;right:16px;z-index:2147483646}' +
  ':host([data-left]) :is(.n,iframe){left:16px;right:auto}' +
  '.c{position:absolute;top:-4px;right:-4px;min-width:20px;padding:0 5px;border-radius:10px;background:#b91c1c;color:#fff;font:700 12px/20px system-ui}' +
  '.n{bottom:84px;display:flex;max-width:min(300px,calc(100vw - 32px));padding:10px;border-radius:12px;background:var(--b);color:var(--t);box-shadow:0 4px 16px #0005;font:14px/1.4 system-ui}' +
  '.n button{all:unset;cursor:pointer;padding:0 4px}' +
  'iframe{bottom:88px;width:min(380px,calc(100vw - 32px));height:min(600px,calc(100dvh - 112px));border:0;border-radius:12px;box-shadow:0 8px 32px #0004}' +
  '@media(max-width:480px),(max-height:520px){iframe{inset:0;width:100%;height:100%;border-radius:0;z-index:2147483647}}' +
  '[hidden]{display:none!important}';
