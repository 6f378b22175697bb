import { DayPicker } from './DayPicker';
import { TimeField } from './TimeField';

export interface SpanValue {
  /** Local midnight of the chosen day. */
  day: number;
  /** Minutes after midnight. */
  from: number;
  to: number;
}

interface Props {
  value: SpanValue;
  onChange: (v: SpanValue) => void;
  days: readonly number[];
  today: number;
  withDay: boolean;
}

/** A day (optional) and a from–to time range; the end follows the start when it would precede it. */
export function SpanFields({ value, onChange, days, today, withDay }: Props) {
  const length = Math.max(15, value.to - value.from);
  return (
    <div className="fg-span">
      {withDay && <DayPicker label="Day" days={days} today={today} value={value.day} onChange={(day) => onChange({ ...value, day })} />}
      <div className="fg-row">
        <TimeField
          label="From"
          value={value.from}
          testId="schedule-from"
          onChange={(from) => onChange({ ...value, from, to: value.to > from ? value.to : Math.min(1439, from + length) })}
        />
        <TimeField label="To" value={value.to} testId="schedule-to" onChange={(to) => onChange({ ...value, to })} />
      </div>
    </div>
  );
}
