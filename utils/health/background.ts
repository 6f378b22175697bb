import { browser, storage } from '#imports';
import type { BackgroundModule } from '../platform/background/module';
import { createSerial } from '../platform/background/serial';
import { createRateLimiter } from '../platform/rate-limit';
import { getDb, type FocusgateDb } from '../platform/db/database';
import { matchesFor, SITE_TABLE, SITES, siteFromUrl, type Site } from '../platform/sites';
import { dayKey } from '../stats/day-key';
import { formatDiagnostic } from './diagnostic';
import { CHECKING_TEXT, describeFallbacks, describeHealth, foldHealthDay, siteHealth, type FeatureReport, type SiteHealth } from './model';
import { STARTED_MARK } from './presence';
import type { StructureNode } from './model';
import type { HealthReport } from './report';

/*
 * Site health in the background: every frame of a covered tab reports what its adapters found
 * (`reportHealth`, parsed against utils/health/report.ts by the router). Reports are kept per
 * tab in session storage (they describe open pages, not history), bounded, and rate-limited
 * per tab: the page is untrusted and could flood us. Each change of a tab's verdict is folded
 * into its site's day row in the database, for the options page's "Site health" section.
 */

/** Reports a tab may send per minute, in bursts as large; more are refused (probes send on change only). */
export const MAX_REPORTS_PER_MINUTE = 30;
export const MAX_FRAMES_PER_TAB = 24;
export const MAX_TABS = 64;
/** Days the options page shows, and how long day rows are kept. */
export const HEALTH_DAYS = 14;

interface FrameHealth {
  page: number;
  at: number;
  reports: FeatureReport[];
  structure?: StructureNode[];
}

interface TabHealth {
  site: Site;
  at: number;
  frames: Record<string, FrameHealth>;
  /** The verdict last folded into the day rows (state, failures, fallbacks), to fold changes only. */
  folded?: string;
}

type Tabs = Record<string, TabHealth>;

interface OpenTab {
  id?: number;
  url?: string;
  status?: string;
}

/** Reads the content-script world's mark in the tab's top frame; false where we cannot run (the reason to say so). */
function startedInTab(tabId: number): Promise<boolean> {
  return browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: (mark: string) => (globalThis as Record<string, unknown>)[mark] === true, args: [STARTED_MARK] }).then(
    (results) => results[0]?.result === true,
    () => false,
  );
}

export const tabHealthItem = storage.defineItem<Tabs>('session:siteHealth', { fallback: {} });

const FEATURES = new Map<Site, readonly ('compose' | 'meeting' | 'notify')[]>(SITE_TABLE.map((r) => [r.id, r.features]));

function healthOf(tab: TabHealth): SiteHealth {
  return siteHealth(FEATURES.get(tab.site) ?? [], Object.values(tab.frames).flatMap((f) => f.reports));
}

export interface SiteHealthOptions {
  db?: () => FocusgateDb;
  /** The open tabs of covered sites. */
  openTabs?: () => Promise<OpenTab[]>;
  /** Whether Focusgate's content scripts started in a tab's top frame (see ./presence.ts). */
  started?: (tabId: number) => Promise<boolean>;
  version?: () => string;
  now?: () => number;
}

export function createSiteHealthModule(options: SiteHealthOptions = {}): BackgroundModule {
  const db = options.db ?? getDb;
  const openTabs = options.openTabs ?? (() => browser.tabs.query({ url: matchesFor() }));
  const started = options.started ?? startedInTab;

  /** A tab that has not reported: still loading or settling (Focusgate runs there), or not running at all. */
  const startingIn = async (tabs: readonly OpenTab[]): Promise<boolean> => {
    for (const t of tabs) {
      if (t.status === 'loading' || (t.id !== undefined && (await started(t.id)))) return true;
    }
    return false;
  };
  const version = options.version ?? (() => browser.runtime.getManifest().version);
  const now = options.now ?? Date.now;
  const serial = createSerial();
  const limiter = createRateLimiter({ capacity: MAX_REPORTS_PER_MINUTE, perMinute: MAX_REPORTS_PER_MINUTE, maxSenders: MAX_TABS * 4 });

  async function fold(tab: TabHealth, health: SiteHealth): Promise<void> {
    const key = JSON.stringify([health.state, health.features.map((f) => [f.failed, f.fallbacks])]);
    if (tab.folded === key) return;
    tab.folded = key;
    const at = now();
    const day = dayKey(at);
    const table = db().health;
    await db().transaction('rw', table, async () => {
      await table.put(foldHealthDay(await table.get([day, tab.site]), day, tab.site, health, at));
    });
  }

  async function store(tabId: number, frameId: number, site: Site, report: HealthReport): Promise<void> {
    const tabs = await tabHealthItem.getValue();
    const key = String(tabId);
    let tab = tabs[key];
    // Another site in this tab, or the top document reloaded: the old frames are gone.
    if (!tab || tab.site !== site || (frameId === 0 && tab.frames['0'] && tab.frames['0'].page !== report.page)) {
      tab = { site, at: now(), frames: {} };
    }
    const frame = String(frameId);
    if (!tab.frames[frame] && Object.keys(tab.frames).length >= MAX_FRAMES_PER_TAB) return;
    const prev = tab.frames[frame];
    // A frame reports per feature: keep its other features' latest word.
    const reports = prev && prev.page === report.page ? prev.reports.filter((r) => !report.reports.some((n) => n.feature === r.feature)) : [];
    tab.frames[frame] = {
      page: report.page,
      at: now(),
      reports: [...reports, ...report.reports],
      ...(report.structure ? { structure: report.structure } : prev?.page === report.page && prev.structure ? { structure: prev.structure } : {}),
    };
    tab.at = now();
    tabs[key] = tab;
    const keys = Object.keys(tabs).sort((a, b) => tabs[b]!.at - tabs[a]!.at);
    for (const old of keys.slice(MAX_TABS)) delete tabs[old];
    await fold(tab, healthOf(tab));
    await tabHealthItem.setValue(tabs);
  }

  return {
    name: 'site-health',
    listen() {
      browser.tabs.onRemoved.addListener((tabId) => {
        void serial(async () => {
          const tabs = await tabHealthItem.getValue();
          if (!tabs[tabId]) return;
          delete tabs[tabId];
          await tabHealthItem.setValue(tabs);
        });
      });
    },
    handlers: {
      async reportHealth(report, sender) {
        const site = siteFromUrl(sender.url);
        if (!site || sender.tabId === undefined || sender.tabId < 0) throw new Error('Health is reported from a covered site’s tab');
        if (!limiter.take(String(sender.tabId), now())) throw new Error('Too many health reports from this tab');
        await serial(() => store(sender.tabId!, sender.frameId ?? 0, site, report));
        return { ok: true as const };
      },
      async getSiteHealth() {
        const [tabs, open] = await Promise.all([tabHealthItem.getValue(), openTabs()]);
        const bySite = new Map<Site, TabHealth | null>();
        for (const t of open) {
          const site = siteFromUrl(t.url);
          if (!site) continue;
          const known = t.id !== undefined ? tabs[String(t.id)] : undefined;
          const mine = known?.site === site ? known : null;
          const best = bySite.get(site);
          // The most recently reporting tab of a site speaks for it; a silent tab only when no other reported.
          if (best === undefined || (mine && (!best || mine.at > best.at))) bySite.set(site, mine);
        }
        const sites = SITES.filter((s) => bySite.has(s));
        // A site none of whose tabs reported: is any of them still starting?
        const checking = await Promise.all(sites.map((site) => !bySite.get(site) && startingIn(open.filter((t) => siteFromUrl(t.url) === site))));
        return {
          sites: sites.map((site, i) => {
            const tab = bySite.get(site) ?? null;
            const health = tab ? healthOf(tab) : siteHealth(FEATURES.get(site) ?? [], []);
            const frames = tab ? Object.values(tab.frames) : [];
            const structure = frames.find((f) => f.structure?.length)?.structure ?? [];
            const reports = frames.flatMap((f) => f.reports);
            return {
              site,
              ...(checking[i] ? { state: 'checking' as const, text: CHECKING_TEXT, note: null } : { state: health.state, text: describeHealth(health), note: describeFallbacks(health) }),
              diagnostic: formatDiagnostic({ site, version: version(), health, reports, structure }),
            };
          }),
        };
      },
      async getHealthDays({ days }) {
        const from = dayKey(now() - (days - 1) * 86_400_000);
        const rows = await db().health.where('day').aboveOrEqual(from).toArray();
        return { days: rows.sort((a, b) => b.day.localeCompare(a.day) || SITES.indexOf(a.site as Site) - SITES.indexOf(b.site as Site)) };
      },
    },
    async onStart() {
      // Day rows older than what the options page shows are not kept.
      await db().health.where('day').below(dayKey(now() - HEALTH_DAYS * 86_400_000)).delete();
    },
  };
}
