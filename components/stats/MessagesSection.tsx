import type { StatsSummary } from '../../utils/stats/summary';
import { countFigure } from './Figure';
import { Section } from './Section';

export function MessagesSection({ messages: m }: { messages: StatsSummary['messages'] }) {
  return (
    <Section
      title="Messages"
      figures={[
        countFigure('Coach shown', 'stat-coach-shown', m.coachShown),
        countFigure('Pings caught', 'stat-pings-caught', m.pingsCaught, 'bare “hey, got a minute?” messages'),
        countFigure('Rewrites taken', 'stat-rewrites', m.rewritesTaken),
        countFigure('Sent anyway', 'stat-sent-anyway', m.sentAnyway),
        {
          label: 'Pings turned into proper messages',
          testId: 'stat-proper-share',
          dataValue: m.properShare ?? undefined,
          value: m.properShare === null ? '—' : `${Math.round(m.properShare * 100)}%`,
          hint: 'rewrites taken plus messages edited after a hold, per ping caught',
        },
      ]}
    />
  );
}
