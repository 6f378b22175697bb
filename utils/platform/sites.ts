/*
 * The sites Focusgate works on, as data: the one place a host name is written. The manifest's
 * host permissions and web-accessible matches (wxt.config.ts), every content script's matches,
 * the settings (one coach switch per site), the notification policy, the digest's "go back"
 * links and every label derive from this table. Adding a site is adding a row; its features
 * still need the adapter that knows its page (utils/compose/hosts, utils/meeting).
 *
 * No imports and no side effects: WXT evaluates wxt.config.ts and the entrypoints in Node at build
 * time, and the page-world guard takes its matches from here, so this stays plain data.
 */

/** What runs on a site: the compose coach, the meeting coach, notification batching. */
export type Feature = 'compose' | 'meeting' | 'notify';

export interface SiteRow {
  readonly id: string;
  /** Short name, in the options page, stats figures and digest headings ("3 Slack"). */
  readonly label: string;
  /** The product's full name, in sentences ("an open Google Calendar tab"). */
  readonly name: string;
  /** Every origin the site's web app is served from (scheme and host, no path). */
  readonly origins: readonly string[];
  /** Where to go back to when the tab a held notification came from is gone. */
  readonly home: string;
  /**
   * How many leading path segments of its URLs pick the account or workspace (`/mail/u/0`,
   * `/client/T123`): a held notification keeps only those to go back to, never a message,
   * thread or channel id. None: the origin alone.
   */
  readonly accountSegments?: number;
  readonly features: readonly Feature[];
  /** Its notifications carry the person's name as the title (chat apps), so the title says who. */
  readonly chat?: boolean;
}

export const SITE_TABLE = [
  {
    id: 'slack',
    label: 'Slack',
    name: 'Slack',
    origins: ['https://app.slack.com'],
    home: 'https://app.slack.com/',
    accountSegments: 2,
    features: ['compose', 'notify'],
    chat: true,
  },
  {
    id: 'gmail',
    label: 'Gmail',
    name: 'Gmail',
    origins: ['https://mail.google.com'],
    home: 'https://mail.google.com/',
    accountSegments: 3,
    features: ['compose', 'notify'],
  },
  {
    id: 'calendar',
    label: 'Calendar',
    name: 'Google Calendar',
    origins: ['https://calendar.google.com'],
    home: 'https://calendar.google.com/',
    accountSegments: 3,
    features: ['meeting', 'notify'],
  },
  {
    id: 'teams',
    label: 'Teams',
    name: 'Teams',
    // The new web client, its older address, Teams free (personal accounts).
    origins: ['https://teams.cloud.microsoft', 'https://teams.microsoft.com', 'https://teams.live.com'],
    home: 'https://teams.cloud.microsoft/',
    features: ['compose', 'notify'],
    chat: true,
  },
  {
    id: 'outlook',
    label: 'Outlook',
    name: 'Outlook',
    // Work accounts (office.com redirects to cloud.microsoft; office365.com still serves), personal ones.
    origins: [
      'https://outlook.cloud.microsoft',
      'https://outlook.office.com',
      'https://outlook.office365.com',
      'https://outlook.live.com',
    ],
    home: 'https://outlook.cloud.microsoft/',
    features: ['compose', 'meeting', 'notify'],
  },
] as const satisfies readonly SiteRow[];

type Row = (typeof SITE_TABLE)[number];
export type Site = Row['id'];

/** Every site id, in table order (the order lists and groups show them in). */
export const SITES = SITE_TABLE.map((row) => row.id) as [Site, ...Site[]];

const ROWS = new Map<Site, SiteRow>(SITE_TABLE.map((row) => [row.id, row]));
const row = (site: Site): SiteRow => ROWS.get(site)!;

export const SITE_LABELS = Object.fromEntries(SITE_TABLE.map((r) => [r.id, r.label])) as Record<Site, string>;

/** The sites a feature runs on, in table order. */
export function sitesWith(feature: Feature): Site[] {
  return SITE_TABLE.filter((r: SiteRow) => r.features.includes(feature)).map((r) => r.id);
}

/** The match patterns (content scripts, host permissions) of one site: each origin, every path. */
export function siteMatches(site: Site): string[] {
  return row(site).origins.map((origin) => `${origin}/*`);
}

/** The match patterns of every site a feature runs on; of every site without a feature. */
export function matchesFor(feature?: Feature): string[] {
  return (feature ? sitesWith(feature) : SITES).flatMap(siteMatches);
}

/**
 * The match patterns of a content script, by its entrypoint name: a site's own script
 * (entrypoints/<site>.content) matches that site, the notification scripts (notify-*) every site
 * with notifications; undefined for any other name. wxt.config.ts sets them at build time, so the
 * scripts carry no site table at run time (they would need it only for the manifest).
 */
export function contentScriptMatches(entrypoint: string): string[] | undefined {
  if ((SITES as readonly string[]).includes(entrypoint)) return siteMatches(entrypoint as Site);
  return entrypoint.startsWith('notify-') ? matchesFor('notify') : undefined;
}

/** The host names a site is served from ("teams.microsoft.com"), from its origins. */
export function siteHosts(site: Site): string[] {
  return row(site).origins.map((origin) => origin.replace(/^https:\/\//, ''));
}

export function siteHome(site: Site): string {
  return row(site).home;
}

/** How many leading path segments pick the account or workspace on a site (see `SiteRow.accountSegments`). */
export function accountSegments(site: Site): number {
  return row(site).accountSegments ?? 0;
}

/** The full names of the sites a feature runs on, as prose: "Slack, Gmail or Google Calendar". */
export function siteNames(feature: Feature, conjunction = 'or'): string {
  const names = sitesWith(feature).map((site) => row(site).name);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} ${conjunction} ${names.at(-1)}` : (names[0] ?? '');
}

/** Whether the site's notification titles name the person (chat apps). */
export function isChatSite(site: Site): boolean {
  return row(site).chat === true;
}

/** One value per site, in table order, e.g. the default coach switches. */
export function perSite<T>(value: (site: Site) => T): Record<Site, T> {
  return Object.fromEntries(SITES.map((site) => [site, value(site)])) as Record<Site, T>;
}

const BY_ORIGIN = new Map<string, Site>(SITE_TABLE.flatMap((r) => r.origins.map((origin) => [origin, r.id] as const)));

/**
 * The site a URL belongs to, from its origin only (never from anything a page claims).
 * Returns null for any other origin or an unparsable URL.
 */
export function siteFromUrl(url: string | undefined | null): Site | null {
  if (!url) return null;
  try {
    return BY_ORIGIN.get(new URL(url).origin) ?? null;
  } catch {
    return null;
  }
}
