import { Bar } from 'react-chartjs-2';
import type { StatsSummary } from '../../utils/stats/summary';
import type { Bucket } from './buckets';
import { COLORS, baseOptions } from './charts';
import { fmtMinutes, fmtPercent } from './format';
import { countFigure } from './Figure';
import { ChartFigure, Section } from './Section';
import { chartSummary } from './chart-summary';

export interface FocusSectionProps {
  focus: StatsSummary['focus'];
  /** Null: no charts (nothing recorded in the range). */
  series: { unit: 'day' | 'week'; items: Bucket[] } | null;
}

export function FocusSection({ focus, series }: FocusSectionProps) {
  const share = focus.plannedMinutes > 0 ? fmtPercent(focus.keptMinutes / focus.plannedMinutes) : null;
  return (
    <Section
      title="Focus"
      figures={[
        {
          label: 'Focus kept',
          testId: 'stat-focus-kept-minutes',
          dataValue: focus.keptMinutes,
          value: fmtMinutes(focus.keptMinutes),
          hint: `of ${fmtMinutes(focus.plannedMinutes)} planned${share === null ? '' : ` (${share})`}`,
        },
        countFigure('Blocks completed', 'stat-blocks-completed', focus.completed),
        countFigure('Blocks ended early', 'stat-blocks-ended-early', focus.endedEarly),
        countFigure('Uninterrupted stretches of 2 h+', 'stat-uninterrupted', focus.uninterrupted2h, 'completed blocks of 2 hours or more with nothing breaking through'),
      ]}
    >
      {series && (
        <ChartFigure
          caption={`Focus minutes per ${series.unit}, planned and kept`}
          summary={chartSummary(
            series.items.map((d) => d.label),
            [
              { label: 'planned minutes', values: series.items.map((d) => d.plannedMinutes) },
              { label: 'kept minutes', values: series.items.map((d) => d.keptMinutes) },
            ],
            `Most focus planned and kept in one ${series.unit}`,
          )}
          chart={
            <Bar
              data={{
                labels: series.items.map((d) => d.label),
                datasets: [
                  { label: 'Planned', data: series.items.map((d) => d.plannedMinutes), backgroundColor: COLORS.planned },
                  { label: 'Kept', data: series.items.map((d) => d.keptMinutes), backgroundColor: COLORS.kept },
                ],
              }}
              options={baseOptions<'bar'>()}
            />
          }
          table={{
            caption: `Focus minutes per ${series.unit} (${series.unit}s with focus only)`,
            columns: [series.unit === 'day' ? 'Day' : 'Week', 'Planned minutes', 'Kept minutes'],
            rows: series.items.filter((d) => d.plannedMinutes || d.keptMinutes).map((d) => [d.label, d.plannedMinutes, d.keptMinutes]),
          }}
        />
      )}
    </Section>
  );
}
