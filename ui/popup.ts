import { useLayoutEffect } from 'preact/hooks';

/**
 * While `open`, a press (mouse, pen or touch) anywhere outside `inside` calls `onOutside`: how a menu, a calendar or a
 * select's list closes when the agent clicks elsewhere. Listening from the commit that opened it, not after the next
 * paint: a press elsewhere right after opening closes it too.
 */
export function useOutsidePress(open: boolean, inside: () => (Node | null | undefined)[], onOutside: () => void): void {
  useLayoutEffect(() => {
    if (!open) return;
    const press = (e: PointerEvent) => !inside().some((n) => n?.contains(e.target as Node)) && onOutside();
    document.addEventListener('pointerdown', press);
    return () => document.removeEventListener('pointerdown', press);
  }, [open]);
}

/** Space kept between a popup and its button, and between a popup and the window's edges. */
const GAP = 4;
const EDGE = 8;

/**
 * Places a fixed-position popup (in the top layer, so no scrolling parent clips it) under `anchor`, or above it when
 * there is more room there than below and the popup does not fit below; at least as wide as the anchor, never wider
 * than the window; its start edge on the anchor's (the right edge in a right-to-left page), moved in to stay on
 * screen; its height capped at `maxHeight` and at the room it has (it scrolls inside).
 */
export function placePopup(anchor: HTMLElement, popup: HTMLElement, maxHeight: number): void {
  const a = anchor.getBoundingClientRect();
  const { clientWidth: vw, clientHeight: vh } = document.documentElement;
  const s = popup.style;
  s.minInlineSize = `${Math.min(a.width, vw - 2 * EDGE)}px`;
  s.maxInlineSize = `${vw - 2 * EDGE}px`;
  s.maxBlockSize = 'none';
  const want = Math.min(popup.offsetHeight, maxHeight);
  const below = vh - a.bottom - GAP - EDGE;
  const above = a.top - GAP - EDGE;
  const up = want > below && above > below;
  const height = Math.min(want, up ? above : below);
  s.maxBlockSize = `${height}px`;
  s.top = `${up ? a.top - GAP - height : a.bottom + GAP}px`;
  const width = popup.offsetWidth;
  const start = getComputedStyle(anchor).direction === 'rtl' ? a.right - width : a.left;
  s.left = `${Math.max(EDGE, Math.min(start, vw - EDGE - width))}px`;
  popup.dataset.side = up ? 'above' : 'below';
}
