import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { isValid, parse } from 'date-fns';
import { formatClock } from '../../utils/platform/datetime';

const FORMATS = ['H:mm', 'HHmm', 'Hmm', 'H', 'h:mm a', 'h:mma', 'h a', 'ha'];
const REF = new Date(2000, 0, 1);

/**
 * Reads what people type for a time of day ("9:30", "0930", "2pm"), and what the field shows in
 * the browser's locale ("9:30 AM", with the narrow space some locales put before AM/PM); null
 * when it is not one.
 */
export function parseTimeInput(text: string): number | null {
  const t = text.replace(/\s+/g, ' ').trim();
  for (const f of FORMATS) {
    const d = parse(t, f, REF);
    if (isValid(d)) return d.getHours() * 60 + d.getMinutes();
  }
  return null;
}

interface Props {
  label: string;
  /** Minutes after midnight. */
  value: number;
  onChange: (minutes: number) => void;
  step?: number;
  testId?: string;
}

/**
 * A time of day as a spin button: type it ("9:30", "14:00", "2pm"), or use ↑/↓ (±step),
 * Page Up/Down (±1 h), Home/End. It shows the time as the browser's locale writes it ("9:30 AM"
 * or "09:30", as everywhere else in Focusgate). Invalid text says so and keeps the last good value.
 */
export function TimeField({ label, value, onChange, step = 15, testId }: Props) {
  const id = useId();
  const [text, setText] = useState(formatClock(value));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(formatClock(value));
    setInvalid(false);
  }, [value]);

  const commit = () => {
    // What the field shows reads back as its value, whatever the locale wrote.
    if (text === formatClock(value)) return setInvalid(false);
    const parsed = parseTimeInput(text);
    if (parsed === null) return setInvalid(true);
    setInvalid(false);
    setText(formatClock(parsed));
    if (parsed !== value) onChange(parsed);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    let next: number | null = null;
    if (e.key === 'ArrowUp') next = Math.floor(value / step) * step + step; // snaps: 09:07 ↑ 09:15
    else if (e.key === 'ArrowDown') next = Math.ceil(value / step) * step - step;
    else if (e.key === 'PageUp') next = value + 60;
    else if (e.key === 'PageDown') next = value - 60;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = 1440 - step;
    else if (e.key === 'Enter' && text !== formatClock(value)) {
      // Take the typed time first; a second Enter submits the form with it.
      e.preventDefault();
      return commit();
    }
    if (next === null) return;
    e.preventDefault();
    onChange(((next % 1440) + 1440) % 1440);
  };

  return (
    <span className="fg-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="fg-time"
        role="spinbutton"
        inputMode="numeric"
        autoComplete="off"
        aria-valuemin={0}
        aria-valuemax={1439}
        aria-valuenow={value}
        aria-valuetext={formatClock(value)}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-err` : undefined}
        data-testid={testId}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      {invalid && (
        <span id={`${id}-err`} className="fg-error" role="alert">
          Use a time like {formatClock(9 * 60 + 30)}
        </span>
      )}
    </span>
  );
}
