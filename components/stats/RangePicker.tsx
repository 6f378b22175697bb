import { useId, useState, type FormEvent } from 'react';
import { addDays } from 'date-fns';
import { dayKey, dayStart } from '../../utils/stats/day-key';

export const PRESETS = [
  { id: 'today', label: 'Today', days: 1 },
  { id: '7', label: '7 days', days: 7 },
  { id: '30', label: '30 days', days: 30 },
  { id: '90', label: '90 days', days: 90 },
  { id: '365', label: '365 days', days: 365 },
] as const;
export type PresetId = (typeof PRESETS)[number]['id'];
export type RangeChoice = { preset: PresetId } | { preset: 'custom'; from: string; to: string };

/** The first and last day (`yyyy-MM-dd`) a choice covers: a preset ends today. */
export function rangeBounds(range: RangeChoice, today: Date): { from: string; to: string } {
  if (range.preset === 'custom') return { from: range.from, to: range.to };
  const days = PRESETS.find((p) => p.id === range.preset)?.days ?? 7;
  return { from: dayKey(addDays(today, -(days - 1))), to: dayKey(today) };
}

export interface RangePickerProps {
  value: RangeChoice;
  /** `yyyy-MM-dd` of today, the latest day a custom range may end. */
  today: string;
  onChange: (range: RangeChoice) => void;
}

/** The range of days shown: presets ending today, or a custom from–to; From and To always show the days a preset covers. */
export function RangePicker({ value, today, onChange }: RangePickerProps) {
  const shown = rangeBounds(value, dayStart(today));
  const [from, setFrom] = useState(shown.from);
  const [to, setTo] = useState(shown.to);
  const [shownFor, setShownFor] = useState({ value, today });
  if (shownFor.value !== value || shownFor.today !== today) {
    setShownFor({ value, today });
    setFrom(shown.from);
    setTo(shown.to);
  }
  const [error, setError] = useState<string | null>(null);
  const fromId = useId();
  const toId = useId();

  function apply(e: FormEvent) {
    e.preventDefault();
    if (!from || !to) return setError('Choose both a start and an end day.');
    if (from > to) return setError('The start day must be on or before the end day.');
    setError(null);
    onChange({ preset: 'custom', from, to });
  }

  return (
    <div className="fg-range">
      <div role="group" aria-label="Range" className="fg-presets">
        {PRESETS.map((p) => (
          <button key={p.id} type="button" aria-pressed={value.preset === p.id} data-testid={`range-${p.id}`} onClick={() => onChange({ preset: p.id })}>
            {p.label}
          </button>
        ))}
      </div>
      <form className="fg-custom" onSubmit={apply} aria-label="Custom range">
        <label htmlFor={fromId}>From</label>
        <input id={fromId} type="date" value={from} max={today} onChange={(e) => setFrom(e.target.value)} data-testid="range-from" />
        <label htmlFor={toId}>to</label>
        <input id={toId} type="date" value={to} max={today} onChange={(e) => setTo(e.target.value)} data-testid="range-to" />
        <button type="submit" aria-pressed={value.preset === 'custom'} data-testid="range-custom">
          Show
        </button>
        {error && (
          <span className="fg-error" role="alert">
            {error}
          </span>
        )}
      </form>
    </div>
  );
}
