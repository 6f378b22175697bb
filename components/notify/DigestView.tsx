import type { Res } from '../../utils/platform/messaging/protocol';
import { digestSummary, groupHeld, MAX_PENDING_PER_SITE } from '../../utils/notify/policy';
import { describeNotHeld, type NotHeld } from '../../utils/notify/not-held';
import { SITE_LABELS, siteNames } from '../../utils/platform/sites';
import { formatDayTime } from '../../utils/platform/datetime';
import './digest.css';

type Held = Res<'listHeld'>['items'][number];
type Breakthrough = Res<'listHeld'>['breakthroughs'][number];

export interface DigestViewProps {
  /** Null until the background has answered. */
  items: readonly Held[] | null;
  breakthroughs: readonly Breakthrough[];
  /** Notifications during focus that were not held, per site (a page raising too many). */
  notHeld: NotHeld;
  error: string | null;
  onOpen: (id: string) => void;
  onAnswer: (eventId: string, urgent: boolean) => void;
}

const RULES: Record<string, string> = {
  vip: 'a VIP sender',
  keyword: 'a keyword',
  repeat: 'a repeated sender',
};

/** What the apps did not close themselves, as the digest notification counted it; then how many they did. */
function summary(items: readonly Held[]): string | null {
  const closed = items.filter((i) => i.closedAt !== undefined).length;
  const open = digestSummary(items.filter((i) => i.closedAt === undefined));
  if (!closed) return open;
  const note = `${closed} closed by the app meanwhile`;
  return open ? `${open} (and ${note})` : `While you focused: ${note}`;
}

const time = (at: number) => formatDayTime(new Date(at));

/** Every held notification, grouped by site and sender, newest first; props only. */
export function DigestView({ items, breakthroughs, notHeld, error, onOpen, onAnswer }: DigestViewProps) {
  const groups = groupHeld(items ?? []);
  const notHeldLines = describeNotHeld(notHeld, SITE_LABELS, MAX_PENDING_PER_SITE);
  return (
    <main className="fg-digest" aria-busy={items === null}>
      <h1>Held notifications</h1>
      {error && (
        <p className="fg-error" role="alert">
          {error}
        </p>
      )}
      <p role="status" data-testid="digest-summary">
        {items === null ? 'Loading…' : (summary(items) ?? 'Nothing was held. Notifications raised while you focus wait here.')}
      </p>
      {notHeldLines.length > 0 && (
        <section aria-labelledby="fg-not-held" data-testid="digest-not-held">
          <h2 id="fg-not-held">Not held</h2>
          <ul>
            {notHeldLines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}

      {groups.map((g) => (
        <section key={g.site} className="fg-site" aria-labelledby={`site-${g.site}`}>
          <h2 id={`site-${g.site}`}>{SITE_LABELS[g.site]}</h2>
          {g.senders.map((s) => (
            <div key={s.sender} className="fg-sender">
              <h3>{s.sender}</h3>
              <ul>
                {s.items.map((i) => (
                  <li key={i.id} data-testid="digest-item" data-site={i.site} data-seen={i.seenAt !== undefined} data-closed={i.closedAt !== undefined}>
                    <button type="button" onClick={() => onOpen(i.id)}>
                      <span className="fg-sr">Open in {SITE_LABELS[i.site]}: </span>
                      <span className="fg-title">{i.title}</span>
                      {i.body && <span className="fg-body">{i.body}</span>}
                      {i.closedAt !== undefined && <span className="fg-body">Closed by {SITE_LABELS[i.site]} meanwhile</span>}
                      <time dateTime={new Date(i.at).toISOString()}>
                        {time(i.at)}
                        {i.seenAt !== undefined && <span className="fg-seen"> · seen</span>}
                      </time>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}

      {breakthroughs.length > 0 && (
        <section aria-labelledby="breakthroughs">
          <h2 id="breakthroughs">Shown during focus</h2>
          <ul className="fg-breakthroughs">
            {breakthroughs.map((b) => (
              <li key={b.id} data-testid="breakthrough">
                <span>
                  {b.site === 'extension' ? 'Focusgate' : SITE_LABELS[b.site]} at {time(b.at)}
                  {b.rule && `, let through by ${RULES[b.rule] ?? b.rule}`}
                </span>
                <span role="group" aria-label="Was anything urgent?">
                  Was anything urgent?{' '}
                  <button type="button" aria-pressed={b.urgent === true} onClick={() => onAnswer(b.id, true)}>
                    Yes
                  </button>{' '}
                  <button type="button" aria-pressed={b.urgent === false} onClick={() => onAnswer(b.id, false)}>
                    No
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="coverage" className="fg-coverage" data-testid="coverage">
        <h2 id="coverage">What Focusgate can hold</h2>
        <ul>
          <li>
            <strong>Held:</strong> notifications that an open {siteNames('notify')} tab raises while you focus.
          </li>
          <li>
            <strong>Not held:</strong> push notifications a site&apos;s own service worker shows while its tab is closed, notifications
            from other sites and desktop apps. Focusgate never changes a site&apos;s notification permission, so these still arrive.
          </li>
        </ul>
      </section>
    </main>
  );
}
