import { fmt } from './format';

export interface SummarySeries {
  /** What the series counts, as a sentence would say it ("held", "kept minutes"). */
  label: string;
  values: readonly number[];
}

const sum = (values: readonly number[]) => values.reduce((t, v) => t + v, 0);

/**
 * One sentence saying what a bar chart shows, for everyone (the canvas is hidden from screen
 * readers; its table has the detail): each series' total, and the category with the most.
 * "Held 8, broke through 1. Busiest day: Mon, Mar 2 (7)."
 */
export function chartSummary(categories: readonly string[], series: readonly SummarySeries[], busiest: string): string {
  const perCategory = categories.map((_, i) => sum(series.map((s) => s.values[i] ?? 0)));
  if (!sum(perCategory)) return 'Nothing recorded in this range.';
  const totals = series.map((s, i) => `${i === 0 ? s.label[0]!.toUpperCase() + s.label.slice(1) : s.label} ${fmt(sum(s.values))}`);
  const top = perCategory.reduce((best, v, i) => (v > perCategory[best]! ? i : best), 0);
  return `${totals.join(', ')}. ${busiest}: ${categories[top]} (${fmt(perCategory[top]!)}).`;
}
