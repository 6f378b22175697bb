import type { StatsSummary } from '../../utils/stats/summary';
import { countFigure } from './Figure';
import { Section } from './Section';
import { siteNames } from '../../utils/platform/sites';

export function MeetingsSection({ meetings: m }: { meetings: StatsSummary['meetings'] }) {
  return (
    <Section
      title="Meetings"
      figures={[
        countFigure('Meeting coach shown', 'stat-meeting-coach', m.coachShown),
        countFigure('Async alternatives taken', 'stat-async-taken', m.asyncTaken),
        countFigure('Person-hours avoided', 'stat-person-hours-avoided', m.personHoursAvoided, 'meetings replaced by a written alternative'),
        countFigure('Person-hours created', 'stat-person-hours-created', m.personHoursCreated, `meetings saved in ${siteNames('meeting')}`),
      ]}
    />
  );
}
