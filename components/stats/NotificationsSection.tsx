import { Bar } from 'react-chartjs-2';
import { SITE_LABELS } from '../../utils/platform/sites';
import type { StatsSummary } from '../../utils/stats/summary';
import type { Bucket } from './buckets';
import { COLORS, baseOptions } from './charts';
import { fmt, fmtMinutes } from './format';
import { countOf } from '../../utils/platform/plural';
import { HeatMap } from './HeatMap';
import { countFigure } from './Figure';
import { ChartFigure, Section } from './Section';
import { chartSummary } from './chart-summary';

export interface NotificationsSectionProps {
  notifications: StatsSummary['notifications'];
  refocus: StatsSummary['refocus'];
  /** Null: no charts (nothing recorded in the range). */
  series: { unit: 'day' | 'week'; items: Bucket[] } | null;
}

const siteLabel = (site: string) => (SITE_LABELS as Record<string, string>)[site] ?? (site === 'extension' ? 'Focusgate' : site);
const KINDS = [
  { key: 'held', label: 'Held', color: COLORS.held },
  { key: 'breakthrough', label: 'Broke through', color: COLORS.breakthrough },
  { key: 'shown', label: 'Shown outside focus', color: COLORS.shown },
] as const;

export function NotificationsSection({ notifications: n, refocus, series }: NotificationsSectionProps) {
  const sites = Object.keys(n.bySite).sort();
  const options = baseOptions<'bar'>();
  const stacked = { ...options, scales: { x: { ...options.scales?.x, stacked: true }, y: { ...options.scales?.y, stacked: true } } };
  return (
    <Section
      title="Interruptions"
      figures={[
        countFigure('Notifications held during focus', 'stat-held', n.held),
        countFigure('Broke through', 'stat-breakthrough', n.breakthrough, 'let through by your urgent rules'),
        countFigure('Shown outside focus', 'stat-shown', n.shown),
        {
          label: 'Refocus time saved (estimate)',
          testId: 'stat-refocus-minutes',
          dataValue: refocus.minutesSaved,
          value: `≈ ${fmtMinutes(refocus.minutesSaved)}`,
          hint: `${countOf(refocus.avoidedInterruptions, 'interruption', 'interruptions', fmt(refocus.avoidedInterruptions))} avoided × ${refocus.minutesPerInterruption} min`,
        },
      ]}
    >
      <p className="fg-note">
        Estimate: people took about {refocus.minutesPerInterruption} minutes on average to get back to an interrupted task ({refocus.source}).
        Focusgate counts each burst of notifications it held during focus as one interruption avoided — a notification less than{' '}
        {refocus.minutesPerInterruption} minutes after the previous one belongs to the same burst. Your own figure will differ.
      </p>

      {series && sites.length > 0 && (
        <ChartFigure
          caption="Notifications by site"
          summary={chartSummary(
            sites.map(siteLabel),
            KINDS.map((k) => ({ label: k.label.toLowerCase(), values: sites.map((s) => n.bySite[s]![k.key]) })),
            'Most from',
          )}
          boxClass="fg-chart-short"
          chart={
            <Bar
              data={{
                labels: sites.map(siteLabel),
                datasets: KINDS.map((k) => ({ label: k.label, data: sites.map((s) => n.bySite[s]![k.key]), backgroundColor: k.color })),
              }}
              options={{ ...options, indexAxis: 'y' }}
            />
          }
          table={{
            caption: 'Notifications by site',
            columns: ['Site', ...KINDS.map((k) => k.label)],
            rows: sites.map((s) => [siteLabel(s), ...KINDS.map((k) => n.bySite[s]![k.key])]),
          }}
        />
      )}

      {series && (
        <>
          <ChartFigure
            caption={`Notifications per ${series.unit}`}
            summary={chartSummary(
              series.items.map((d) => d.label),
              KINDS.map((k) => ({ label: k.label.toLowerCase(), values: series.items.map((d) => d[k.key]) })),
              `Busiest ${series.unit}`,
            )}
            chart={
              <Bar
                data={{
                  labels: series.items.map((d) => d.label),
                  datasets: KINDS.map((k) => ({ label: k.label, data: series.items.map((d) => d[k.key]), backgroundColor: k.color })),
                }}
                options={stacked}
              />
            }
            table={{
              caption: `Notifications per ${series.unit} (${series.unit}s with notifications only)`,
              columns: [series.unit === 'day' ? 'Day' : 'Week', ...KINDS.map((k) => k.label)],
              rows: series.items.filter((d) => d.held || d.breakthrough || d.shown).map((d) => [d.label, ...KINDS.map((k) => d[k.key])]),
            }}
          />

          <HeatMap heat={n.heat} />
        </>
      )}
    </Section>
  );
}
