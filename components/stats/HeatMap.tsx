import { useId, useMemo, useState } from 'react';
import { Chart } from 'react-chartjs-2';
import type { StatsSummary } from '../../utils/stats/summary';
import { COLORS, baseOptions } from './charts';
import { WEEKDAYS } from './format';
import { ChartFigure } from './Section';

type Heat = StatsSummary['notifications']['heat'];
const SERIES = {
  all: { label: 'All notifications', color: COLORS.held },
  held: { label: 'Held', color: COLORS.held },
  breakthrough: { label: 'Broke through', color: COLORS.breakthrough },
  shown: { label: 'Shown outside focus', color: COLORS.shown },
} as const;
type Series = keyof typeof SERIES;

// Monday first, as a working week reads.
const ROWS = [1, 2, 3, 4, 5, 6, 0];
const HOURS = Array.from({ length: 24 }, (_, h) => h);
const hourLabel = (h: number) => `${String(h).padStart(2, '0')}:00`;

function cells(heat: Heat, series: Series): number[] {
  if (series !== 'all') return heat[series];
  return heat.held.map((v, i) => v + (heat.breakthrough[i] ?? 0) + (heat.shown[i] ?? 0));
}

function withAlpha(hex: string, alpha: number): string {
  const a = Math.round(Math.max(0, Math.min(1, alpha)) * 255)
    .toString(16)
    .padStart(2, '0');
  return `${hex}${a}`;
}

/** Notifications by weekday × hour of day, as a matrix chart with a table for screen readers. */
export function HeatMap({ heat }: { heat: Heat }) {
  const [series, setSeries] = useState<Series>('all');
  const selectId = useId();
  const values = useMemo(() => cells(heat, series), [heat, series]);
  const max = Math.max(1, ...values);
  const { color, label } = SERIES[series];
  const busiest = values.reduce((best, v, i) => (v > (values[best] ?? 0) ? i : best), 0);

  const data = ROWS.flatMap((weekday) => HOURS.map((hour) => ({ x: hourLabel(hour), y: WEEKDAYS[weekday]!.slice(0, 3), v: values[weekday * 24 + hour] ?? 0 })));
  const base = baseOptions<'matrix'>();
  return (
    <ChartFigure
      boxClass="fg-heat"
      caption={
        <>
          <label htmlFor={selectId}>When notifications arrive, by weekday and hour: </label>
          <select id={selectId} value={series} onChange={(e) => setSeries(e.target.value as Series)}>
            {Object.entries(SERIES).map(([key, s]) => (
              <option key={key} value={key}>
                {s.label}
              </option>
            ))}
          </select>
          {values[busiest] ? (
            <span className="fg-muted">
              {' '}
              Busiest: {WEEKDAYS[Math.floor(busiest / 24)]} {hourLabel(busiest % 24)}–{hourLabel(((busiest % 24) + 1) % 24)} ({values[busiest]}).
            </span>
          ) : null}
        </>
      }
      chart={
        <Chart
          type="matrix"
          data={{
            datasets: [
              {
                label,
                data,
                backgroundColor: (ctx) => withAlpha(color, 0.08 + 0.92 * (((ctx.raw as { v?: number } | undefined)?.v ?? 0) / max)),
                borderWidth: 0,
                width: ({ chart }) => (chart.chartArea?.width ?? 0) / 24 - 2,
                height: ({ chart }) => (chart.chartArea?.height ?? 0) / 7 - 2,
              },
            ],
          }}
          options={{
            ...base,
            plugins: {
              legend: { display: false },
              tooltip: {
                callbacks: {
                  title: () => '',
                  label: (ctx) => {
                    const p = ctx.raw as { x: string; y: string; v: number };
                    return `${p.y} ${p.x}: ${p.v}`;
                  },
                },
              },
            },
            scales: {
              x: { type: 'category', labels: HOURS.map(hourLabel), ticks: { ...base.scales?.x?.ticks, maxRotation: 0, autoSkip: true }, grid: { display: false } },
              y: { type: 'category', labels: ROWS.map((d) => WEEKDAYS[d]!.slice(0, 3)), offset: true, ticks: base.scales?.y?.ticks, grid: { display: false } },
            },
          }}
        />
      }
      table={{
        caption: `${label} by weekday (rows) and hour of day (columns)`,
        columns: ['Weekday', ...HOURS.map(hourLabel)],
        rows: ROWS.map((d) => [WEEKDAYS[d]!, ...HOURS.map((h) => values[d * 24 + h] ?? 0)]),
      }}
    />
  );
}
