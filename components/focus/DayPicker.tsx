import { useRef, type KeyboardEvent } from 'react';
import { addDays, isSameDay } from 'date-fns';
import { formatLongDay, formatWeekday } from '../../utils/platform/datetime';

interface Props {
  label: string;
  /** Local midnights to choose from, in order. */
  days: readonly number[];
  value: number;
  onChange: (day: number) => void;
  today: number;
}

function dayName(day: number, today: number): string {
  if (isSameDay(day, today)) return 'Today';
  if (isSameDay(day, addDays(today, 1))) return 'Tmrw';
  return formatWeekday(new Date(day));
}

/**
 * A row of days as a radio group: one tab stop, ←/→ (and ↑/↓) move by a day, Home/End jump to
 * the ends; the chosen day is selected as focus moves, as radio groups do.
 */
export function DayPicker({ label, days, value, onChange, today }: Props) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const index = Math.max(0, days.findIndex((d) => isSameDay(d, value)));

  const move = (i: number) => {
    const next = Math.min(days.length - 1, Math.max(0, i));
    onChange(days[next]!);
    refs.current[next]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const keys: Record<string, number> = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: days.length - 1 };
    if (!(e.key in keys)) return;
    e.preventDefault();
    move(keys[e.key]!);
  };

  return (
    <div className="fg-days" role="radiogroup" aria-label={label} onKeyDown={onKeyDown}>
      {days.map((d, i) => (
        <button
          key={d}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="radio"
          aria-checked={i === index}
          aria-label={formatLongDay(new Date(d))}
          tabIndex={i === index ? 0 : -1}
          className="fg-day"
          onClick={() => move(i)}
        >
          <span className="fg-day-name">{dayName(d, today)}</span>
          <span className="fg-day-num">{new Date(d).getDate()}</span>
        </button>
      ))}
    </div>
  );
}
