import { Bar } from 'react-chartjs-2';
import type { StatsSummary } from '../../utils/stats/summary';
import { COLORS, baseOptions } from './charts';
import { Figure } from './Figure';
import { dayLabel, fmt, fmtMinutes } from './format';
import { HiddenTable } from './HiddenTable';

export interface FocusSectionProps {
  focus: StatsSummary['focus'];
  daily: StatsSummary['daily'];
}

export function FocusSection({ focus, daily }: FocusSectionProps) {
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
        <figcaption>Focus minutes per day, planned and kept</figcaption>
        <div className="fg-chart-box" aria-hidden="true">
          <Bar
            data={{
              labels: daily.map((d) => dayLabel(d.day)),
              datasets: [
                { label: 'Planned', data: daily.map((d) => d.plannedMinutes), backgroundColor: COLORS.planned },
                { label: 'Kept', data: daily.map((d) => d.keptMinutes), backgroundColor: COLORS.kept },
              ],
            }}
            options={baseOptions<'bar'>()}
          />
        </div>
        <HiddenTable
          caption="Focus minutes per day (days with focus only)"
          columns={['Day', 'Planned minutes', 'Kept minutes']}
          rows={daily.filter((d) => d.plannedMinutes || d.keptMinutes).map((d) => [dayLabel(d.day), d.plannedMinutes, d.keptMinutes])}
        />
      </figure>
    </section>
  );
}
