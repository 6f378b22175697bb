import type { StatsSummary } from '../../utils/stats/summary';
import { Figure } from './Figure';
import { fmt } from './format';

export function MeetingsSection({ meetings: m }: { meetings: StatsSummary['meetings'] }) {
  return (
    <section className="fg-card" aria-labelledby="fg-meet-title">
      <h2 id="fg-meet-title">Meetings</h2>
      <dl className="fg-figures">
        <Figure label="Meeting coach shown" testId="stat-meeting-coach" dataValue={m.coachShown} value={fmt(m.coachShown)} />
        <Figure label="Async alternatives taken" testId="stat-async-taken" dataValue={m.asyncTaken} value={fmt(m.asyncTaken)} />
        <Figure
          label="Person-hours avoided"
          testId="stat-person-hours-avoided"
          dataValue={m.personHoursAvoided}
          value={fmt(m.personHoursAvoided)}
          hint="meetings replaced by a written alternative"
        />
        <Figure
          label="Person-hours created"
          testId="stat-person-hours-created"
          dataValue={m.personHoursCreated}
          value={fmt(m.personHoursCreated)}
          hint="meetings saved in Calendar"
        />
      </dl>
    </section>
  );
}
