/*
 * The guard's line to the isolated-world bridge of its frame: a MessageChannel whose port the
 * bridge posts to the window (`PORT_MESSAGE`). The guard swallows that message before page
 * listeners run, keeps the first port only, and asks for another with `READY_EVENT` if it started
 * second. The focus state is known from the first line (the background registers the guard in
 * an "on" or an "off" variant); the bridge then tells every change.
 *
 * One handshake per frame: the guard answers the first port with `hello` (and the state it
 * started from, so a bridge that finds the same says nothing more), and the bridge then
 * speaks only to that port, so a port a page obtains some other way hears nothing. The port is
 * taken and used through natives saved before any page script ran (`link-natives.ts`).
 */

import { linkNatives } from './link-natives';
import type { GuardRequest, Listed } from './options';
import type { Win } from './native';

export const PORT_MESSAGE = 'focusgate:notify-port';
export const READY_EVENT = 'focusgate:notify-guard-ready';
/** After this long without an answer the notification is shown: never lose one. */
export const DECIDE_TIMEOUT_MS = 6000;
/** After this long without a list of held ones, `getNotifications()` reports the browser's alone. */
export const LIST_TIMEOUT_MS = 3000;

/** Focusgate's answer about one notification, and the way to take a held one back. */
export interface Decision {
  /** Resolves true to show now, false when Focusgate holds it. Never rejects. */
  show: Promise<boolean>;
  /** The page closed the held notification: Focusgate marks it closed, so the digest does not announce it. */
  dismiss(): void;
  /** How `list` names this one if it is held. */
  ref: number;
}

export interface GuardLink {
  /** Whether focus is on now: the variant's state until the bridge says otherwise. */
  active(): boolean;
  decide(request: GuardRequest): Decision;
  /** The held service-worker notifications of `scope`, from every page of the origin; empty when there is no answer. */
  list(scope: string): Promise<Listed[]>;
  /** The page closed the held notification `ref` (from `Decision.ref` or `list`). */
  dismiss(ref: number): void;
  /** Outside focus the page showed a notification with `tag`: it replaces a held one with that tag. */
  supersede(tag: string): void;
  onChange(listener: (active: boolean) => void): void;
}

/** Connects to the isolated-world bridge of this frame, starting from the focus state `initial`. */
export function connectBridge(win: Win, initial: boolean): GuardLink {
  const setTimer = win.setTimeout.bind(win);
  const clearTimer = win.clearTimeout.bind(win);
  const native = linkNatives(win);
  let port: MessagePort | null = null;
  let active = initial;
  let seq = 0;
  const queue: unknown[] = [];
  const waiting = new Map<number, (show: boolean) => void>();
  const lists = new Map<number, (items: Listed[]) => void>();
  const listeners: ((active: boolean) => void)[] = [];

  const post = (m: unknown) => (port ? native.post(port, m) : queue.push(m));
  const tell = (m: unknown) => {
    try {
      post(m);
    } catch {
      // nothing the page would notice
    }
  };
  const onBridge = (m: { fg?: unknown; active?: unknown; id?: unknown; show?: unknown; items?: unknown } | null) => {
    if (m?.fg === 'state' && typeof m.active === 'boolean') {
      if (m.active === active) return;
      active = m.active;
      for (const l of listeners) {
        try {
          l(m.active);
        } catch {
          // a listener's failure must not stop the others
        }
      }
    } else if (m?.fg === 'decision' && typeof m.id === 'number') {
      waiting.get(m.id)?.(m.show !== false);
    } else if (m?.fg === 'listed' && typeof m.id === 'number' && Array.isArray(m.items)) {
      lists.get(m.id)?.(m.items as Listed[]);
    }
  };

  win.addEventListener(
    'message',
    (e) => {
      if (native.source(e) !== win || native.data(e) !== PORT_MESSAGE) return;
      native.stop(e);
      const p = native.ports(e)[0];
      if (port || !p) return;
      port = p;
      native.onMessage(port, (m) => onBridge(native.data(m) as Parameters<typeof onBridge>[0]));
      // The state it starts from: the bridge speaks again only when focus has changed since.
      native.post(port, { fg: 'hello', active });
      for (const q of queue.splice(0)) native.post(port, q);
    },
    true,
  );
  win.dispatchEvent(new win.CustomEvent(READY_EVENT));

  return {
    active: () => active,
    onChange: (l) => void listeners.push(l),
    decide: (request) => {
      const id = ++seq;
      const show = new Promise<boolean>((resolve) => {
        const finish = (yes: boolean) => {
          clearTimer(timer);
          waiting.delete(id);
          resolve(yes);
        };
        const timer = setTimer(() => finish(true), DECIDE_TIMEOUT_MS);
        waiting.set(id, finish);
        try {
          post({ fg: 'notify', id, ...request });
        } catch {
          finish(true);
        }
      });
      return { show, dismiss: () => tell({ fg: 'dismiss', id }), ref: id };
    },
    list: (scope) => {
      const id = ++seq;
      return new Promise<Listed[]>((resolve) => {
        const finish = (items: Listed[]) => {
          clearTimer(timer);
          lists.delete(id);
          resolve(items);
        };
        const timer = setTimer(() => finish([]), LIST_TIMEOUT_MS);
        lists.set(id, finish);
        tell({ fg: 'list', id, scope });
      });
    },
    dismiss: (ref) => tell({ fg: 'dismiss', id: ref }),
    supersede: (tag) => tell({ fg: 'supersede', tag }),
  };
}
