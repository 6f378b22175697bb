import { formatWeekday } from '../../utils/platform/datetime';

/** Monday first; values are JavaScript weekdays (0 = Sunday). */
const ORDER = [1, 2, 3, 4, 5, 6, 0];
// 4 Jan 2026 is a Sunday: 4 + n is weekday n, for the names.
const nameOf = (d: number, width: 'narrow' | 'long') => formatWeekday(new Date(2026, 0, 4 + d), width);

interface Props {
  value: readonly number[];
  onChange: (days: number[]) => void;
}

/** Seven toggle buttons (Space/Enter toggles), with a shortcut for weekdays. */
export function WeekdayPicker({ value, onChange }: Props) {
  const toggle = (d: number) => onChange(value.includes(d) ? value.filter((x) => x !== d) : [...value, d].sort());
  return (
    <div className="fg-weekdays" role="group" aria-label="Repeat on">
      {ORDER.map((d) => (
        <button
          key={d}
          type="button"
          className="fg-weekday"
          aria-pressed={value.includes(d)}
          aria-label={nameOf(d, 'long')}
          data-weekday={d}
          onClick={() => toggle(d)}
        >
          {nameOf(d, 'narrow')}
        </button>
      ))}
      <button type="button" className="fg-link-button" onClick={() => onChange([1, 2, 3, 4, 5])}>
        Weekdays
      </button>
    </div>
  );
}
