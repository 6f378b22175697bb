/*
 * Wraps the notification APIs of one window (the guard's own, or a same-origin child's): the
 * constructor, `ServiceWorkerRegistration.prototype.showNotification` / `getNotifications`, and
 * the frame getters through which a page reaches a fresh window. Outside focus, without
 * permission, or for anything the browser would refuse, the page gets the real API, untouched.
 */

import type { GuardLink } from './link';
import { isWrapped, maskToString, redefine, wrap, type Win } from './native';
import { readOptions, requestOf, valuesOf, type Values } from './options';
import { nativesOf, pageStandIn, patchPrototype, persistentStandIn, type Natives, type TagRule } from './stand-in';

/** Held page notifications by tag, for this guard (this frame and its same-origin children). */
const tags: TagRule = new Map();
/** A held service-worker notification, and how to tell Focusgate the page closed it. */
interface Kept {
  values: Values;
  dismiss(): void;
}
/** Held service-worker notifications by registration scope, in the order they were shown. */
const persistent = new Map<string, Kept[]>();

/** Notifications have a `timestamp` (not in TypeScript's DOM types yet). */
const byTime = (a: Notification, b: Notification) => (a as Notification & { timestamp: number }).timestamp - (b as Notification & { timestamp: number }).timestamp;

function permissionCheck(Real: unknown): () => boolean {
  let permission: (() => unknown) | undefined;
  for (let o: object | null = typeof Real === 'function' ? Real : null; o && !permission; o = Object.getPrototypeOf(o)) {
    permission = Object.getOwnPropertyDescriptor(o, 'permission')?.get;
  }
  return () => {
    try {
      return permission?.call(Real) === 'granted';
    } catch {
      return false;
    }
  };
}

function guardConstructor(win: Win, nat: Natives, link: GuardLink, granted: () => boolean): void {
  const Real = win.Notification;
  if (typeof Real !== 'function' || isWrapped(Real)) return; // by this copy or another one
  patchPrototype(nat, Real.prototype);
  const proxy = wrap(Real, {
    construct(target, args, newTarget) {
      if (!link.active() || !granted() || args.length < 1) return Reflect.construct(target, args, newTarget);
      const o = readOptions(args[1]);
      const values = valuesOf(win, args[0], o);
      if (!values) return Reflect.construct(target, [args[0], o], newTarget); // the browser throws
      const make = () => Reflect.construct(target, [values.title, o], newTarget) as Notification;
      return pageStandIn(nat, newTarget, values, tags, link.decide(requestOf(values)), make);
    },
  });
  redefine(win, 'Notification', (d) => ({ ...d, value: proxy }));
  redefine(Real.prototype, 'constructor', (d) => ({ ...d, value: proxy }));
}

function guardServiceWorker(win: Win, nat: Natives, link: GuardLink, granted: () => boolean): void {
  const Registration = win.ServiceWorkerRegistration;
  const swr = Registration?.prototype;
  const show = swr?.showNotification;
  const list = swr?.getNotifications;
  if (!swr || typeof show !== 'function' || isWrapped(show)) return;
  // A newer one with the same tag replaces the older here; Focusgate drops the older itself.
  const keep = (scope: string, k: Kept) => {
    const held = (persistent.get(scope) ?? []).filter((h) => !k.values.tag || h.values.tag !== k.values.tag);
    persistent.set(scope, [...held, k]);
  };
  const forget = (scope: string, k: Kept) => {
    const held = persistent.get(scope) ?? [];
    if (!held.includes(k)) return;
    persistent.set(scope, held.filter((h) => h !== k));
    k.dismiss();
  };

  redefine(swr, 'showNotification', (d) => ({
    ...d,
    value: wrap(show, {
      apply(target, self: ServiceWorkerRegistration, args) {
        if (!link.active() || args.length < 1 || !granted() || !(self instanceof Registration) || !self.active) {
          return Reflect.apply(target, self, args);
        }
        try {
          const o = readOptions(args[1]);
          const values = valuesOf(win, args[0], o);
          if (!values) return Reflect.apply(target, self, [args[0], o]); // the browser rejects
          const scope = self.scope;
          const decision = link.decide(requestOf(values));
          return decision.show.then((yes) => {
            if (yes) return Reflect.apply(target, self, [values.title, o]) as Promise<void>;
            keep(scope, { values, dismiss: decision.dismiss });
          });
        } catch (err) {
          return Promise.reject(err);
        }
      },
    }),
  }));
  if (typeof list !== 'function') return;
  redefine(swr, 'getNotifications', (d) => ({
    ...d,
    value: wrap(list, {
      apply(target, self: ServiceWorkerRegistration, args) {
        const shown = Reflect.apply(target, self, args) as Promise<Notification[]>;
        const held = self instanceof Registration ? persistent.get(self.scope) : undefined;
        if (!held?.length) return shown;
        const filter = args[0] as { tag?: unknown } | null | undefined;
        const tag = filter?.tag == null ? '' : `${filter.tag as string}`;
        return shown.then((real) => {
          const scope = self.scope;
          const mine = (persistent.get(scope) ?? []).filter((k) => !tag || k.values.tag === tag);
          // In creation order, as the browser lists its own.
          return real.concat(mine.map((k) => persistentStandIn(nat, k.values, () => forget(scope, k)))).sort(byTime);
        });
      },
    }),
  }));
}

/** A fresh same-origin frame hands out clean constructors: guard it the moment it is reached. */
function guardFrames(win: Win, link: GuardLink): void {
  const guardChild = (w: unknown) => {
    try {
      if (w && (w as Win).Notification !== undefined) installGuard(w as Win, link);
    } catch {
      // cross-origin: its own copy of the guard runs there if it is a covered site
    }
  };
  for (const ctor of [win.HTMLIFrameElement, win.HTMLFrameElement, win.HTMLObjectElement]) {
    const proto = ctor?.prototype;
    if (!proto) continue;
    for (const key of ['contentWindow', 'contentDocument'] as const) {
      const getter = Object.getOwnPropertyDescriptor(proto, key)?.get;
      if (!getter || isWrapped(getter)) continue;
      redefine(proto, key, (d) => ({
        ...d,
        get: wrap(getter, {
          apply(t, self, args) {
            const r = Reflect.apply(t, self, args) as Window | Document | null;
            guardChild(key === 'contentDocument' ? (r as Document | null)?.defaultView : r);
            return r;
          },
        }),
      }));
    }
  }
}

export function installGuard(win: Win, link: GuardLink): void {
  maskToString(win);
  const nat = nativesOf(win);
  const granted = permissionCheck(win.Notification);
  guardConstructor(win, nat, link, granted);
  guardServiceWorker(win, nat, link, granted);
  guardFrames(win, link);
}
