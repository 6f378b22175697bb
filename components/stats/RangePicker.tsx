import { useId, useState, type FormEvent } from 'react';

export const PRESETS = [
  { id: 'today', label: 'Today', days: 1 },
  { id: '7', label: '7 days', days: 7 },
  { id: '30', label: '30 days', days: 30 },
  { id: '90', label: '90 days', days: 90 },
  { id: '365', label: '365 days', days: 365 },
] as const;
export type PresetId = (typeof PRESETS)[number]['id'];
export type RangeChoice = { preset: PresetId } | { preset: 'custom'; from: string; to: string };

export interface RangePickerProps {
  value: RangeChoice;
  /** `yyyy-MM-dd` of today, the latest day a custom range may end. */
  today: string;
  onChange: (range: RangeChoice) => void;
}

/** The range of days shown: presets ending today, or a custom from–to. */
export function RangePicker({ value, today, onChange }: RangePickerProps) {
  const [from, setFrom] = useState(value.preset === 'custom' ? value.from : today);
  const [to, setTo] = useState(value.preset === 'custom' ? value.to : today);
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
