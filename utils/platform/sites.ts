import { z } from './zod';

/** The host apps Focusgate covers. */
export const SITES = ['slack', 'gmail', 'calendar'] as const;
export const siteSchema = z.enum(SITES);
export type Site = z.infer<typeof siteSchema>;

export const SITE_LABELS: Record<Site, string> = {
  slack: 'Slack',
  gmail: 'Gmail',
  calendar: 'Calendar',
};

const ORIGINS: Record<string, Site> = {
  'https://app.slack.com': 'slack',
  'https://mail.google.com': 'gmail',
  'https://calendar.google.com': 'calendar',
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
