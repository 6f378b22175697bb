import { SITES, type Site } from '../platform/sites';

/*
 * Pausing the compose coach: on one site or everywhere, for an hour at a time. A pause hides
 * the panel and lets every send through until it ends; the per-site switches in the settings
 * are left as they are. Data in, data out: the background stores it (utils/compose/background.ts),
 * the coach and the popup follow it.
 */

export const PAUSE_MINUTES = 60;
const PAUSE_MS = PAUSE_MINUTES * 60_000;

/** Where a pause applies: one site, or every site. */
export type PauseScope = Site | 'all';

/** When each pause ends (epoch ms); absent when there is none. */
export interface CoachPause {
  all?: number;
  sites: Partial<Record<Site, number>>;
}

export const NO_PAUSE: CoachPause = { sites: {} };

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

/** Whatever was stored (or nothing) as a pause; anything malformed is no pause. */
export function parsePause(raw: unknown): CoachPause {
  if (!raw || typeof raw !== 'object') return NO_PAUSE;
  const { all, sites } = raw as { all?: unknown; sites?: unknown };
  const out: CoachPause = { sites: {} };
  if (isTime(all)) out.all = all;
  if (sites && typeof sites === 'object') {
    for (const site of SITES) {
      const until = (sites as Record<string, unknown>)[site];
      if (isTime(until)) out.sites[site] = until;
    }
  }
  return out;
}

/** The pause as it stands at `now`: ended ones dropped. */
function current(pause: CoachPause, now: number): CoachPause {
  const out: CoachPause = { sites: {} };
  if (pause.all !== undefined && pause.all > now) out.all = pause.all;
  for (const site of SITES) {
    const until = pause.sites[site];
    if (until !== undefined && until > now) out.sites[site] = until;
  }
  return out;
}

/** When the coach on `site` comes back (the later of its own pause and a pause everywhere), or null when it is not paused. */
export function pausedUntil(pause: CoachPause, site: Site, now: number): number | null {
  const ends = [pause.all, pause.sites[site]].filter((t): t is number => t !== undefined && t > now);
  return ends.length ? Math.max(...ends) : null;
}

/** When the pause of exactly this scope ends, or null. */
export function scopeUntil(pause: CoachPause, scope: PauseScope, now: number): number | null {
  const until = scope === 'all' ? pause.all : pause.sites[scope];
  return until !== undefined && until > now ? until : null;
}

/** Pauses `scope` for an hour from `now` (a repeated pause restarts the hour). */
export function addPause(pause: CoachPause, scope: PauseScope, now: number): CoachPause {
  const next = current(pause, now);
  if (scope === 'all') return { ...next, all: now + PAUSE_MS };
  return { ...next, sites: { ...next.sites, [scope]: now + PAUSE_MS } };
}

/** Ends the pause of `scope`; resuming everywhere ends every pause. */
export function removePause(pause: CoachPause, scope: PauseScope, now: number): CoachPause {
  if (scope === 'all') return NO_PAUSE;
  const next = current(pause, now);
  const sites = { ...next.sites };
  delete sites[scope];
  return { ...next, sites };
}
