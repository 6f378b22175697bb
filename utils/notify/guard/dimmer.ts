/*
 * Unread counters during focus: strips them from the tab title and holds back
 * `navigator.setAppBadge`, then puts back whatever the page last asked for. Top frame only.
 */

import type { GuardLink } from './link';
import { redefine, wrap, type Fn, type Win } from './native';

const COUNTER = /\s*\(\d[\d,.\u00a0\u202f]{0,8}\+?\)/g;

/** "(3) Slack" → "Slack", "Inbox (3) - a@b.c - Gmail" → "Inbox - a@b.c - Gmail". */
export function dimTitle(title: string): string {
  return title.replace(COUNTER, '').replace(/\s{2,}/g, ' ').trim();
}

/** Dims while focus is on, from the first line when the guard starts in the focus-on variant. */
export function installDimmer(win: Win, link: GuardLink): void {
  const doc = win.document;
  let raw: string | null = null; // the page's own title while we show a dimmed one
  let written: string | null = null;
  let observer: MutationObserver | null = null;
  let title: HTMLTitleElement | null = null;

  const apply = () => {
    const t = doc.title;
    if (t === written) return;
    const dimmed = dimTitle(t);
    raw = dimmed === t ? null : t;
    if (raw !== null) doc.title = written = dimmed;
  };
  // Watches the <title> (and the head, in case the page swaps the element) only during focus.
  const watch = () => {
    observer?.disconnect();
    title = doc.querySelector('title');
    observer = new win.MutationObserver(() => {
      apply();
      if (doc.querySelector('title') !== title) watch();
    });
    if (title) observer.observe(title, { childList: true, characterData: true, subtree: true });
    observer.observe(doc.head ?? doc.documentElement ?? doc, { childList: true, subtree: !title });
  };

  // App badges: remember what the page asked for; during focus keep it to ourselves.
  const nav = win.Navigator?.prototype as (Navigator & Record<string, Fn>) | undefined;
  const setBadge = nav?.setAppBadge as Fn | undefined;
  const clearBadge = nav?.clearAppBadge as Fn | undefined;
  let badge: unknown[] | null = null; // args of the last setAppBadge, null after clearAppBadge
  if (nav && setBadge && clearBadge) {
    for (const [key, native, record] of [
      ['setAppBadge', setBadge, (args: unknown[]) => (badge = args)],
      ['clearAppBadge', clearBadge, () => (badge = null)],
    ] as const) {
      redefine(nav, key, (d) => ({
        ...d,
        value: wrap(native, {
          apply(t, self, args) {
            record(args);
            return link.active() ? Promise.resolve() : Reflect.apply(t, self, args);
          },
        }),
      }));
    }
  }

  const follow = (active: boolean) => {
    try {
      if (active) {
        apply();
        watch();
        if (badge && clearBadge) void Promise.resolve(clearBadge.call(win.navigator)).catch(() => {});
      } else {
        observer?.disconnect();
        observer = null;
        if (raw !== null && doc.title === written) doc.title = raw;
        raw = written = null;
        if (badge && setBadge) void Promise.resolve(setBadge.apply(win.navigator, badge)).catch(() => {});
      }
    } catch {
      // the page keeps working whatever happens here
    }
  };
  link.onChange(follow);
  if (link.active()) follow(true);
}
