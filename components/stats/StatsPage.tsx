import { useMemo } from 'react';
import type { StatsSummary } from '../../utils/stats/summary';
import { buckets } from './buckets';
import { DataSection, type DataSectionProps } from './DataSection';
import { FocusSection } from './FocusSection';
import { dayLabel } from './format';
import { meetingFigures, messageFigures } from './coach-figures';
import { NotificationsSection } from './NotificationsSection';
import { RangePicker, type RangeChoice } from './RangePicker';
import { Section } from './Section';
import './stats.css';

export interface StatsPageProps {
  today: string;
  range: RangeChoice;
  onRangeChange: (range: RangeChoice) => void;
  /** Null until the first answer. */
  summary: StatsSummary | null;
  error: string | null;
  data: DataSectionProps;
}

function EmptyState({ firstDay }: { firstDay: string | null }) {
  return (
    <section className="fg-card fg-empty" data-testid="stats-empty">
      <h2>Nothing recorded {firstDay ? 'in this range' : 'yet'}</h2>
      <p>
        {firstDay
          ? `Focusgate has figures from ${dayLabel(firstDay)} on; choose a range that includes it.`
          : 'Focusgate records what happens as you work, on this machine only. Once you use it, this page shows:'}
      </p>
      {!firstDay && (
        <ul>
          <li>Focus: minutes planned and kept, blocks completed or ended early, uninterrupted stretches of 2 hours or more.</li>
          <li>Interruptions: notifications held during focus, those that broke through, those shown outside focus — by site and by hour of the week.</li>
          <li>Messages: how often the coach helped, the pings it caught and how many became proper messages.</li>
          <li>Meetings: async alternatives taken and the person-hours they saved.</li>
        </ul>
      )}
    </section>
  );
}

/** The stats page: a range, the figures for it, and the user's data controls. */
export function StatsPage({ today, range, onRangeChange, summary, error, data }: StatsPageProps) {
  const empty = summary !== null && summary.activeDays === 0;
  const firstDay = summary?.firstDay ?? null;
  const series = useMemo(() => (summary && summary.activeDays > 0 ? buckets(summary.daily) : null), [summary]);
  const firstDayOnly = firstDay !== null && firstDay === today;
  return (
    <main className="fg-stats" data-testid="stats-root" aria-busy={summary === null} data-ready={summary !== null}>
      <header className="fg-stats-header">
        <h1>Your interruptions and focus</h1>
        <RangePicker value={range} today={today} onChange={onRangeChange} />
        {summary && (
          <p className="fg-muted" data-testid="stats-range">
            {summary.from === summary.to ? dayLabel(summary.from) : `${dayLabel(summary.from)} – ${dayLabel(summary.to)}`} · {summary.activeDays} of{' '}
            {summary.dayCount} days with activity
          </p>
        )}
      </header>

      {error && (
        <p className="fg-error fg-banner" role="alert">
          {error}
        </p>
      )}
      {firstDayOnly && !empty && (
        <p className="fg-banner" data-testid="stats-first-day">
          This is your first day with Focusgate. The figures fill in as you work; day-by-day charts and the weekly pattern take shape over the coming
          days.
        </p>
      )}

      {empty && <EmptyState firstDay={firstDay} />}
      {summary && (
        <>
          <FocusSection focus={summary.focus} series={series} />
          <NotificationsSection notifications={summary.notifications} refocus={summary.refocus} series={series} />
          <Section title="Messages" figures={messageFigures(summary.messages)} />
          <Section title="Meetings" figures={meetingFigures(summary.meetings)} />
        </>
      )}
      <DataSection {...data} />
    </main>
  );
}
