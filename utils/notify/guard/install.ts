/*
 * Wraps the notification APIs of one window (the guard's own, or a same-origin child's): the
 * constructor, `ServiceWorkerRegistration.prototype.showNotification` / `getNotifications`, and
 * the frame getters through which a page reaches a fresh window. Outside focus, without
 * permission, or for anything the browser would refuse, the page gets the real API, untouched.
 */

import type { GuardLink } from './link';
import { isWrapped, maskToString, redefine, wrap, type Win } from './native';
import { heldOptionsOf, readOptions, requestOf, valuesOf, valuesOfListed, type Listed, type Values } from './options';
import { nativesOf, pageStandIn, persistentStandIn, type Natives, type TagRule } from './stand-in';

/** Held page notifications by tag, for this guard (this frame and its same-origin children). */
const tags: TagRule = new Map();
/**
 * Service-worker notifications held from this window (by `Decision.ref`), with their values as
 * shown, so its own `getNotifications()` reports them exactly (`data` that is not plain JSON
 * included); the origin's other pages list them from what Focusgate stored.
 */
const shownHere = new Map<number, { scope: string; values: Values }>();
/** Held ones the page closed here: gone from its lists at once, whatever the background says. */
const closedHere = new Set<number>();
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
  const readTag = Object.getOwnPropertyDescriptor(Real.prototype, 'tag')?.get;
  // Outside focus, a real notification with the tag of a held one replaces it, as the browser's
  // tag rule would: the held stand-in closes, and the held item leaves the digest.
  const superseding = (n: Notification) => {
    let tag: unknown;
    try {
      tag = readTag?.call(n);
    } catch {
      return n;
    }
    if (typeof tag === 'string' && tag && granted()) {
      tags.get(tag)?.();
      link.supersede(tag);
    }
    return n;
  };
  const proxy = wrap(Real, {
    construct(target, args, newTarget) {
      if (!link.active()) return superseding(Reflect.construct(target, args, newTarget) as Notification);
      if (!granted() || args.length < 1) return Reflect.construct(target, args, newTarget);
      const o = readOptions(args[1], nat.proto);
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
  // Outside focus, a service-worker notification with the tag of a held one replaces it (see
  // `superseding`). The tag is read off a plain options object without running any getter.
  const supersedeFrom = (options: unknown) => {
    try {
      const d = typeof options === 'object' && options !== null ? Object.getOwnPropertyDescriptor(options, 'tag') : undefined;
      if (typeof d?.value === 'string' && d.value && granted()) link.supersede(d.value);
    } catch {
      // a revoked proxy: nothing to replace
    }
  };
  const forget = (ref: number) => {
    if (closedHere.has(ref)) return;
    closedHere.add(ref);
    shownHere.delete(ref);
    link.dismiss(ref);
  };
  // The stand-ins for what Focusgate holds under this scope, from every page of the origin.
  const heldIn = async (scope: string, tag: string) => {
    const listed = (await link.list(scope)).filter((l: Listed) => !closedHere.has(l.ref));
    const refs = new Set(listed.map((l) => l.ref));
    for (const [ref, h] of shownHere) if (h.scope === scope && !refs.has(ref)) shownHere.delete(ref); // delivered or replaced
    return listed.flatMap((l) => {
      const values = shownHere.get(l.ref)?.values ?? valuesOfListed(win, l);
      return values && (!tag || values.tag === tag) ? [persistentStandIn(nat, values, () => forget(l.ref))] : [];
    });
  };

  redefine(swr, 'showNotification', (d) => ({
    ...d,
    value: wrap(show, {
      apply(target, self: ServiceWorkerRegistration, args) {
        if (!link.active()) {
          supersedeFrom(args[1]);
          return Reflect.apply(target, self, args);
        }
        if (args.length < 1 || !granted() || !(self instanceof Registration) || !self.active) {
          return Reflect.apply(target, self, args);
        }
        try {
          const o = readOptions(args[1], nat.proto);
          const values = valuesOf(win, args[0], o);
          if (!values) return Reflect.apply(target, self, [args[0], o]); // the browser rejects
          const scope = self.scope;
          const decision = link.decide({ ...requestOf(values), persistent: heldOptionsOf(win, values, scope) });
          return decision.show.then((yes) => {
            if (yes) return Reflect.apply(target, self, [values.title, o]) as Promise<void>;
            shownHere.set(decision.ref, { scope, values });
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
        // Held ones exist only while focus is on (the digest takes them when it ends).
        if (!link.active() || !(self instanceof Registration)) return shown;
        const filter = args[0] as { tag?: unknown } | null | undefined;
        const tag = filter?.tag == null ? '' : `${filter.tag as string}`;
        const held = heldIn(self.scope, tag).catch(() => []);
        // In creation order, as the browser lists its own.
        return shown.then(async (real) => real.concat(await held).sort(byTime));
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
