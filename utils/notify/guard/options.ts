/*
 * A notification's options as the browser reads them (WebIDL: each member once, in order) and the
 * values its attributes then report, by the Notifications spec and Chromium's defaults. Where the
 * browser would refuse the options, there are no values: the caller hands the call to the real
 * API, which throws or rejects exactly as usual.
 */

import type { HeldOptions } from '../../platform/db/records';
import type { Win } from './native';

const OPTION_KEYS = [
  'actions', 'badge', 'body', 'data', 'dir', 'icon', 'image', 'lang', 'renotify', 'requireInteraction',
  'silent', 'tag', 'timestamp', 'vibrate',
] as const;
export type Options = Partial<Record<(typeof OPTION_KEYS)[number], unknown>>;

/** The attributes a notification reports, keyed by their names on `Notification.prototype`. */
export type Values = Record<string, unknown> & { title: string; body: string; tag: string };

export interface GuardRequest {
  title: string;
  body: string;
  tag: string;
  /** Shown through a service-worker registration: its scope and options, for `getNotifications()` in the origin's pages. */
  persistent?: HeldOptions;
}

/** A held service-worker notification as the bridge lists it; `ref` closes it. */
export interface Listed {
  ref: number;
  title: string;
  body: string;
  tag?: string;
  persistent: HeldOptions;
}

const DIRECTIONS = ['auto', 'ltr', 'rtl'];

/**
 * Reads a NotificationOptions dictionary once, like the browser does (and throws like it): each
 * member in order that the browser whose Notification.prototype is `proto` reports back as an
 * attribute. Chromium has all 14; Firefox ESR 140 has 8 (its constructor reads vibrate too, with no
 * attribute: left unread, so a silent notification with vibrate is held as Firefox would show it,
 * not handed to the real constructor to be refused).
 */
export function readOptions(raw: unknown, proto?: object): Options {
  if (raw == null) return {};
  if (typeof raw !== 'object' && typeof raw !== 'function') throw new TypeError("Failed to construct 'Notification': The provided value is not of type 'NotificationOptions'.");
  const o: Options = {};
  for (const k of OPTION_KEYS) {
    if (proto && !(k in proto)) continue;
    const v = (raw as Record<string, unknown>)[k];
    if (v !== undefined) o[k] = v;
  }
  return o;
}

const text = (v: unknown) => (v == null ? '' : `${v as string}`);

function vibration(v: unknown): number[] | null {
  if (v == null) return [];
  const list = typeof v === 'object' && Symbol.iterator in v ? [...(v as Iterable<unknown>)] : [v];
  const out = list.map(Number);
  return out.every(Number.isFinite) ? out.map((n) => Math.trunc(n) >>> 0) : null;
}

function resolve(win: Win, url: string): string {
  try {
    return new win.URL(url, win.document.baseURI).href;
  } catch {
    return '';
  }
}

/** The attribute values, or null when the browser would refuse these options (let it). */
export function valuesOf(win: Win, title: unknown, o: Options): Values | null {
  const dir = o.dir === undefined ? 'auto' : text(o.dir);
  const vibrate = vibration(o.vibrate);
  if (!DIRECTIONS.includes(dir) || !vibrate) return null;
  if (o.renotify && !text(o.tag)) return null;
  if (o.silent && o.vibrate !== undefined) return null;
  if (o.actions != null && (o.actions as { length?: unknown }).length !== 0) return null;
  // Resolved against the document's base URL; one that does not resolve reads back empty (as in Chromium).
  const urls = [o.icon, o.image, o.badge].map((u) => (u == null || text(u) === '' ? '' : resolve(win, text(u))));
  let data: unknown;
  try {
    data = o.data === undefined ? null : win.structuredClone(o.data);
  } catch {
    return null; // DataCloneError, from the real constructor
  }
  const stamp = o.timestamp === undefined ? win.Date.now() : Math.trunc(Number(o.timestamp));
  return {
    title: `${title as string}`,
    dir,
    lang: text(o.lang),
    body: text(o.body),
    tag: text(o.tag),
    icon: urls[0],
    image: urls[1],
    badge: urls[2],
    data,
    silent: !!o.silent,
    requireInteraction: !!o.requireInteraction,
    renotify: !!o.renotify,
    timestamp: Number.isFinite(stamp) ? stamp : 0,
    vibrate: win.Object.freeze(win.Array.from(vibrate)),
    actions: win.Object.freeze(new win.Array()),
  };
}

/** What travels to the bridge: title, body and tag, nothing else. */
export function requestOf(v: Values): GuardRequest {
  return { title: v.title, body: v.body, tag: v.tag };
}

/** Text within `max`, or empty: a value cut short would be a different one. */
const fit = (v: unknown, max: number) => (typeof v === 'string' && v.length <= max ? v : '');

/** A service-worker notification's options as they are held, bounded (see `heldOptionsSchema`). */
export function heldOptionsOf(win: Win, v: Values, scope: string): HeldOptions {
  let data: string | undefined;
  try {
    data = v.data === null ? undefined : win.JSON.stringify(v.data);
  } catch {
    data = undefined; // not plain JSON: other pages list it without data
  }
  const vibrate = (v.vibrate as readonly number[]).slice(0, 100);
  return {
    scope,
    dir: v.dir as HeldOptions['dir'],
    lang: fit(v.lang, 100),
    icon: fit(v.icon, 2000),
    image: fit(v.image, 2000),
    badge: fit(v.badge, 2000),
    ...(data !== undefined && data.length <= 4096 ? { data } : {}),
    silent: v.silent as boolean,
    requireInteraction: v.requireInteraction as boolean,
    renotify: v.renotify as boolean,
    timestamp: v.timestamp as number,
    vibrate: [...vibrate],
  };
}

/** The values a listed held notification reports, read back as the browser would (null if they no longer make sense). */
export function valuesOfListed(win: Win, item: Listed): Values | null {
  const { scope: _scope, data, vibrate, ...o } = item.persistent;
  let parsed: unknown;
  try {
    parsed = data === undefined ? undefined : win.JSON.parse(data);
  } catch {
    parsed = undefined;
  }
  return valuesOf(win, item.title, {
    ...o,
    body: item.body,
    tag: item.tag ?? '',
    ...(parsed === undefined ? {} : { data: parsed }),
    ...(vibrate.length ? { vibrate } : {}),
  });
}
