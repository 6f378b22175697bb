import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
  type ChartOptions,
  type ChartType,
} from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';

// Only what the stats page draws: bar charts and the weekday × hour matrix.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend, MatrixController, MatrixElement);

/** Okabe–Ito colours: told apart with every common colour-vision deficiency, light or dark. */
export const COLORS = {
  held: '#0072B2',
  breakthrough: '#D55E00',
  shown: '#E69F00',
  planned: '#999999',
  kept: '#009E73',
} as const;

function cssVar(name: string, fallback: string): string {
  if (typeof document === 'undefined') return fallback;
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/**
 * Shared options: no animation (instant, and calm for reduced motion), theme-aware text and grid,
 * whole numbers on the value axis (counts and minutes: never 0.5).
 */
export function baseOptions<T extends ChartType>(): ChartOptions<T> {
  const text = cssVar('--fg-muted', '#5b6478');
  const grid = cssVar('--fg-line', '#dfe3ec');
  return {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    color: text,
    plugins: { legend: { labels: { color: text } } },
    scales: {
      x: { ticks: { color: text, precision: 0 }, grid: { color: grid } },
      y: { ticks: { color: text, precision: 0 }, grid: { color: grid }, beginAtZero: true },
    },
  } as ChartOptions<T>;
}
