import { useEffect, useRef } from 'preact/hooks';

/** One chart of the reports page: uPlot, loaded on first use (its own chunk: never in the console's first load). */
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

export function ReportChart({ spec }: { spec: ChartSpec }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let plot: { destroy(): void; setSize(s: { width: number; height: number }): void } | null = null;
    let gone = false;
    const observer = new ResizeObserver(() => plot && box.current && plot.setSize({ width: box.current.clientWidth, height: 220 }));
    void Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(([{ default: UPlot }]) => {
      if (gone || !box.current) return;
      const ink = cssVar('--muted') || '#666';
      const grid = cssVar('--border') || '#ddd';
      const axis = { stroke: ink, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
      const labels = spec.xLabels;
      plot = new UPlot(
        {
          width: box.current.clientWidth,
          height: 220,
          scales: { x: { time: !labels } },
          legend: { show: spec.series.length > 1, live: false },
          cursor: { show: false },
          axes: [
            labels
              ? { ...axis, values: (_u: unknown, ticks: number[]) => ticks.map((t) => labels[t] ?? '') }
              : { ...axis, space: 60, incrs: [86_400, 7 * 86_400, 28 * 86_400], values: (_u: unknown, ticks: number[]) => ticks.map((t) => spec.formatTime?.(t * 1000) ?? '') },
            { ...axis, incrs: COUNT_STEPS },
          ],
          series: [
            {},
            ...spec.series.map((s) => ({
              label: s.label,
              stroke: s.color,
              fill: spec.bars ? s.color : undefined,
              width: 2,
              ...(spec.bars ? { paths: UPlot.paths.bars!({ size: [0.6, 48] }), points: { show: false } } : {}),
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
  }, [JSON.stringify(spec)]);
  return <div class="report-chart" ref={box} role="img" aria-label={spec.label} />;
}
