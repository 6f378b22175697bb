import type { StatsSummary } from '../../utils/stats/summary';
import { Figure } from './Figure';
import { fmt } from './format';

export function MessagesSection({ messages: m }: { messages: StatsSummary['messages'] }) {
  return (
    <section className="fg-card" aria-labelledby="fg-msg-title">
      <h2 id="fg-msg-title">Messages</h2>
      <dl className="fg-figures">
        <Figure label="Coach shown" testId="stat-coach-shown" dataValue={m.coachShown} value={fmt(m.coachShown)} />
        <Figure label="Pings caught" testId="stat-pings-caught" dataValue={m.pingsCaught} value={fmt(m.pingsCaught)} hint="bare “hey, got a minute?” messages" />
        <Figure label="Rewrites taken" testId="stat-rewrites" dataValue={m.rewritesTaken} value={fmt(m.rewritesTaken)} />
        <Figure label="Sent anyway" testId="stat-sent-anyway" dataValue={m.sentAnyway} value={fmt(m.sentAnyway)} />
        <Figure
          label="Pings turned into proper messages"
          testId="stat-proper-share"
          dataValue={m.properShare ?? undefined}
          value={m.properShare === null ? '—' : `${Math.round(m.properShare * 100)}%`}
          hint="rewrites taken plus messages edited after a hold, per ping caught"
        />
      </dl>
    </section>
  );
}
