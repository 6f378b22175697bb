import type { BreakthroughRule } from '../platform/db/records';
import { accountSegments, isChatSite, SITE_LABELS, SITES, type Site } from '../platform/sites';

/*
 * The batching policy, as pure functions: what breaks through during focus, which held items a
 * new one replaces, what the digest says, how items are grouped, when content is deleted.
 * Data in, data out: no DOM, no `browser`, no clock (callers pass `now`).
 */

export interface BreakthroughRules {
  vipSenders: readonly string[];
  keywords: readonly string[];
  /** The Nth notification from one sender inside the window breaks through (N ≥ 2). */
  repeatCount: number;
  repeatWindowMinutes: number;
}

export interface IncomingNotification {
  site: Site;
  title: string;
  body: string;
  at: number;
}

/** An earlier notification from this focus session (held or shown): only who and when matter. */
export interface EarlierNotification {
  site: Site;
  title: string;
  at: number;
}

export const SEEN_KEEP_MS = 24 * 60 * 60 * 1000;
const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}

/**
 * Who a notification is from. Chat apps put the person's name in the title, so the title alone
 * identifies them; elsewhere (mail, calendar) the title is only meaningful within its site.
 */
export function senderKey(site: Site, title: string): string {
  return isChatSite(site) ? `chat:${normalise(title)}` : `${site}:${normalise(title)}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches `term` as a whole word (letters/digits on neither side), case-insensitively. */
export function wordPattern(term: string): RegExp | null {
  const t = normalise(term);
  if (!t) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(t).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}_])`, 'iu');
}

function matchesAny(text: string, terms: readonly string[]): boolean {
  const hay = normalise(text);
  return terms.some((t) => wordPattern(t)?.test(hay) ?? false);
}

/**
 * Whether a notification raised during focus is shown at once, and by which rule:
 * a VIP sender (whole words of the title), a keyword (whole words of title or body), or the
 * `repeatCount`-th notification from the same sender within `repeatWindowMinutes`.
 * Returns null when it should be held.
 */
export function breakthroughRule(
  n: IncomingNotification,
  rules: BreakthroughRules,
  earlier: readonly EarlierNotification[],
): BreakthroughRule | null {
  if (matchesAny(n.title, rules.vipSenders)) return 'vip';
  if (matchesAny(`${n.title}\n${n.body}`, rules.keywords)) return 'keyword';
  const key = senderKey(n.site, n.title);
  const since = n.at - rules.repeatWindowMinutes * MINUTE;
  const repeats = earlier.filter((e) => e.at >= since && e.at <= n.at && senderKey(e.site, e.title) === key).length;
  return repeats + 1 >= rules.repeatCount ? 'repeat' : null;
}

/** The earliest time earlier notifications must reach back to for the repeat rule. */
export function repeatWindowStart(at: number, rules: Pick<BreakthroughRules, 'repeatWindowMinutes'>): number {
  return at - rules.repeatWindowMinutes * MINUTE;
}

export interface TaggedItem {
  id: string;
  site: Site;
  tag?: string;
  deliveredAt?: number;
  seenAt?: number;
}

/**
 * The held items a new notification replaces, as the browser would: same non-empty tag on the
 * same site, not yet delivered in a digest (a delivered one is history, not a pending alert).
 */
export function replacedByTag(existing: readonly TaggedItem[], incoming: { site: Site; tag?: string }): string[] {
  if (!incoming.tag) return [];
  return existing.filter((e) => e.site === incoming.site && e.tag === incoming.tag && e.deliveredAt === undefined).map((e) => e.id);
}

/**
 * After focus, the page shows a notification with a tag Focusgate still holds one under: the
 * browser's tag rule makes the new one replace it, so the held one leaves the digest (same site,
 * same tag, not yet seen there; once seen, it is history). An empty tag replaces nothing.
 */
export function supersededByTag(existing: readonly TaggedItem[], incoming: { site: Site; tag: string }): string[] {
  if (!incoming.tag) return [];
  return existing.filter((e) => e.site === incoming.site && e.tag === incoming.tag && e.seenAt === undefined).map((e) => e.id);
}

/** "While you focused: 7 Slack, 2 Gmail, 1 Calendar" — most first; null when nothing was held. */
export function digestSummary(items: readonly { site: Site }[]): string | null {
  if (!items.length) return null;
  const counts = new Map<Site, number>();
  for (const i of items) counts.set(i.site, (counts.get(i.site) ?? 0) + 1);
  const parts = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || SITES.indexOf(a[0]) - SITES.indexOf(b[0]))
    .map(([site, n]) => `${n} ${SITE_LABELS[site]}`);
  return `While you focused: ${parts.join(', ')}`;
}

/**
 * Held content must go a day after being seen, or once older than the retention period: held
 * items seen at or before `seenBefore`, or held at or before `heldBefore`, are expired.
 */
export function expiryCutoffs(now: number, retentionDays: number): { seenBefore: number; heldBefore: number } {
  return { seenBefore: now - SEEN_KEEP_MS, heldBefore: now - retentionDays * DAY };
}

/** At most this many held items wait per site; beyond it new ones are counted, not kept. */
export const MAX_PENDING_PER_SITE = 500;

/**
 * What a held row keeps of its tab's URL: the origin and the leading path segments that pick the
 * account or workspace, never a message, thread or channel id. Enough to open the right app
 * again when the tab is gone.
 */
export function returnUrl(site: Site, url: string): string | undefined {
  try {
    const u = new URL(url);
    const segments = u.pathname.split('/').filter(Boolean).slice(0, accountSegments(site));
    return `${u.origin}/${segments.map((s) => `${s}/`).join('')}`;
  } catch {
    return undefined;
  }
}

export interface GroupableItem {
  id: string;
  site: Site;
  title: string;
  at: number;
}

export interface SenderGroup<T> {
  sender: string;
  items: T[];
}
export interface SiteGroup<T> {
  site: Site;
  senders: SenderGroup<T>[];
}

/**
 * Groups items by site, then by sender (the title), newest first at every level: the site and
 * the sender with the most recent item come first, and items inside a sender are newest first.
 */
export function groupHeld<T extends GroupableItem>(items: readonly T[]): SiteGroup<T>[] {
  const sorted = [...items].sort((a, b) => b.at - a.at || a.id.localeCompare(b.id));
  const sites = new Map<Site, Map<string, SenderGroup<T>>>();
  for (const item of sorted) {
    let senders = sites.get(item.site);
    if (!senders) sites.set(item.site, (senders = new Map()));
    const key = senderKey(item.site, item.title);
    let group = senders.get(key);
    if (!group) senders.set(key, (group = { sender: item.title.trim() || '(no title)', items: [] }));
    group.items.push(item);
  }
  return [...sites.entries()].map(([site, senders]) => ({ site, senders: [...senders.values()] }));
}

/**
 * The next summary time after `now` among "HH:MM" local times, as epoch ms; null when none.
 * Built from local calendar fields, so daylight-saving shifts keep the wall-clock time.
 */
export function nextDigestTime(times: readonly string[], now: number): number | null {
  const d = new Date(now);
  let best: number | null = null;
  for (const t of times) {
    const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(t);
    if (!m) continue;
    for (const dayOffset of [0, 1]) {
      const at = new Date(d.getFullYear(), d.getMonth(), d.getDate() + dayOffset, Number(m[1]), Number(m[2])).getTime();
      if (at > now) {
        if (best === null || at < best) best = at;
        break;
      }
    }
  }
  return best;
}
