import { storage } from '#imports';
import type { Site } from '../platform/sites';

/**
 * Notifications raised during focus that Focusgate did not hold, per site, since the digest
 * page last showed them: `tooFast` came faster than a page may ask (answered "show", so the
 * page showed them itself), `overCap` arrived while too many were already waiting (not kept).
 */
export interface NotHeldCounts {
  tooFast: number;
  overCap: number;
}
export type NotHeld = Partial<Record<Site, NotHeldCounts>>;

export const notHeldItem = storage.defineItem<NotHeld>('local:notify-not-held', { fallback: {} });

/** Adds `more` to `counts`, per site and field. */
export function addNotHeld(counts: NotHeld, more: NotHeld): NotHeld {
  const out: NotHeld = { ...counts };
  for (const [site, c] of Object.entries(more) as [Site, NotHeldCounts][]) {
    const prev = out[site] ?? { tooFast: 0, overCap: 0 };
    out[site] = { tooFast: prev.tooFast + c.tooFast, overCap: prev.overCap + c.overCap };
  }
  return out;
}

/** How many notifications were not held in all. */
export function totalNotHeld(counts: NotHeld): number {
  return Object.values(counts).reduce((sum, c) => sum + c.tooFast + c.overCap, 0);
}

/** One line per site for the digest: "Slack: 4,970 came too fast to hold (the page showed them); 12 not kept (500 were waiting)". */
export function describeNotHeld(counts: NotHeld, labels: Readonly<Record<Site, string>>, maxWaiting: number): string[] {
  return (Object.entries(counts) as [Site, NotHeldCounts][])
    .filter(([, c]) => c.tooFast + c.overCap > 0)
    .map(([site, c]) => {
      const parts = [
        c.tooFast ? `${c.tooFast.toLocaleString('en')} came too fast to hold (the page showed them)` : '',
        c.overCap ? `${c.overCap.toLocaleString('en')} not kept (${maxWaiting} were already waiting)` : '',
      ];
      return `${labels[site]}: ${parts.filter(Boolean).join('; ')}`;
    });
}
