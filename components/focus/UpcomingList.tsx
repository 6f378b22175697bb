import { useRef, useState } from 'react';
import type { FocusBlock, FocusSchedule } from '../../utils/platform/db/records';
import { nextOccurrence } from '../../utils/focus/schedule/upcoming';
import { localMinutesOf, startOfLocalDay } from '../../utils/focus/schedule/zone';
import { formatTimeRange } from '../../utils/platform/datetime';
import { describeSpan } from './copy';
import { SpanFields, spanInstants, type SpanValue } from './SpanFields';

const SHOWN = 8;
const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

interface Props {
  /** What is listed: one-off blocks to come, and a repeating block while it runs. */
  blocks: readonly FocusBlock[];
  /** Every block the popup has (a rule's next occurrence is found among them). */
  allBlocks: readonly FocusBlock[];
  now: number;
  schedules: readonly FocusSchedule[];
  today: number;
  days: readonly number[];
  busy: boolean;
  onUpdate: (id: string, start: number, end: number) => Promise<boolean>;
  onDelete: (block: FocusBlock) => void;
  onDeleteSchedule: (schedule: FocusSchedule) => void;
}

export function describeWeekdays(days: readonly number[]): string {
  const set = new Set(days);
  if (set.size === 7) return 'Every day';
  if (set.size === 5 && [1, 2, 3, 4, 5].every((d) => set.has(d))) return 'Weekdays';
  if (set.size === 2 && set.has(0) && set.has(6)) return 'Weekends';
  return [1, 2, 3, 4, 5, 6, 0].filter((d) => set.has(d)).map((d) => WEEKDAY_NAMES[d]).join(', ');
}

const when = (b: FocusBlock, today: number) => describeSpan(b, today);

/** "Weekdays 9:00 – 11:00 AM": the rule's days and its local times. */
export function describeRule(s: FocusSchedule, today: number): string {
  const [h, m] = s.startTime.split(':').map(Number) as [number, number];
  const start = new Date(today);
  start.setHours(h, m, 0, 0);
  return `${describeWeekdays(s.weekdays)} ${formatTimeRange(start, new Date(start.getTime() + s.durationMinutes * 60_000))}`;
}

function Editor({ block, days, today, busy, onSave, onCancel }: { block: FocusBlock; days: readonly number[]; today: number; busy: boolean; onSave: (s: number, e: number) => Promise<boolean>; onCancel: () => void }) {
  const [span, setSpan] = useState<SpanValue>({ day: startOfLocalDay(block.start), from: localMinutesOf(block.start), to: localMinutesOf(block.end) });
  const [error, setError] = useState<string | null>(null);
  const running = block.status === 'active';
  return (
    <form
      className="fg-editor"
      onSubmit={async (e) => {
        e.preventDefault();
        if (span.to === span.from) return setError('The block must end after it starts.');
        const { start, end } = spanInstants(span);
        // A running block keeps its real start (its day and minutes are only shown).
        const ok = await onSave(running ? block.start : start, end);
        if (ok) onCancel();
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <SpanFields value={span} onChange={setSpan} days={days} today={today} withDay={!running} startLocked={running} />
      {error && (
        <p className="fg-error" role="alert">
          {error}
        </p>
      )}
      <div className="fg-row">
        <button type="submit" className="fg-button fg-primary" disabled={busy}>
          Save
        </button>
        <button type="button" className="fg-button fg-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Upcoming blocks (editable, deletable) and the repeating rules behind some of them. */
export function UpcomingList({ blocks, allBlocks, now, schedules, today, days, busy, onUpdate, onDelete, onDeleteSchedule }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const [all, setAll] = useState(false);
  // When the editor closes, focus goes back to the Edit button that opened it.
  const returnFocusTo = useRef<string | null>(null);
  const closeEditor = (id: string) => {
    returnFocusTo.current = id;
    setEditing(null);
  };
  const shown = all ? blocks : blocks.slice(0, SHOWN);
  return (
    <section className="fg-card" aria-labelledby="fg-upcoming-title">
      <h2 id="fg-upcoming-title">Upcoming</h2>
      {!blocks.length && !schedules.length ? (
        <p className="fg-empty" data-testid="upcoming-empty">
          Nothing booked yet. Schedule a block to protect time for deep work.
        </p>
      ) : (
        blocks.length > 0 && (
        <ul className="fg-list" data-testid="upcoming-list">
          {shown.map((b) => (
            <li key={b.id} className="fg-item" data-testid="upcoming-block" data-start={b.start} data-end={b.end} data-source={b.source}>
              {editing === b.id ? (
                <Editor block={b} days={days} today={today} busy={busy} onSave={(s, e) => onUpdate(b.id, s, e)} onCancel={() => closeEditor(b.id)} />
              ) : (
                <>
                  <span className="fg-item-when">
                    {when(b, today)}
                    {b.status === 'active' && <span className="fg-tag fg-tag-on">now</span>}
                    {b.source === 'schedule' && <span className="fg-tag">repeats</span>}
                  </span>
                  <span className="fg-item-actions">
                    <button
                      type="button"
                      className="fg-link-button"
                      aria-label={`Edit ${when(b, today)}`}
                      onClick={() => setEditing(b.id)}
                      ref={(el) => {
                        if (el && returnFocusTo.current === b.id) {
                          returnFocusTo.current = null;
                          el.focus();
                        }
                      }}
                    >
                      Edit
                    </button>
                    {b.status === 'scheduled' && (
                      <button type="button" className="fg-link-button" aria-label={`Delete ${when(b, today)}`} data-testid="block-delete" onClick={() => onDelete(b)}>
                        Delete
                      </button>
                    )}
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
        )
      )}
      {blocks.length > SHOWN && (
        <button type="button" className="fg-link-button" onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${blocks.length}`}
        </button>
      )}
      {schedules.length > 0 && (
        <>
          <h3>Repeating</h3>
          <ul className="fg-list">
            {schedules.map((s) => {
              const label = describeRule(s, today);
              const next = nextOccurrence(s, allBlocks, now);
              return (
                <li key={s.id} className="fg-item" data-testid="schedule-rule">
                  <span className="fg-item-when">
                    {label}
                    {next && (
                      <span className="fg-muted fg-next" data-testid="schedule-next">
                        {' '}
                        · {next.status === 'active' ? 'running now' : `next ${describeSpan(next, today).split(' · ')[0]}`}
                      </span>
                    )}
                  </span>
                  <span className="fg-item-actions">
                    {next?.status === 'scheduled' && (
                      <button type="button" className="fg-link-button" aria-label={`Skip ${describeSpan(next, today)}`} data-testid="schedule-skip" onClick={() => onDelete(next)}>
                        Skip next
                      </button>
                    )}
                    <button type="button" className="fg-link-button" aria-label={`Delete ${label}`} onClick={() => onDeleteSchedule(s)}>
                      Delete
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
