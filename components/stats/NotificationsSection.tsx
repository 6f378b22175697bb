import { Bar } from 'react-chartjs-2';
import { SITE_LABELS } from '../../utils/sites';
import type { StatsSummary } from '../../utils/stats/summary';
import { COLORS, baseOptions } from './charts';
import { Figure } from './Figure';
import type { Bucket } from './buckets';
import { fmt, fmtMinutes } from './format';
import { HeatMap } from './HeatMap';
import { HiddenTable } from './HiddenTable';

export interface NotificationsSectionProps {
  notifications: StatsSummary['notifications'];
  refocus: StatsSummary['refocus'];
  series: { unit: 'day' | 'week'; items: Bucket[] };
}

const siteLabel = (site: string) => (SITE_LABELS as Record<string, string>)[site] ?? (site === 'extension' ? 'Focusgate' : site);

export function NotificationsSection({ notifications: n, refocus, series }: NotificationsSectionProps) {
  const { unit, items } = series;
  const sites = Object.keys(n.bySite).sort();
  const options = baseOptions<'bar'>();
  const stacked = { ...options, scales: { x: { ...options.scales?.x, stacked: true }, y: { ...options.scales?.y, stacked: true } } };
  return (
    <section className="fg-card" aria-labelledby="fg-notif-title">
      <h2 id="fg-notif-title">Interruptions</h2>
      <dl className="fg-figures">
        <Figure label="Notifications held during focus" testId="stat-held" dataValue={n.held} value={fmt(n.held)} />
        <Figure label="Broke through" testId="stat-breakthrough" dataValue={n.breakthrough} value={fmt(n.breakthrough)} hint="let through by your urgent rules" />
        <Figure label="Shown outside focus" testId="stat-shown" dataValue={n.shown} value={fmt(n.shown)} />
        <Figure
          label="Refocus time saved (estimate)"
          testId="stat-refocus-minutes"
          dataValue={refocus.minutesSaved}
          value={`≈ ${fmtMinutes(refocus.minutesSaved)}`}
          hint={`${fmt(refocus.avoidedInterruptions)} held × ${refocus.minutesPerInterruption} min`}
        />
      </dl>
      <p className="fg-note">
        Estimate: people took about {refocus.minutesPerInterruption} minutes on average to get back to an interrupted task ({refocus.source}). Each
        notification held during focus counts as one interruption avoided; your own figure will differ.
      </p>

      {sites.length > 0 && (
        <figure className="fg-chart">
          <figcaption>Notifications by site</figcaption>
          <div className="fg-chart-box fg-chart-short" aria-hidden="true">
            <Bar
              data={{
                labels: sites.map(siteLabel),
                datasets: [
                  { label: 'Held', data: sites.map((s) => n.bySite[s]!.held), backgroundColor: COLORS.held },
                  { label: 'Broke through', data: sites.map((s) => n.bySite[s]!.breakthrough), backgroundColor: COLORS.breakthrough },
                  { label: 'Shown outside focus', data: sites.map((s) => n.bySite[s]!.shown), backgroundColor: COLORS.shown },
                ],
              }}
              options={{ ...options, indexAxis: 'y' }}
            />
          </div>
          <HiddenTable
            caption="Notifications by site"
            columns={['Site', 'Held', 'Broke through', 'Shown outside focus']}
            rows={sites.map((s) => [siteLabel(s), n.bySite[s]!.held, n.bySite[s]!.breakthrough, n.bySite[s]!.shown])}
          />
        </figure>
      )}

      <figure className="fg-chart">
        <figcaption>Notifications per {unit}</figcaption>
        <div className="fg-chart-box" aria-hidden="true">
          <Bar
            data={{
              labels: items.map((d) => d.label),
              datasets: [
                { label: 'Held', data: items.map((d) => d.held), backgroundColor: COLORS.held },
                { label: 'Broke through', data: items.map((d) => d.breakthrough), backgroundColor: COLORS.breakthrough },
                { label: 'Shown outside focus', data: items.map((d) => d.shown), backgroundColor: COLORS.shown },
              ],
            }}
            options={stacked}
          />
        </div>
        <HiddenTable
          caption={`Notifications per ${unit} (${unit}s with notifications only)`}
          columns={[unit === 'day' ? 'Day' : 'Week', 'Held', 'Broke through', 'Shown outside focus']}
          rows={items.filter((d) => d.held || d.breakthrough || d.shown).map((d) => [d.label, d.held, d.breakthrough, d.shown])}
        />
      </figure>

      <HeatMap heat={n.heat} />
    </section>
  );
}
