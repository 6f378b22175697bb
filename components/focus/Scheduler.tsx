import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { formatTimeOfDay, localMinutesOf } from '../../utils/focus/schedule/zone';
import { SpanFields, spanInstants, spanLength, type SpanValue } from './SpanFields';
import { WeekdayPicker } from './WeekdayPicker';

interface Props {
  now: number;
  today: number;
  days: readonly number[];
  busy: boolean;
  onScheduleOnce: (start: number, end: number) => Promise<boolean>;
  onCreateSchedule: (rule: { weekdays: number[]; startTime: string; durationMinutes: number }) => Promise<boolean>;
}

type Mode = 'once' | 'repeat';

/** The next whole hour from now (as a day and minutes), for a sensible first suggestion. */
function suggestion(now: number, today: number): SpanValue {
  const from = Math.min(22 * 60, (Math.floor(localMinutesOf(now) / 60) + 1) * 60);
  return { day: today, from, to: from + 60 };
}

/** Books focus for later: once on a chosen day, or repeating on chosen weekdays. */
export function Scheduler({ now, today, days, busy, onScheduleOnce, onCreateSchedule }: Props) {
  const [open, setOpen] = useState(false);
  const [mode, setMode] = useState<Mode>('once');
  const [span, setSpan] = useState<SpanValue>(() => suggestion(now, today));
  const [weekdays, setWeekdays] = useState<number[]>([1, 2, 3, 4, 5]);
  const [error, setError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const reopened = useRef(false);
  // Opening moves focus to the first choice; closing returns it to the button that opened it.
  useEffect(() => {
    if (open) form.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
    else if (reopened.current) opener.current?.focus();
    reopened.current = true;
  }, [open]);
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    setOpen(false);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (span.to === span.from) return setError('The block must end after it starts.');
    let done: boolean;
    if (mode === 'once') {
      const { start, end } = spanInstants(span);
      if (end <= now) return setError('That time has already passed today.');
      done = await onScheduleOnce(start, end);
    } else {
      if (!weekdays.length) return setError('Pick at least one day to repeat on.');
      if (spanLength(span) < 5) return setError('A repeating block lasts at least 5 minutes.');
      done = await onCreateSchedule({ weekdays, startTime: formatTimeOfDay(span.from), durationMinutes: spanLength(span) });
    }
    setError(null);
    if (done) setOpen(false);
  };

  if (!open) {
    return (
      <button ref={opener} type="button" className="fg-button fg-wide" data-testid="schedule-open" onClick={() => setOpen(true)}>
        Schedule focus for later…
      </button>
    );
  }

  return (
    <form ref={form} className="fg-card" aria-labelledby="fg-sched-title" onSubmit={submit} onKeyDown={onKeyDown} data-testid="scheduler">
      <h2 id="fg-sched-title">Schedule focus</h2>
      <div className="fg-tabs" role="radiogroup" aria-label="How often">
        {(['once', 'repeat'] as const).map((m) => (
          <label key={m} className="fg-tab">
            <input type="radio" name="fg-mode" value={m} checked={mode === m} onChange={() => setMode(m)} data-testid={`schedule-mode-${m}`} />
            {m === 'once' ? 'Once' : 'Repeat weekly'}
          </label>
        ))}
      </div>
      {mode === 'repeat' && <WeekdayPicker value={weekdays} onChange={setWeekdays} />}
      <SpanFields value={span} onChange={setSpan} days={days} today={today} withDay={mode === 'once'} />
      {error && (
        <p className="fg-error" role="alert">
          {error}
        </p>
      )}
      <div className="fg-row">
        <button type="submit" className="fg-button fg-primary" disabled={busy} data-testid="schedule-submit">
          {mode === 'once' ? 'Schedule' : 'Repeat'}
        </button>
        <button type="button" className="fg-button fg-quiet" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
