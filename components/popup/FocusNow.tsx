import { FOCUS_PRESETS } from '../../utils/schedule/quick';

interface Props {
  onStart: (minutes: number) => void;
  busy: boolean;
}

/** "Focus now" for one of the preset lengths. */
export function FocusNow({ onStart, busy }: Props) {
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
    </section>
  );
}
