/**
 * The loader's styles, adopted into its shadow root (constructed stylesheets: no inline style markup, so a
 * host page's strict CSP is fine). `--b` / `--t` (brand and its text colour) are set per init; the bubble
 * wears the brand colours too, so it needs no theme of its own.
 */

/** The launcher button: loaded with the loader. */
export const LAUNCHER_CSS =
  ':host{all:initial}' +
  '.l,.n,iframe{position:fixed;right:16px;z-index:2147483646}' +
  ':host([data-left]) :is(.l,.n,iframe){left:16px;right:auto}' +
  '.l,.n{border:0;background:var(--b);color:var(--t);box-shadow:0 4px 16px #0005}' +
  '.l{bottom:16px;z-index:2147483647;width:56px;height:56px;border-radius:50%;padding:14px;cursor:pointer;fill:currentColor}' +
  'button:focus-visible{outline:3px solid #1f2937;outline-offset:2px;box-shadow:0 0 0 2px #fff}' +
  '[hidden]{display:none!important}';

/** The badge, the greeting/preview bubble and the iframe: loaded with the frame part. */
export const FRAME_CSS =
  '.c{position:absolute;top:-4px;right:-4px;min-width:20px;padding:0 5px;border-radius:10px;background:#b91c1c;color:#fff;font:700 12px/20px system-ui}' +
  '.n{bottom:84px;display:flex;max-width:min(300px,calc(100vw - 32px));padding:10px;border-radius:12px;font:14px/1.4 system-ui}' +
  '.n button{all:unset;cursor:pointer;padding:0 4px}' +
  'iframe{bottom:88px;width:min(380px,calc(100vw - 32px));height:min(600px,calc(100dvh - 112px));border:0;border-radius:12px;box-shadow:0 8px 32px #0004}' +
  '@media(max-width:480px),(max-height:520px){iframe{inset:0;width:100%;height:100%;border-radius:0;z-index:2147483647}}';
