import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * One chart of the reports page: uPlot, loaded on first use (its own chunk: never in the console's first load), with
 * its legend drawn by us above it (each line's colour, dashes and point; the table under the chart lists every value).
 */
export interface ChartSpec {
  /** Accessible name of the chart (the table under it carries the figures). */
  label: string;
  /** x values: Unix seconds for a time axis, else 0…n-1 with `xLabels`. */
  x: number[];
  xLabels?: string[];
  series: { label: string; values: (number | null)[]; color: string }[];
  bars?: boolean;
  /** How a time tick reads (a date in the console's language). */
  formatTime?: (ms: number) => string;
}

/** Every chart counts things (conversations, ratings): the y axis steps 1, 2, 5, 10… and never reads 0.5. */
const COUNT_STEPS = Array.from({ length: 7 }, (_, i) => [1, 2, 5].map((m) => m * 10 ** i)).flat();

const cssVar = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/**
 * How each line of a chart is drawn, by its place, so equal figures never hide each other (the conversations line
 * was drawn exactly under "handed to a person" when they were equal): the first widest and solid, the next dashed, the
 * next dotted, each over the one before; and at every point a disc, each smaller than the one before, so three equal
 * values show as three rings of their colours. The legend draws the same.
 */
export const LINE_STYLES = [
  { width: 3, dash: [] as number[], point: 13 },
  { width: 2, dash: [8, 4], point: 9 },
  { width: 2, dash: [2, 3], point: 5 },
] as const;
const lineStyle = (i: number) => LINE_STYLES[i % LINE_STYLES.length]!;

/** Room below 0, in CSS px, so the widest disc at 0 is drawn whole inside the plot (it was half below its edge). */
const ROOM_BELOW_ZERO = Math.ceil(LINE_STYLES[0].point / 2) + 1;
/** A y axis's figures: a count, never "-0" (the first tick of a range that starts a little below 0). */
const countLabel = (n: number) => new Intl.NumberFormat().format(n || 0);

/** Room between two dates of the time axis, in CSS px. */
const LABEL_GAP = 8;
/** How wide the widest of `texts` is drawn in `font`, in CSS px. */
function widest(texts: string[], font: string): number {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return 0;
  ctx.font = font;
  return Math.max(0, ...texts.map((text) => ctx.measureText(text).width));
}
/**
 * The time axis's ticks: every bucket's start when its date fits between its neighbours' (`widthPx` the widest date),
 * else every other, every third… — never fewer than two for two or more buckets (a phone's 7-day chart had one date:
 * uPlot's week step was the first wider than its 60 px between ticks).
 */
export function timeTicks(x: number[], plotPx: number, widthPx: number): number[] {
  if (x.length < 2) return x;
  const perBucket = plotPx / (x.length - 1);
  const every = Math.min(Math.max(1, Math.ceil((widthPx + LABEL_GAP) / perBucket)), x.length - 1);
  return x.filter((_, i) => i % every === 0);
}

/** A line's sample for the legend: its colour, width and dashes, and its point's disc. */
function Swatch({ color, i }: { color: string; i: number }) {
  const style = lineStyle(i);
  return (
    <svg class="legend-swatch" width="28" height="14" viewBox="0 0 28 14" aria-hidden="true">
      <line x1="1" y1="7" x2="27" y2="7" stroke={color} stroke-width={style.width} stroke-dasharray={style.dash.join(' ') || undefined} />
      <circle cx="14" cy="7" r={(style.point - 1) / 2} fill={color} stroke="var(--surface)" stroke-width="1" />
    </svg>
  );
}

/**
 * The theme drawn (the root's data-theme, set by ui/appearance.ts for a choice made on the Profile page or by the
 * system's dark mode flipping): a canvas keeps the colours it was drawn with, so a chart is drawn again when it changes.
 */
function useDrawnTheme(): string | undefined {
  const root = document.documentElement;
  const [theme, setTheme] = useState(root.dataset.theme);
  useEffect(() => {
    const observer = new MutationObserver(() => setTheme(root.dataset.theme));
    observer.observe(root, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);
  return theme;
}

export function ReportChart({ spec }: { spec: ChartSpec }) {
  const box = useRef<HTMLDivElement>(null);
  const theme = useDrawnTheme();
  useEffect(() => {
    let plot: { destroy(): void; setSize(s: { width: number; height: number }): void } | null = null;
    let gone = false;
    const observer = new ResizeObserver(() => plot && box.current && plot.setSize({ width: box.current.clientWidth, height: 220 }));
    void Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(([{ default: UPlot }]) => {
      if (gone || !box.current) return;
      const ink = cssVar('--muted') || '#666';
      const grid = cssVar('--border') || '#ddd';
      const paper = cssVar('--surface') || '#fff';
      const font = `12px ${cssVar('--font') || 'system-ui, sans-serif'}`;
      const axis = { stroke: ink, font, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
      const labels = spec.xLabels;
      const format = (s: number) => spec.formatTime?.(s * 1000) ?? '';
      const dateWidth = labels ? 0 : widest(spec.x.map(format), font);
      plot = new UPlot(
        {
          width: box.current.clientWidth,
          height: 220,
          scales: {
            x: { time: !labels },
            // A line chart's range as uPlot draws it, its bottom lowered by ROOM_BELOW_ZERO px of the plot's height
            // (before the first layout, the chart's height less its x axis).
            // A chart of nothing but zeros counts up to 1 (uPlot's range for it reached 100: "0 ratings" under a 0–100 axis).
            ...(spec.bars
              ? { y: { range: (_u: unknown, _min: number, max: number): [number, number] => [0, max > 0 ? (UPlot.rangeNum(0, max, 0.1, true) as [number, number])[1] : 1] } }
              : {
                  y: {
                    range: (u: InstanceType<typeof UPlot>, min: number, max: number): [number, number] => {
                      const [low, high] = max > 0 ? (UPlot.rangeNum(min, max, 0.1, true) as [number, number]) : [0, 1];
                      const plot = u.bbox.height / devicePixelRatio || 170;
                      return [low - ((high - low) * ROOM_BELOW_ZERO) / Math.max(plot - ROOM_BELOW_ZERO, 1), high];
                    },
                  },
                }),
          },
          legend: { show: false },
          cursor: { show: false },
          axes: [
            labels
              ? { ...axis, values: (_u: unknown, ticks: number[]) => ticks.map((t) => labels[t] ?? '') }
              : { ...axis, splits: (u: InstanceType<typeof UPlot>) => timeTicks(spec.x, u.bbox.width / devicePixelRatio, dateWidth), values: (_u: unknown, ticks: number[]) => ticks.map(format) },
            { ...axis, incrs: COUNT_STEPS, values: (_u: unknown, ticks: number[]) => ticks.map(countLabel) },
          ],
          series: [
            {},
            ...spec.series.map((s, i) => ({
              label: s.label,
              stroke: s.color,
              ...(spec.bars
                ? { fill: s.color, width: 2, paths: UPlot.paths.bars!({ size: [0.6, 48] }), points: { show: false } }
                : { width: lineStyle(i).width, dash: [...lineStyle(i).dash], points: { show: true, size: lineStyle(i).point, width: 1, stroke: paper, fill: s.color } }),
            })),
          ],
        },
        [spec.x, ...spec.series.map((s) => s.values)],
        box.current,
      );
      observer.observe(box.current);
    });
    return () => {
      gone = true;
      observer.disconnect();
      plot?.destroy();
    };
  }, [JSON.stringify(spec), theme]);
  return (
    <>
      {spec.series.length > 1 && (
        <ul class="chart-legend">
          {spec.series.map((s, i) => (
            <li key={s.label}>
              <Swatch color={s.color} i={i} />
              {s.label}
            </li>
          ))}
        </ul>
      )}
      <div class="report-chart" ref={box} role="img" aria-label={spec.label} />
    </>
  );
}
