/*
 * Which origins each covered site is served from, and their match patterns: plain data with no
 * imports, so content scripts that only need their matches (the notification bridge runs in every
 * frame) do not bundle the schema library with them. sites.ts builds on this.
 */
export type SiteId = 'slack' | 'gmail' | 'calendar' | 'teams' | 'outlook';

export const ORIGINS: Record<string, SiteId> = {
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
export function siteMatches(site: SiteId): string[] {
  return Object.keys(ORIGINS)
    .filter((origin) => ORIGINS[origin] === site)
    .map((origin) => `${origin}/*`);
}
