import { formatClock, formatWeekday } from '../../utils/platform/datetime';
import { atLocalMinutes } from '../../utils/focus/schedule/zone';
import { DayPicker } from './DayPicker';
import { TimeField } from './TimeField';

export interface SpanValue {
  /** Local midnight of the chosen day. */
  day: number;
  /** Minutes after midnight. */
  from: number;
  to: number;
}

/** Length in minutes; an end at or before the start on the clock means the next day (22:00–01:00). */
export function spanLength(v: SpanValue): number {
  return v.to > v.from ? v.to - v.from : v.to + 1440 - v.from;
}

/** The span's instants on the wall clock of its day (so a DST change does not shift them). */
export function spanInstants(v: SpanValue): { start: number; end: number } {
  return { start: atLocalMinutes(v.day, v.from), end: atLocalMinutes(v.day, v.from + spanLength(v)) };
}

export function formatLength(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h && m ? `${h} h ${m} min` : h ? `${h} h` : `${m} min`;
}

interface Props {
  value: SpanValue;
  onChange: (v: SpanValue) => void;
  days: readonly number[];
  today: number;
  withDay: boolean;
  /** A running block keeps its start: only the end can move. */
  startLocked?: boolean;
}

/** A day (optional) and a from–to time range; an end before the start runs into the next day. */
export function SpanFields({ value, onChange, days, today, withDay, startLocked = false }: Props) {
  const overnight = value.to <= value.from;
  return (
    <div className="fg-span">
      {withDay && <DayPicker label="Day" days={days} today={today} value={value.day} onChange={(day) => onChange({ ...value, day })} />}
      <div className="fg-row">
        {startLocked ? (
          <span className="fg-field">
            From
            <span className="fg-time-fixed">{formatClock(value.from)}</span>
          </span>
        ) : (
          <TimeField label="From" value={value.from} testId="schedule-from" onChange={(from) => onChange({ ...value, from })} />
        )}
        <TimeField label="To" value={value.to} testId="schedule-to" onChange={(to) => onChange({ ...value, to })} />
        <span className="fg-muted fg-span-length" aria-live="polite">
          {formatLength(spanLength(value))}
          {overnight && withDay && ` · ends ${formatWeekday(new Date(spanInstants(value).end))}`}
          {overnight && !withDay && ' · ends next day'}
        </span>
      </div>
    </div>
  );
}
