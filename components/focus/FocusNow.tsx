import { useEffect, useId, useRef, useState } from 'react';
import { isSameDay } from 'date-fns';
import type { FocusBlock } from '../../utils/platform/db/records';
import { FOCUS_PRESETS, focusFor, focusUntil } from '../../utils/focus/schedule/quick';
import { joinedStretch } from '../../utils/focus/schedule/upcoming';
import { formatTimeOfDay, localMinutesOf } from '../../utils/focus/schedule/zone';
import { formatTime } from '../../utils/platform/datetime';
import { TimeField } from './TimeField';

interface Props {
  now: number;
  busy: boolean;
  /** The blocks booked ahead: focus now that runs into one joins it. */
  blocks: readonly FocusBlock[];
  /** Move keyboard focus to the first preset on mount (focus was just ended from this popup). */
  takeFocus?: boolean;
  onStart: (minutes: number) => void;
  onStartUntil: (end: number) => void;
}

/** What starting the shortest preset now would do beside a booked block, or nothing. */
function joinNote(now: number, blocks: readonly FocusBlock[]): string | null {
  for (const m of FOCUS_PRESETS) {
    const joined = joinedStretch(focusFor(now, m), blocks, now);
    if (!joined) continue;
    const at = formatTime(new Date(joined.with[0]!.start));
    return `${m} min now runs into your block at ${at}: they join, and focus ends ${formatTime(new Date(joined.stretch.end))}.`;
  }
  return null;
}

/** "Focus now" for one of the preset lengths, or until a time (later today, or tomorrow morning). */
export function FocusNow({ now, busy, blocks, takeFocus, onStart, onStartUntil }: Props) {
  const noteId = useId();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (takeFocus) first.current?.focus();
  }, [takeFocus]);
  const [until, setUntil] = useState(() => (Math.floor(localMinutesOf(now) / 60) + 2) * 60 % 1440);
  const end = focusUntil(now, formatTimeOfDay(until)).end;
  const note = joinNote(now, blocks);
  return (
    <section className="fg-card" aria-labelledby="fg-now-title">
      <h2 id="fg-now-title">Focus now</h2>
      <div className="fg-presets">
        {FOCUS_PRESETS.map((m, i) => (
          <button
            key={m}
            ref={i === 0 ? first : undefined}
            type="button"
            className="fg-button fg-primary"
            data-testid="focus-start"
            data-minutes={m}
            aria-describedby={note ? noteId : undefined}
            disabled={busy}
            onClick={() => onStart(m)}
          >
            {m} min
          </button>
        ))}
      </div>
      {note && (
        <p id={noteId} className="fg-note" data-testid="focus-join-note">
          {note}
        </p>
      )}
      <div className="fg-row fg-row-inline">
        <TimeField label="Until" value={until} onChange={setUntil} testId="focus-until" />
        <button type="button" className="fg-button" disabled={busy} data-testid="focus-start-until" onClick={() => onStartUntil(end)}>
          Focus until {formatTime(new Date(end))}
          {isSameDay(end, now) ? '' : ' tomorrow'}
        </button>
      </div>
    </section>
  );
}
