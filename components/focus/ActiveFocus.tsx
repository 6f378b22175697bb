import { useEffect, useRef, useState } from 'react';
import { formatTime } from '../../utils/platform/datetime';

/** Codes only (never free text): what the stats page groups broken blocks by. */
export const END_REASONS = [
  { code: 'urgent', label: 'Something urgent came up' },
  { code: 'meeting', label: 'A meeting' },
  { code: 'done', label: 'Finished early' },
  { code: 'break', label: 'Need a break' },
  { code: 'other', label: 'Other' },
] as const;

interface Props {
  endsAt: number;
  startedAt: number | null;
  now: number;
  busy: boolean;
  /** Move keyboard focus here on mount (focus was just started from this popup). */
  takeFocus?: boolean;
  onEnd: (reason?: string) => void;
}

export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(h ? 2 : 1, '0');
  return `${h ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/**
 * The running block: time left, and "End early" behind one deliberate step — pick a reason
 * (optional), then confirm. Escape or "Keep focusing" steps back without ending anything.
 */
export function ActiveFocus({ endsAt, startedAt, now, busy, takeFocus, onEnd }: Props) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState<string | undefined>();
  const stopRef = useRef<HTMLButtonElement>(null);
  const firstReasonRef = useRef<HTMLInputElement>(null);
  const left = endsAt - now;
  const progress = startedAt ? Math.min(1, Math.max(0, (now - startedAt) / (endsAt - startedAt))) : 0;

  useEffect(() => {
    if (asking) firstReasonRef.current?.focus();
  }, [asking]);
  // Started from this popup: focus lands on the block that replaced the button, not on <body>.
  useEffect(() => {
    if (takeFocus) stopRef.current?.focus();
  }, [takeFocus]);

  const back = () => {
    setAsking(false);
    setReason(undefined);
    requestAnimationFrame(() => stopRef.current?.focus());
  };

  return (
    <section className="fg-card fg-active" aria-labelledby="fg-active-title" data-testid="focus-active" data-ends-at={endsAt}>
      <h2 id="fg-active-title">Focusing</h2>
      {/* The countdown and its button share a line (the popup must fit Chrome's 600 px). */}
      <div className="fg-active-row">
        <p className="fg-countdown" aria-live="off">
          <span className="fg-remaining">{formatRemaining(left)}</span>
          <span className="fg-muted"> left · until {formatTime(new Date(endsAt))}</span>
        </p>
        {!asking && (
          <button ref={stopRef} type="button" className="fg-button" data-testid="focus-stop" onClick={() => setAsking(true)}>
            End early…
          </button>
        )}
      </div>
      <div className="fg-progress" role="progressbar" aria-label="Block progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(progress * 100)}>
        <span style={{ width: `${progress * 100}%` }} />
      </div>
      {asking && (
        <fieldset
          className="fg-end-step"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              back();
            }
          }}
        >
          <legend>Why end now? (optional — counts as broken)</legend>
          {END_REASONS.map((r, i) => (
            <label key={r.code} className="fg-radio">
              <input
                ref={i === 0 ? firstReasonRef : undefined}
                type="radio"
                name="fg-end-reason"
                value={r.code}
                checked={reason === r.code}
                onChange={() => setReason(r.code)}
              />
              {r.label}
            </label>
          ))}
          <div className="fg-row">
            <button type="button" className="fg-button fg-danger" data-testid="focus-stop-confirm" disabled={busy} onClick={() => onEnd(reason)}>
              End focus now
            </button>
            <button type="button" className="fg-button fg-quiet" onClick={back}>
              Keep focusing
            </button>
          </div>
        </fieldset>
      )}
    </section>
  );
}
