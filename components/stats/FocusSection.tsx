import { Bar } from 'react-chartjs-2';
import type { StatsSummary } from '../../utils/stats/summary';
import { COLORS, baseOptions } from './charts';
import { Figure } from './Figure';
import type { Bucket } from './buckets';
import { fmt, fmtMinutes } from './format';
import { HiddenTable } from './HiddenTable';

export interface FocusSectionProps {
  focus: StatsSummary['focus'];
  series: { unit: 'day' | 'week'; items: Bucket[] };
}

export function FocusSection({ focus, series }: FocusSectionProps) {
  const { unit, items } = series;
  const share = focus.plannedMinutes > 0 ? Math.round((focus.keptMinutes / focus.plannedMinutes) * 100) : null;
  return (
    <section className="fg-card" aria-labelledby="fg-focus-title">
      <h2 id="fg-focus-title">Focus</h2>
      <dl className="fg-figures">
        <Figure
          label="Focus kept"
          testId="stat-focus-kept-minutes"
          dataValue={focus.keptMinutes}
          value={fmtMinutes(focus.keptMinutes)}
          hint={`of ${fmtMinutes(focus.plannedMinutes)} planned${share === null ? '' : ` (${share}%)`}`}
        />
        <Figure label="Blocks completed" testId="stat-blocks-completed" dataValue={focus.completed} value={fmt(focus.completed)} />
        <Figure label="Blocks ended early" testId="stat-blocks-ended-early" dataValue={focus.endedEarly} value={fmt(focus.endedEarly)} />
        <Figure
          label="Uninterrupted stretches of 2 h+"
          testId="stat-uninterrupted"
          dataValue={focus.uninterrupted2h}
          value={fmt(focus.uninterrupted2h)}
          hint="completed blocks of 2 hours or more with nothing breaking through"
        />
      </dl>
      <figure className="fg-chart">
        <figcaption>Focus minutes per {unit}, planned and kept</figcaption>
        <div className="fg-chart-box" aria-hidden="true">
          <Bar
            data={{
              labels: items.map((d) => d.label),
              datasets: [
                { label: 'Planned', data: items.map((d) => d.plannedMinutes), backgroundColor: COLORS.planned },
                { label: 'Kept', data: items.map((d) => d.keptMinutes), backgroundColor: COLORS.kept },
              ],
            }}
            options={baseOptions<'bar'>()}
          />
        </div>
        <HiddenTable
          caption={`Focus minutes per ${unit} (${unit}s with focus only)`}
          columns={[unit === 'day' ? 'Day' : 'Week', 'Planned minutes', 'Kept minutes']}
          rows={items.filter((d) => d.plannedMinutes || d.keptMinutes).map((d) => [d.label, d.plannedMinutes, d.keptMinutes])}
        />
      </figure>
    </section>
  );
}
