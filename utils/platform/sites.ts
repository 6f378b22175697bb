import { z } from './zod';
import { ORIGINS } from './site-origins';

export { allSiteMatches, siteMatches } from './site-origins';

/** The host apps Focusgate covers. */
export const SITES = ['slack', 'gmail', 'calendar', 'teams', 'outlook'] as const;
export const siteSchema = z.enum(SITES);
export type Site = z.infer<typeof siteSchema>;

export const SITE_LABELS: Record<Site, string> = {
  slack: 'Slack',
  gmail: 'Gmail',
  calendar: 'Calendar',
  teams: 'Teams',
  outlook: 'Outlook',
};

/**
 * The site a URL belongs to, from its origin only (never from anything a page claims).
 * Returns null for any other origin or an unparsable URL.
 */
export function siteFromUrl(url: string | undefined | null): Site | null {
  if (!url) return null;
  try {
    return ORIGINS[new URL(url).origin] ?? null;
  } catch {
    return null;
  }
}
