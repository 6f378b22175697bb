import { useId } from 'react';
import { PAUSE_MINUTES, scopeUntil, type CoachPause, type PauseScope } from '../../utils/compose/pause';
import { Disclosure } from '../focus/Disclosure';
import { formatTime } from '../../utils/platform/datetime';
import type { GateMode, Settings } from '../../utils/platform/settings/schema';
import { SITE_LABELS, type Site } from '../../utils/platform/sites';
import { GATE_MODES } from './words';

export interface QuickTogglesProps {
  now: number;
  /** Null until the background has answered. */
  settings: Pick<Settings, 'gateMode' | 'coach'> | null;
  /** The covered site of the tab the popup was opened on (its coach can be switched and paused here); null elsewhere. */
  site: Site | null;
  pause: CoachPause;
  busy: boolean;
  /** What the last change failed with, if it did. */
  error: string | null;
  onGateMode: (mode: GateMode) => void;
  onCoach: (site: Site, on: boolean) => void;
  onPause: (scope: PauseScope) => void;
  onResume: (scope: PauseScope) => void;
}

const hourLabel = PAUSE_MINUTES === 60 ? '1 hour' : `${PAUSE_MINUTES} minutes`;

/**
 * The popup's quick toggles for the compose coach: on or off on this tab's site, pause it for
 * an hour here or everywhere (and resume), and the send gate's mode. The options page has
 * the same settings with their explanations.
 */
export function QuickToggles({ now, settings, site, pause, busy, error, onGateMode, onCoach, onPause, onResume }: QuickTogglesProps) {
  const titleId = useId();
  const gateId = useId();
  if (!settings) return null;
  const coachOn = site !== null && settings.coach[site];
  const pauseRow = (scope: PauseScope, where: string) => {
    const until = scopeUntil(pause, scope, now);
    return (
      <li className="fg-quick-row" data-testid={`quick-pause-${scope === 'all' ? 'all' : 'site'}`} data-paused={until !== null}>
        {until !== null ? (
          <>
            <span>
              Paused {where} until {formatTime(new Date(until))}
            </span>
            <button type="button" className="fg-link-button" disabled={busy} onClick={() => onResume(scope)}>
              Resume {where}
            </button>
          </>
        ) : (
          <button type="button" className="fg-button" disabled={busy} onClick={() => onPause(scope)}>
            Pause {where} for {hourLabel}
          </button>
        )}
      </li>
    );
  };
  const pausedUntil = scopeUntil(pause, 'all', now) ?? (site !== null ? scopeUntil(pause, site, now) : null);
  const gateLabel = GATE_MODES.find((m) => m.value === settings.gateMode)?.label ?? settings.gateMode;
  const glance = [
    pausedUntil !== null ? `paused until ${formatTime(new Date(pausedUntil))}` : site !== null ? `${coachOn ? 'active' : 'off'} on ${SITE_LABELS[site]}` : null,
    site === null || pausedUntil !== null ? `send gate: ${gateLabel.toLowerCase()}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    // One line until opened; open while paused (Resume at hand) and left open after Resume.
    <section className="fg-card fg-quick" aria-labelledby={titleId} data-testid="quick-toggles">
      <Disclosure
        attention={pausedUntil !== null || !!error}
        summary={
          <>
            <span id={titleId} className="fg-summary-title">
              Compose coach
            </span>{' '}
            <span className="fg-summary-glance" data-testid="quick-glance">
              {glance}
            </span>
          </>
        }
      >
        {error && (
          <p className="fg-error" role="alert">
            {error}
          </p>
        )}
        <ul className="fg-list">
          {site !== null && (
            <li className="fg-quick-row">
              <label className="fg-radio">
                <input type="checkbox" data-testid="quick-coach" checked={coachOn} disabled={busy} onChange={(e) => onCoach(site, e.target.checked)} />
                Coach on {SITE_LABELS[site]}
              </label>
            </li>
          )}
          {coachOn && site !== null && pauseRow(site, `on ${SITE_LABELS[site]}`)}
          {pauseRow('all', 'everywhere')}
          <li className="fg-quick-row">
            <label htmlFor={gateId}>Send gate</label>
            <select id={gateId} data-testid="quick-gate" value={settings.gateMode} disabled={busy} onChange={(e) => onGateMode(e.target.value as GateMode)}>
              {GATE_MODES.map((m) => (
                <option key={m.value} value={m.value}>
                  {m.label}
                </option>
              ))}
            </select>
          </li>
        </ul>
      </Disclosure>
    </section>
  );
}
