/*
 * Stand-ins: the Notification objects the page gets for what Focusgate holds. Each is a real
 * EventTarget whose prototype is the page's own `Notification.prototype` (so `instanceof`, the
 * class string and the EventTarget methods are the browser's), with no own properties: the
 * prototype's accessors and `close()` are wrapped once per window to answer for stand-ins and
 * call the native ones for everything else. Events follow the real API: `show` once displayed
 * (held counts as displayed), `close` after `close()` or when a newer notification takes the tag.
 */

import type { Decision } from './link';
import { overrideAccessor, overrideMethod, type Fn, type Win } from './native';
import type { Values } from './options';

const ATTRIBUTES = [
  'title', 'dir', 'lang', 'body', 'tag', 'icon', 'image', 'badge', 'data', 'silent', 'requireInteraction', 'renotify',
  'timestamp', 'vibrate', 'actions',
];
const EVENTS = ['click', 'show', 'close', 'error'] as const;

interface Held {
  values: Values;
  handlers: Map<string, unknown>;
  close(): void;
}
const held = new WeakMap<object, Held>();

/** The page's own EventTarget machinery, taken before the page can patch it. */
export interface Natives {
  win: Win;
  /** The window's own `Notification.prototype`, patched for stand-ins when the first one is made. */
  proto: object | undefined;
  EventTarget: typeof EventTarget;
  Event: typeof Event;
  add: EventTarget['addEventListener'];
  dispatch: EventTarget['dispatchEvent'];
  setTimeout: (fn: () => void) => void;
}

export function nativesOf(win: Win): Natives {
  const proto = win.EventTarget.prototype;
  const setTimer = win.setTimeout.bind(win);
  return {
    win,
    proto: (win.Notification as typeof Notification | undefined)?.prototype,
    EventTarget: win.EventTarget,
    Event: win.Event,
    add: proto.addEventListener,
    dispatch: proto.dispatchEvent,
    setTimeout: (fn) => void setTimer(fn, 0),
  };
}

function setHandler(nat: Natives, self: EventTarget, h: Held, type: string, v: unknown): void {
  const fn = v !== null && (typeof v === 'object' || typeof v === 'function') ? v : null;
  // Like an event handler attribute: one listener, added where the first handler was set.
  if (fn && !h.handlers.has(type)) {
    nat.add.call(self, type, (e: Event) => {
      const current = h.handlers.get(type);
      if (typeof current === 'function' && (current as Fn).call(self, e) === false) e.preventDefault();
    });
  }
  if (fn || h.handlers.has(type)) h.handlers.set(type, fn);
}

/**
 * Makes `Notification.prototype` of this window answer for stand-ins. Only once a stand-in exists:
 * until Focusgate holds one, the page's prototype stays as the browser made it (a page load
 * outside focus pays for no accessor wrapped), and a stand-in is patched for before the page gets it.
 */
const patched = new WeakSet<object>();
function patchPrototype(nat: Natives): void {
  const proto = nat.proto;
  if (!proto || patched.has(proto)) return;
  patched.add(proto);
  for (const key of ATTRIBUTES) {
    overrideAccessor(proto, key, (self) => {
      const h = held.get(self as object);
      return h && { get: () => h.values[key] };
    });
  }
  for (const type of EVENTS) {
    overrideAccessor(proto, `on${type}`, (self) => {
      const h = held.get(self as object);
      return h && { get: () => h.handlers.get(type) ?? null, set: (v) => setHandler(nat, self as EventTarget, h, type, v) };
    });
  }
  overrideMethod(proto, 'close', (self) => {
    const h = held.get(self as object);
    return h && { result: void h.close() };
  });
}

/** Notifications held in this frame by tag: a newer one with the same tag replaces the older. */
export type TagRule = Map<string, () => void>;

function bare(nat: Natives, newTarget: object, values: Values, close: () => void): Notification {
  patchPrototype(nat);
  const n = Reflect.construct(nat.EventTarget, [], newTarget as typeof EventTarget) as Notification;
  held.set(n, { values, handlers: new Map(), close });
  return n;
}

/**
 * A page notification while Focusgate decides and for as long as it holds it. `decision`
 * showing makes the real notification (`makeReal`), whose events the stand-in passes on; a held
 * one the page closes is dismissed, so the digest does not announce it.
 */
export function pageStandIn(
  nat: Natives,
  newTarget: object,
  values: Values,
  tags: TagRule,
  decision: Decision,
  makeReal: () => Notification,
): Notification {
  let real: Notification | null = null;
  let shown = false;
  let closed = false;
  let replaced = false;
  let closedEarly = false;
  const fire = (type: string, original?: Event) => {
    const ev = new nat.Event(type, { cancelable: true });
    nat.dispatch.call(n, ev);
    if (ev.defaultPrevented) original?.preventDefault();
  };
  const release = () => {
    if (tags.get(values.tag) === replace) tags.delete(values.tag);
  };
  const finish = () => {
    if (closed) return;
    closed = true;
    release();
    nat.setTimeout(() => fire('close'));
  };
  const replace = () => {
    replaced = true;
    if (shown) finish();
  };
  const n = bare(nat, newTarget, values, () => {
    if (real) real.close();
    else if (shown) {
      if (!closed) decision.dismiss();
      finish();
    } else closedEarly = true; // like the browser: closing before it is displayed does nothing
  });
  if (values.tag) {
    tags.get(values.tag)?.();
    tags.set(values.tag, replace);
  }
  void decision.show.then((show) => {
    if (show && !replaced && !closedEarly) {
      try {
        real = makeReal();
        release();
        for (const type of EVENTS) nat.add.call(real, type, (e) => fire(type, e));
        return;
      } catch {
        real = null; // shown as held instead
      }
    }
    nat.setTimeout(() => {
      shown = true;
      fire('show');
      if (replaced) finish();
    });
  });
  return n;
}

/** A held service-worker notification as `getNotifications()` returns it: no events, `close()` forgets it. */
export function persistentStandIn(nat: Natives, values: Values, forget: () => void): Notification {
  return bare(nat, nat.win.Notification, values, forget);
}
