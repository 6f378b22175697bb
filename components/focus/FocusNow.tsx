import { useState } from 'react';
import { format, isSameDay } from 'date-fns';
import { FOCUS_PRESETS, focusUntil } from '../../utils/focus/schedule/quick';
import { formatTimeOfDay, localMinutesOf } from '../../utils/focus/schedule/zone';
import { TimeField } from './TimeField';

interface Props {
  now: number;
  busy: boolean;
  onStart: (minutes: number) => void;
  onStartUntil: (end: number) => void;
}

/** "Focus now" for one of the preset lengths, or until a time (later today, or tomorrow morning). */
export function FocusNow({ now, busy, onStart, onStartUntil }: Props) {
  const [until, setUntil] = useState(() => (Math.floor(localMinutesOf(now) / 60) + 2) * 60 % 1440);
  const end = focusUntil(now, formatTimeOfDay(until)).end;
  return (
    <section className="fg-card" aria-labelledby="fg-now-title">
      <h2 id="fg-now-title">Focus now</h2>
      <div className="fg-presets">
        {FOCUS_PRESETS.map((m) => (
          <button
            key={m}
            type="button"
            className="fg-button fg-primary"
            data-testid="focus-start"
            data-minutes={m}
            disabled={busy}
            onClick={() => onStart(m)}
          >
            {m} min
          </button>
        ))}
      </div>
      <div className="fg-row">
        <TimeField label="Or until" value={until} onChange={setUntil} testId="focus-until" />
        <button type="button" className="fg-button" disabled={busy} data-testid="focus-start-until" onClick={() => onStartUntil(end)}>
          Focus until {format(end, 'HH:mm')}
          {isSameDay(end, now) ? '' : ' tomorrow'}
        </button>
      </div>
    </section>
  );
}
