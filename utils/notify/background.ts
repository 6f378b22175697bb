import { browser } from '#imports';
import Dexie from 'dexie';
import { DB_NAME, declareSchema, type FocusgateDb } from '../platform/db/database';
import type { HeldNotification } from '../platform/db/records';
import { focusStateItem } from '../focus/state-item';
import type { FocusState, Res } from '../platform/messaging/protocol';
import type { MessageSender } from '../platform/messaging/router';
import {
  breakthroughRule,
  digestSummary,
  expiryCutoffs,
  MAX_PENDING_PER_SITE,
  nextDigestTime,
  repeatWindowStart,
  replacedByTag,
  returnUrl,
  senderKey,
  supersededByTag,
} from './policy';
import { createRateLimiter } from '../platform/rate-limit';
import { addNotHeld, notHeldItem, type NotHeld } from './not-held';
import { getSettings, watchSettings } from '../platform/settings/storage';
import { siteFromUrl, siteHome, type Site } from '../platform/sites';
import { recordEvents } from '../stats/background/events';
import type { BackgroundModule } from '../platform/background/module';
import { createSerial } from '../platform/background/serial';
import type { Signal } from '../platform/background/signal';

/** Digest notifications are created as `<prefix>-<time>`; a click opens digest.html. */
export const DIGEST_NOTIFICATION = 'focusgate-digest';
/** One-shot: fires at the next of the user's summary times (settings.digestTimes). */
export const DIGEST_TIME_ALARM = 'notify-digest-time';
/** Hourly: deletes held content a day after it was seen or past the retention period. */
export const CLEANUP_ALARM = 'notify-cleanup';
/** "Was anything urgent?" is asked about breakthroughs this recent. */
const BREAKTHROUGH_LOOKBACK_MS = 24 * 60 * 60 * 1000;
/** With this many notifications waiting for the queue, the next ones are shown: other tabs must not time out. */
export const MAX_QUEUED = 50;
/** The digest page reads held items this many at a time, and marks at most this many seen per message. */
export const HELD_PAGE = 200;

let durable: FocusgateDb | undefined;

/**
 * A connection of its own whose write transactions are durable: Chrome commits them only once
 * they are on disk ('strict'), so a held notification survives a crash right after "hold".
 */
function durableDb(): FocusgateDb {
  if (!durable) {
    durable = new Dexie(DB_NAME, { chromeTransactionDurability: 'strict' }) as FocusgateDb;
    declareSchema(durable);
  }
  return durable;
}

/**
 * The covered site a notification comes from, from what the browser reports about the sender.
 * An about:blank or srcdoc frame (a page can take a fresh constructor from one) has no URL of
 * its own and belongs to its tab's site; a blob: frame has its creator's origin but no URL worth
 * returning to. Either way the tab's URL (visible through host permissions) is where to go back.
 */
async function senderSite(sender: MessageSender): Promise<{ site: Site | null; url?: string }> {
  if (sender.fromExtensionPage || !sender.url) return { site: null };
  const own = siteFromUrl(sender.url);
  if (own && sender.url.startsWith('https:')) return { site: own, url: sender.url };
  if ((!own && !sender.url.startsWith('about:')) || sender.tabId === undefined) return { site: own };
  try {
    const tab = await browser.tabs.get(sender.tabId);
    const site = own ?? siteFromUrl(tab.url);
    return site && siteFromUrl(tab.url) === site ? { site, url: tab.url } : { site };
  } catch {
    return { site: own };
  }
}

/** The origin of a URL, or null when it is not one. */
function originOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

/** A sender's frame and tab: each gets its own rate-limit bucket. */
const frameKey = (sender: MessageSender) => `${sender.tabId ?? -1}:${sender.frameId ?? 0}`;

export interface NotificationsModuleOptions {
  db?: () => FocusgateDb;
  /** Requests a tab's frame may make: 30 a minute, in bursts of 30 (see NOTIFY_RATE). */
  rateLimit?: Parameters<typeof createRateLimiter>[0];
  /** Held items that may wait per site. */
  maxPendingPerSite?: number;
  /** The focus module's announcements: the digest goes out when focus ends. */
  focusChanges?: Pick<Signal<FocusState>, 'subscribe'>;
}

/** When the last digest went out: everything held after it is pending. */
async function lastDeliveryAt(d: FocusgateDb): Promise<number> {
  const last = await d.events.where('[kind+at]').between(['digest-delivered', Dexie.minKey], ['digest-delivered', Dexie.maxKey]).last();
  return last?.at ?? -Infinity;
}

export interface NotificationsModule extends BackgroundModule {
  /** Delivers the digest when items wait and no focus runs (or at a summary time, `force`). */
  deliverDigest(force?: boolean): Promise<string | null>;
}

export function createNotificationsModule(options: NotificationsModuleOptions = {}): NotificationsModule {
  const db = options.db ?? durableDb;
  const maxPending = options.maxPendingPerSite ?? MAX_PENDING_PER_SITE;

  const serial = createSerial();
  // Each tab's frame gets its own bucket; beyond it requests are answered at once, unwritten.
  const limiter = createRateLimiter(options.rateLimit);
  // Lists and tag replacements outside focus (no hold): a bucket of their own, the same rate.
  const lookups = createRateLimiter(options.rateLimit);
  let queued = 0;

  // Not-held counts are added up in memory and written once the burst is over.
  let notHeld: NotHeld = {};
  let flushing: ReturnType<typeof setTimeout> | undefined;
  const countNotHeld = (site: Site, field: 'tooFast' | 'overCap', count = 1) => {
    notHeld = addNotHeld(notHeld, { [site]: { tooFast: 0, overCap: 0, [field]: count } });
    flushing ??= setTimeout(() => void flushNotHeld().catch((e) => console.error('[focusgate] not-held counts', e)), 500);
  };
  const flushNotHeld = async () => {
    clearTimeout(flushing);
    flushing = undefined;
    const add = notHeld;
    notHeld = {};
    if (Object.keys(add).length) await notHeldItem.setValue(addNotHeld(await notHeldItem.getValue(), add));
  };

  /**
   * The digest is derived from the data: undelivered held items and no running focus. It is
   * marked delivered and counted in one transaction before the browser notification is raised,
   * so two triggers at once (start-up and a state change) cannot deliver the same items twice.
   */
  const deliverDigest = (force = false) =>
    serial(async () => {
      if (!force && (await focusStateItem.getValue()).active) return null;
      const d = db();
      const now = Date.now();
      const delivered = await d.transaction('rw', d.held, d.events, d.rollups, async () => {
        const pending = await d.held.where('at').above(await lastDeliveryAt(d)).filter((h) => h.deliveredAt === undefined).toArray();
        if (!pending.length) return [];
        // Delivered, a service-worker notification is no longer listed: its options go.
        await d.held.bulkPut(pending.map(({ persistent: _listed, ...h }) => ({ ...h, deliveredAt: now })));
        await recordEvents([{ kind: 'digest-delivered', site: 'extension', at: now, data: { count: pending.length } }], d);
        return pending;
      });
      // What the apps closed meanwhile is on the digest page, but not announced.
      const summary = digestSummary(delivered.filter((h) => h.closedAt === undefined));
      if (!summary) return null;
      const id = `${DIGEST_NOTIFICATION}-${now}`;
      try {
        await browser.notifications.create(id, {
          type: 'basic',
          iconUrl: browser.runtime.getURL('/icon/128.png'),
          title: 'Focusgate',
          message: summary,
          contextMessage: 'Click to see them all',
        });
      } catch (e) {
        console.warn('[focusgate] digest notification', e); // the digest page still lists them
      }
      return summary;
    });

  /**
   * Points the alarm at the next summary time. Until it has fired, an alarm already due (missed
   * while the browser was closed, fired by Chrome soon after start) is left alone: its firing
   * delivers, then aims again.
   */
  async function aimDigestAlarm(fired = false): Promise<void> {
    const now = Date.now();
    const next = nextDigestTime((await getSettings()).digestTimes, now);
    const existing = await browser.alarms.get(DIGEST_TIME_ALARM);
    if (!fired && existing && existing.scheduledTime <= now) return;
    if (next === null) {
      if (existing) await browser.alarms.clear(DIGEST_TIME_ALARM);
    } else if (existing?.scheduledTime !== next) {
      await browser.alarms.create(DIGEST_TIME_ALARM, { when: next });
    }
  }

  async function cleanUp(): Promise<void> {
    const { retentionDays } = await getSettings();
    const d = db();
    const { seenBefore, heldBefore } = expiryCutoffs(Date.now(), retentionDays);
    await d.transaction('rw', d.held, async () => {
      const keys = [...(await d.held.where('seenAt').belowOrEqual(seenBefore).primaryKeys()), ...(await d.held.where('at').belowOrEqual(heldBefore).primaryKeys())];
      if (keys.length) await d.held.bulkDelete([...new Set(keys)]);
    });
  }

  async function focusTab(item: HeldNotification): Promise<boolean> {
    if (item.tabId === undefined) return false;
    try {
      // With host permissions the tab's URL is visible for the covered sites only: same site, same tab.
      const tab = await browser.tabs.get(item.tabId);
      if (siteFromUrl(tab.url) !== item.site || tab.id === undefined) return false;
      await browser.tabs.update(tab.id, { active: true });
      await browser.windows.update(tab.windowId, { focused: true });
      return true;
    } catch {
      return false; // closed since
    }
  }

  return {
    name: 'notifications',
    alarms: [{ name: CLEANUP_ALARM, periodInMinutes: 60 }],

    listen() {
      browser.notifications.onClicked.addListener((id) => {
        if (!id.startsWith(DIGEST_NOTIFICATION)) return;
        void browser.tabs.create({ url: browser.runtime.getURL('/digest.html') });
        void browser.notifications.clear(id);
      });
      options.focusChanges?.subscribe((state) => {
        if (!state.active) void deliverDigest().catch((e) => console.error('[focusgate] digest', e));
      });
      watchSettings(() => void aimDigestAlarm().catch((e) => console.error('[focusgate] digest alarm', e)));
    },

    deliverDigest,

    async onStart() {
      await deliverDigest();
      await aimDigestAlarm();
      await cleanUp();
    },

    async onAlarm(name) {
      if (name === DIGEST_TIME_ALARM) {
        await deliverDigest(true);
        await aimDigestAlarm(true);
      } else if (name === CLEANUP_ALARM) {
        await cleanUp();
      }
    },

    handlers: {
      notify: async ({ title, body, tag, persistent }, sender): Promise<Res<'notify'>> => {
        // The site is where the content script runs, as the browser reports it; never page data.
        const { site, url } = await senderSite(sender);
        if (!site) throw new Error('Notifications are only taken from the covered sites');
        // Too fast for one frame, or too many waiting: shown at once, nothing written.
        const withinRate = limiter.take(frameKey(sender), Date.now());
        if (!withinRate || queued >= MAX_QUEUED) {
          if ((await focusStateItem.getValue()).active) countNotHeld(site, 'tooFast');
          return { action: 'show' };
        }
        const tabId = sender.tabId !== undefined && sender.tabId >= 0 ? sender.tabId : undefined;
        queued++;
        // In the digest's queue: a hold that read "focus on" is written before a digest triggered
        // by focus ending meanwhile reads what is pending, so it goes out with that digest.
        return serial(async (): Promise<Res<'notify'>> => {
          const now = Date.now();
          const d = db();
          const state = await focusStateItem.getValue();
          const blockId = state.blockId ?? undefined;
          if (!state.active) {
            await recordEvents([{ kind: 'notification-shown', site, at: now }], d);
            return { action: 'show' };
          }
          const { breakthrough } = await getSettings();
          const from = senderKey(site, title);
          // Only this sender's rows in the window, and no more than the rule needs to decide.
          const earlier = await d.held
            .where('[sender+at]')
            .between([from, repeatWindowStart(now, breakthrough)], [from, now], true, true)
            .limit(breakthrough.repeatCount)
            .toArray();
          const rule = breakthroughRule({ site, title, body, at: now }, breakthrough, earlier);
          // A newer notification with the same tag replaces the held one, held or shown itself.
          const replaced = tag ? replacedByTag(await d.held.where('[site+tag]').equals([site, tag]).toArray(), { site, tag }) : [];
          if (rule) {
            await d.transaction('rw', d.held, d.events, d.rollups, async () => {
              await d.held.bulkDelete(replaced);
              await recordEvents([{ kind: 'notification-breakthrough', site, at: now, blockId, data: { rule } }], d);
            });
            return { action: 'show', rule };
          }
          const waiting = await d.held.where('[site+at]').between([site, await lastDeliveryAt(d)], [site, Dexie.maxKey], false, true).count();
          if (waiting >= maxPending) {
            countNotHeld(site, 'overCap');
            return { action: 'hold' };
          }
          const back = url ? returnUrl(site, url) : undefined;
          const item: HeldNotification = {
            id: crypto.randomUUID(),
            site,
            title,
            body,
            sender: from,
            at: now,
            ...(tag ? { tag } : {}),
            ...(tabId !== undefined ? { tabId } : {}),
            ...(back ? { url: back } : {}),
            ...(blockId ? { blockId } : {}),
            // Listed only for pages of the origin that showed it: a scope of another origin is dropped.
            ...(persistent && url && originOf(persistent.scope) === originOf(url) ? { persistent } : {}),
          };
          await d.transaction('rw', d.held, d.events, d.rollups, async () => {
            await d.held.bulkDelete(replaced);
            await d.held.add(item);
            await recordEvents([{ kind: 'notification-held', site, at: now, blockId }], d);
          });
          return { action: 'hold', id: item.id };
        }).finally(() => queued--);
      },

      // Marked, not dropped: an app may close on a timer (Teams, when its toast times out), and
      // the digest page still lists what it closed. Only the site that sent it can mark it;
      // already gone (replaced, cleaned up) is fine.
      dismissHeld: ({ id }, sender) =>
        serial(async () => {
          const { site } = await senderSite(sender);
          const d = db();
          const item = await d.held.get(id);
          if (item && site && item.site === site && item.closedAt === undefined) await d.held.update(id, { closedAt: Date.now() });
          return { ok: true as const };
        }),

      // In the digest's queue, after any hold or dismissal the same page sent before it.
      listHeldForScope: ({ scope }, sender) =>
        serial(async () => {
          const { site, url } = await senderSite(sender);
          const none = { items: [] };
          if (!site || !url || originOf(scope) !== originOf(url) || !lookups.take(frameKey(sender), Date.now())) return none;
          const d = db();
          const rows = await d.held
            .where('[site+at]')
            .between([site, await lastDeliveryAt(d)], [site, Dexie.maxKey], false, true)
            .filter((h) => h.persistent?.scope === scope && h.closedAt === undefined && h.deliveredAt === undefined)
            .toArray();
          return {
            items: rows.flatMap(({ id, title, body, tag, persistent }) => (persistent ? [{ id, title, body, persistent, ...(tag ? { tag } : {}) }] : [])),
          };
        }),

      supersedeHeld: ({ tag }, sender) =>
        serial(async () => {
          const { site } = await senderSite(sender);
          // During focus the page's notification comes through `notify`, which applies the tag rule.
          if (!site || (await focusStateItem.getValue()).active || !lookups.take(frameKey(sender), Date.now())) return { ok: true as const };
          const d = db();
          const gone = supersededByTag(await d.held.where('[site+tag]').equals([site, tag]).toArray(), { site, tag });
          if (gone.length) await d.held.bulkDelete(gone);
          return { ok: true as const };
        }),

      async notHeldInFrame({ count }, sender) {
        const { site } = await senderSite(sender);
        if (site && (await focusStateItem.getValue()).active) countNotHeld(site, 'tooFast', count);
        return { ok: true as const };
      },

      async listHeld({ includeSeen, before }) {
        const d = db();
        const now = Date.now();
        // Newest first by time, then id: a page continues strictly after `before`.
        const items = await (before ? d.held.where('at').belowOrEqual(before.at) : d.held.orderBy('at'))
          .reverse()
          .filter((h) => (includeSeen || h.seenAt === undefined) && (!before || h.at < before.at || h.id < before.id))
          .limit(HELD_PAGE)
          .toArray();
        const last = items.length === HELD_PAGE ? items[items.length - 1]! : null;
        const events = before
          ? []
          : await d.events
              .where('[kind+at]')
              .between(['notification-breakthrough', now - BREAKTHROUGH_LOOKBACK_MS], ['notification-breakthrough', now], true, true)
              .reverse()
              .toArray();
        await flushNotHeld();
        return {
          items,
          next: last ? { at: last.at, id: last.id } : null,
          breakthroughs: events.map((e) => ({
            id: e.id,
            site: e.site,
            at: e.at,
            ...(e.data?.rule ? { rule: e.data.rule } : {}),
            ...(e.data?.urgent !== undefined ? { urgent: e.data.urgent } : {}),
          })),
          notHeld: before ? {} : await notHeldItem.getValue(),
        };
      },

      async markHeldSeen({ ids, notHeld: shown }) {
        const now = Date.now();
        await db()
          .held.where('id')
          .anyOf(ids)
          .modify((h) => {
            h.seenAt ??= now;
          });
        if (shown) await notHeldItem.setValue({});
        return { ok: true as const };
      },

      async openHeld({ id }) {
        const d = db();
        const item = await d.held.get(id);
        if (!item) throw new Error('This notification is no longer kept');
        const now = Date.now();
        await d.transaction('rw', d.held, d.events, d.rollups, async () => {
          await d.held.update(id, { seenAt: item.seenAt ?? now });
          await recordEvents([{ kind: 'digest-opened', site: item.site, at: now }], d);
        });
        if (!(await focusTab(item))) {
          const url = item.url && siteFromUrl(item.url) === item.site ? item.url : undefined;
          // Its tab is gone and its URL unknown: back to the site's home.
          await browser.tabs.create({ url: url ?? siteHome(item.site) });
        }
        return { ok: true as const };
      },

      async answerBreakthrough({ eventId, urgent }) {
        const d = db();
        const event = await d.events.get(eventId);
        if (event?.kind !== 'notification-breakthrough') throw new Error('No such breakthrough');
        await d.events.update(eventId, { data: { ...event.data, urgent } });
        return { ok: true as const };
      },
    },
  };
}
