import { z } from './zod';

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

const ORIGINS: Record<string, Site> = {
  'https://app.slack.com': 'slack',
  'https://mail.google.com': 'gmail',
  'https://calendar.google.com': 'calendar',
  // Teams: the new web client, its older address, Teams free (personal accounts).
  'https://teams.cloud.microsoft': 'teams',
  'https://teams.microsoft.com': 'teams',
  'https://teams.live.com': 'teams',
  // Outlook: work accounts (office.com redirects to cloud.microsoft; office365.com still serves), personal ones.
  'https://outlook.cloud.microsoft': 'outlook',
  'https://outlook.office.com': 'outlook',
  'https://outlook.office365.com': 'outlook',
  'https://outlook.live.com': 'outlook',
};

/** The match patterns of every covered site (the notification guard and bridge run on all). */
export function allSiteMatches(): string[] {
  return Object.keys(ORIGINS).map((origin) => `${origin}/*`);
}

/** The match patterns (content scripts) of one site: each of its origins, every path. */
export function siteMatches(site: Site): string[] {
  return Object.keys(ORIGINS)
    .filter((origin) => ORIGINS[origin] === site)
    .map((origin) => `${origin}/*`);
}

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
