import type { Feature } from '../platform/sites';

/*
 * Site health, as data: what a page's adapters found (reports from each frame of a tab), how
 * that reads as ok / partial / off, and how a day of it is summarised. No DOM, no extension
 * APIs: the probes that look at the page are in ./probe.ts, the background keeps the reports.
 */

export type HealthState = 'ok' | 'partial' | 'off';

export const MAX_CHAINS = 16;
export const MAX_LINKS = 8;
export const MAX_NODES = 120;

/** A class, role or attribute value the diagnostic may carry: letters, `_`, `-`, `:` only (and see ./structure.ts). */
export const TOKEN_RE = /^[A-Za-z_:-]{1,40}$/;
/** Attribute names the diagnostic keeps (structural hooks, never labels, names or ids). */
export const DIAGNOSTIC_ATTRIBUTES = [
  'role',
  'contenteditable',
  'data-qa',
  'data-tid',
  'g_editable',
  'data-app-section',
  'data-testid',
  'data-ms-editor',
  'data-shortcut-context',
  'data-viewfamily',
  'data-viewkey',
  'aria-haspopup',
  'aria-disabled',
  'type',
] as const;

/** One element of the diagnostic's structure (checked again by ./report.ts's schema). */
export interface StructureNode {
  depth: number;
  tag: string;
  /** Attribute values that are not plain tokens are withheld (''). */
  attrs?: Partial<Record<(typeof DIAGNOSTIC_ATTRIBUTES)[number], string>>;
  /** Classes the adapters' selectors use; the others are only counted. */
  classes?: string[];
  otherClasses?: number;
  /** Selector chains that matched this element, as "chain:link" ("composer:0"). */
  matched?: string[];
}

/** What each feature checks on a page. */
export const CHECKS = {
  /** Compose coach: the message box, its draft, its send control, the last rewrite. */
  compose: ['composer', 'draft', 'send', 'rewrite'],
  /** Meeting coach: an event editor, and which of its fields could be read. */
  meeting: ['editor', 'title', 'guests', 'time', 'description'],
  /** Notification batching: the page-world guard took this frame's line to the extension. */
  notify: ['guard'],
} as const satisfies Record<Feature, readonly string[]>;

export type Check = (typeof CHECKS)[Feature][number];

/**
 * One frame's latest word on one feature. A check is true (works), false (looked and failed)
 * or absent (not known yet: no compose window opened, no rewrite tried).
 * `chains` counts, per named selector chain, how often each link matched (primary first).
 */
export interface FeatureReport {
  feature: Feature;
  checks: Partial<Record<Check, boolean>>;
  chains: Record<string, number[]>;
}

/** A feature's verdict: `null` state when nothing is known yet (it has not been needed). */
export interface FeatureHealth {
  feature: Feature;
  state: HealthState | null;
  /** The checks that failed, in CHECKS order. */
  failed: Check[];
  /** Chains whose primary never matched while a fallback did: the page changed under us. */
  fallbacks: string[];
}

export interface SiteHealth {
  state: HealthState;
  features: FeatureHealth[];
  /** No content script has reported from this tab (opened before install, or blocked). */
  silent: boolean;
}

/** Chains whose primary selector never matched while a later one did. */
export function fallbackChains(chains: Record<string, number[]>): string[] {
  return Object.entries(chains)
    .filter(([, hits]) => (hits[0] ?? 0) === 0 && hits.slice(1).some((n) => n > 0))
    .map(([name]) => name)
    .sort();
}

/** The checks that decide whether a feature works at all (the rest make it partial). */
const ESSENTIAL: Record<Feature, Check> = { compose: 'composer', meeting: 'editor', notify: 'guard' };

/**
 * One feature's health from every frame of a tab that reported it. Frames are merged: a check
 * works if it worked in any frame (the composer lives in one frame, not all), except the guard,
 * which must be in place in every frame that has a bridge.
 */
export function featureHealth(feature: Feature, reports: readonly FeatureReport[]): FeatureHealth {
  const mine = reports.filter((r) => r.feature === feature);
  const merged: Partial<Record<Check, boolean>> = {};
  const chains: Record<string, number[]> = {};
  for (const r of mine) {
    for (const [check, value] of Object.entries(r.checks) as [Check, boolean][]) {
      const prev = merged[check];
      merged[check] = feature === 'notify' ? (prev ?? true) && value : prev === true || value;
    }
    for (const [name, hits] of Object.entries(r.chains)) {
      const sum = chains[name] ?? [];
      hits.forEach((n, i) => (sum[i] = (sum[i] ?? 0) + n));
      chains[name] = sum;
    }
  }
  const failed = CHECKS[feature].filter((c: Check) => merged[c] === false);
  const essential = merged[ESSENTIAL[feature]];
  const anyOther = CHECKS[feature].some((c: Check) => c !== ESSENTIAL[feature] && merged[c] === true);
  let state: HealthState | null;
  if (essential === undefined) state = null;
  else if (!essential) state = 'off';
  else if (!failed.length) state = 'ok';
  // An editor found whose fields none can be read is an editor we cannot use.
  else state = feature === 'meeting' && !anyOther ? 'off' : 'partial';
  return { feature, state, failed, fallbacks: fallbackChains(chains) };
}

/**
 * A tab's health from its frames' reports, for the features its site has. The coaches decide:
 * the page is `off` when every coach that looked found nothing usable (a working notification
 * guard does not make a page whose coach is gone "partly working": nobody sees it), `partial`
 * when something works and something does not, `ok` when nothing failed. A page where no coach
 * has been needed yet (no compose window open) is `ok` as long as batching is.
 */
export function siteHealth(features: readonly Feature[], reports: readonly FeatureReport[]): SiteHealth {
  const all = features.map((f) => featureHealth(f, reports));
  if (!reports.length) return { state: 'off', features: all, silent: true };
  const coaches = all.filter((h) => h.feature !== 'notify' && h.state !== null);
  const notify = all.find((h) => h.feature === 'notify');
  let state: HealthState;
  if (coaches.length && coaches.every((h) => h.state === 'off')) state = 'off';
  else if (coaches.some((h) => h.state !== 'ok')) state = 'partial';
  // Batching without its guard: partial beside a working coach, nothing working without one.
  else if (notify?.state === 'off') state = coaches.length ? 'partial' : 'off';
  else state = 'ok';
  return { state, features: all, silent: false };
}

/** What a check is called in sentences. */
const CHECK_WORDS: Record<string, string> = {
  composer: 'message box',
  send: 'Send button',
  editor: 'event editor',
  guard: 'notification guard',
};

/** What a selector chain finds, in sentences (chains are named in the adapters' selector tables). */
const CHAIN_WORDS: Record<string, string> = {
  composer: 'message box',
  editor: 'message box',
  body: 'message box',
  send: 'Send button',
  frame: 'compose area',
  form: 'compose form',
  save: 'Save button',
  guestList: 'guest list',
  fullEditorBody: 'event editor',
  guestChip: 'guests',
  startTime: 'start time',
  startDate: 'start date',
};

/** What a selector chain finds, in words ("composer" → "message box"). */
export const chainWord = (name: string): string => CHAIN_WORDS[name] ?? name;

const list = (names: readonly string[], words: Record<string, string> = CHECK_WORDS) => names.map((n) => words[n] ?? n).join(', ');

/**
 * A tab that has not reported yet but runs Focusgate (or is still loading): its first report comes
 * once the page settles (utils/notify/bridge.ts PAGE_SETTLE_MS), a few seconds after it loads.
 */
export const CHECKING_TEXT = 'Checking this page (it reports a few seconds after it loads)';

/** The sentence the popup shows for a tab, in plain words. */
export function describeHealth(health: SiteHealth): string {
  if (health.silent) return 'Not working on this page (reload the tab to start Focusgate there)';
  const compose = health.features.find((h) => h.feature === 'compose');
  const meeting = health.features.find((h) => h.feature === 'meeting');
  const notify = health.features.find((h) => h.feature === 'notify');
  const parts: string[] = [];
  if (health.state === 'off') {
    const gone = [compose, meeting].filter((h) => h?.state === 'off').flatMap((h) => h!.failed.slice(0, 1));
    return `Not working on this page${gone.length ? ` (${list(gone)} not found)` : ''}`;
  }
  if (compose?.state === 'partial') {
    const f = compose.failed;
    if (f.includes('send') && !f.includes('draft')) parts.push('Coach reads drafts but cannot hold sends here (Send button not found)');
    else if (f.includes('draft')) parts.push('Coach finds the message box but cannot read drafts here');
    if (f.includes('rewrite')) parts.push('Coach active, but its last rewrite did not reach the message box');
  } else if (compose?.state === 'off') {
    parts.push('Coach not working on this page (message box not found)');
  }
  if (meeting?.state === 'partial') parts.push(`Meeting coach cannot read the ${list(meeting.failed)} here`);
  else if (meeting?.state === 'off') parts.push('Meeting coach not working on this page (event editor not found)');
  if (notify?.state === 'off') parts.push('Notifications are not batched on this page');
  if (!parts.length) parts.push(meeting && !compose ? 'Meeting coach active' : 'Coach active');
  return parts.join('. ');
}

/** A note on selectors running on their fallbacks, or null when every primary still matches. */
export function describeFallbacks(health: SiteHealth): string | null {
  const names = [...new Set(health.features.flatMap((h) => h.fallbacks))];
  return names.length ? `Page changed: found the ${list(names, CHAIN_WORDS)} through backup hooks` : null;
}

/** One site's day: how its pages were found, what failed and which chains ran on fallbacks. */
export interface HealthDay {
  day: string;
  site: string;
  /** How many times a page of the site was found in each state. */
  seen: Record<HealthState, number>;
  /** Failed checks, as "feature:check" ("compose:send"). */
  failed: string[];
  fallbacks: string[];
  /** Last time this row changed (epoch ms). */
  at: number;
}

const MAX_NAMES = 24;

/** Folds one observed tab state into its site's day row (new when there is none). */
export function foldHealthDay(row: HealthDay | undefined, day: string, site: string, health: SiteHealth, at: number): HealthDay {
  const base: HealthDay = row ?? { day, site, seen: { ok: 0, partial: 0, off: 0 }, failed: [], fallbacks: [], at };
  const failed = health.features.flatMap((h) => h.failed.map((c) => `${h.feature}:${c}`));
  const fallbacks = health.features.flatMap((h) => h.fallbacks);
  const union = (a: string[], b: string[]) => [...new Set([...a, ...b])].sort().slice(0, MAX_NAMES);
  return {
    day,
    site,
    seen: { ...base.seen, [health.state]: base.seen[health.state] + 1 },
    failed: union(base.failed, failed),
    fallbacks: union(base.fallbacks, fallbacks),
    at,
  };
}

/** The worst state a day saw. */
export function worstOf(seen: Record<HealthState, number>): HealthState {
  return seen.off ? 'off' : seen.partial ? 'partial' : 'ok';
}
