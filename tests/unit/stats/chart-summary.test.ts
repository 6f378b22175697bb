import { describe, expect, it } from 'vitest';
import { chartSummary } from '../../../components/stats/chart-summary';
import { baseOptions } from '../../../components/stats/charts';

describe('chartSummary', () => {
  it('totals each series and names the category with the most, all series together', () => {
    expect(
      chartSummary(
        ['Mon', 'Tue', 'Wed'],
        [
          { label: 'held', values: [1, 5, 2] },
          { label: 'broke through', values: [3, 0, 0] },
        ],
        'Busiest day',
      ),
    ).toBe('Held 8, broke through 3. Busiest day: Tue (5).');
  });

  it('says so when there is nothing to show', () => {
    expect(chartSummary(['Mon'], [{ label: 'held', values: [0] }], 'Busiest day')).toBe('Nothing recorded in this range.');
  });
});

describe('chart options', () => {
  it('count axes step in whole numbers, whichever way the bars run', () => {
    const { scales } = baseOptions<'bar'>() as { scales: Record<'x' | 'y', { ticks: { precision?: number } }> };
    expect(scales.x.ticks.precision).toBe(0);
    expect(scales.y.ticks.precision).toBe(0);
  });
});
