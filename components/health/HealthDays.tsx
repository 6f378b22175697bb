import type { Res } from '../../utils/platform/messaging/protocol';
import { formatDay } from '../../utils/platform/datetime';
import { SITE_LABELS, siteNames, type Site } from '../../utils/platform/sites';
import { dayStart } from '../../utils/stats/day-key';
import { chainWord, worstOf, type HealthState } from '../../utils/health/model';
import './health.css';

export type HealthDayRow = Res<'getHealthDays'>['days'][number];

export interface HealthDaysProps {
  /** Newest day first; null while loading. */
  days: readonly HealthDayRow[] | null;
  error: string | null;
}

const STATE_WORDS: Record<HealthState, string> = { ok: 'Working', partial: 'Partly working', off: 'Not working' };
const CHECK_WORDS: Record<string, string> = {
  'compose:composer': 'message box not found',
  'compose:draft': 'draft not readable',
  'compose:send': 'Send button not found (sends not held)',
  'compose:rewrite': 'a rewrite did not land',
  'meeting:editor': 'event editor not found',
  'meeting:title': 'title not readable',
  'meeting:guests': 'guests not readable',
  'meeting:time': 'time not readable',
  'meeting:description': 'description not readable',
  'notify:guard': 'notifications not batched',
};

/** The options page's "Site health": per day and site, the worst state seen, what failed and which hooks ran on fallbacks. */
export function HealthDays({ days, error }: HealthDaysProps) {
  return (
    <section className="fg-opt fg-health-days" aria-labelledby="fg-health-days-title" data-testid="health-days">
      <h2 id="fg-health-days-title">Site health</h2>
      <p className="fg-opt-hint">
        What Focusgate found on the pages of each site in the last days. When a site changes its page, this is where it shows first.
      </p>
      {error && <p className="fg-opt-error">{error}</p>}
      {days && !days.length && <p className="fg-opt-hint">Nothing yet: open {siteNames('notify')} in a tab.</p>}
      {!!days?.length && (
        <table className="fg-health-table">
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Site</th>
              <th scope="col">Result</th>
              <th scope="col">What did not work</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={`${d.day}-${d.site}`} data-testid="health-day" data-site={d.site} data-state={worstOf(d.seen)}>
                <td>
                  <time dateTime={d.day}>{formatDay(dayStart(d.day))}</time>
                </td>
                <td>{SITE_LABELS[d.site as Site] ?? d.site}</td>
                <td>{STATE_WORDS[worstOf(d.seen)]}</td>
                <td>
                  {[...d.failed.map((f) => CHECK_WORDS[f] ?? f), ...(d.fallbacks.length ? [`backup hooks used for: ${[...new Set(d.fallbacks.map(chainWord))].join(', ')}`] : [])].join('; ') || '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
