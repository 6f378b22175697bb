/*
 * The notification guard. It runs in the host page's own world (MAIN), at document_start, in
 * every frame, so it must stay tiny and import nothing: it wraps `Notification` and
 * `ServiceWorkerRegistration.prototype.showNotification` so the page sees the usual API while
 * Focusgate decides, during focus only, whether each notification is shown now or held.
 *
 * Everything the page could observe keeps its native shape: the constructor is a Proxy of the
 * real one (same name, length, prototype, statics, `instanceof`), wrapped functions print as
 * native code, and the notification permission is never touched. Any failure shows the
 * notification (fail open) and never throws into the page.
 *
 * The guard talks to the isolated-world bridge over a MessageChannel whose port the bridge
 * posts to the window (`PORT_MESSAGE`); the guard swallows that message before page listeners
 * run, keeps the first port only, and asks for another with `READY_EVENT` if it started second.
 */

export const PORT_MESSAGE = 'focusgate:notify-port';
export const READY_EVENT = 'focusgate:notify-guard-ready';
/** After this long without an answer the notification is shown: never lose one. */
export const DECIDE_TIMEOUT_MS = 6000;

export interface GuardRequest {
  title: string;
  body: string;
  tag: string;
}

export interface GuardLink {
  /** Focus state as last pushed by the bridge; undefined until it has spoken. */
  active(): boolean | undefined;
  /** Resolves true to show now, false when Focusgate holds it. Never rejects. */
  decide(request: GuardRequest): Promise<boolean>;
  onChange(listener: (active: boolean) => void): void;
}

type Win = Window & typeof globalThis;
type Fn = (...args: unknown[]) => unknown;

/** Wrapped function → the native one it stands for, for `Function.prototype.toString`. */
const masks = new WeakMap<object, object>();
/** Every Notification proxy made here, so a window is never wrapped twice by this guard. */
const proxies = new WeakSet<object>();

const OPTION_KEYS = [
  'actions', 'badge', 'body', 'data', 'dir', 'icon', 'image', 'lang', 'renotify', 'requireInteraction',
  'silent', 'tag', 'timestamp', 'vibrate',
] as const;
type Options = Partial<Record<(typeof OPTION_KEYS)[number], unknown>>;

function wrap<T extends object>(native: T, handler: ProxyHandler<T>): T {
  const p = new Proxy(native, handler);
  masks.set(p, native);
  return p;
}

function redefine(target: object, key: PropertyKey, patch: (d: PropertyDescriptor) => PropertyDescriptor): void {
  const d = Object.getOwnPropertyDescriptor(target, key);
  if (d?.configurable) Object.defineProperty(target, key, patch(d));
}

/** Reads a notification options dictionary once, like the browser does (and throws like it). */
function readOptions(raw: unknown): Options {
  if (raw == null) return {};
  if (typeof raw !== 'object' && typeof raw !== 'function') throw new TypeError("Failed to construct 'Notification': The provided value is not of type 'NotificationOptions'.");
  const o: Options = {};
  for (const k of OPTION_KEYS) {
    const v = (raw as Record<string, unknown>)[k];
    if (v !== undefined) o[k] = v;
  }
  return o;
}

function requestOf(title: string, o: Options): GuardRequest {
  return { title, body: o.body == null ? '' : `${o.body}`, tag: o.tag == null ? '' : `${o.tag}` };
}

/**
 * The page-world natives the link uses, taken before any page script runs: a page that later
 * patches `MessageEvent.prototype.data`/`ports`, `Event.prototype.stopImmediatePropagation`,
 * `MessagePort.prototype.postMessage` or the `onmessage` setter (each sees its `this`, the port
 * or an event carrying it) never gets hold of the bridge's port.
 */
function linkNatives(win: Win) {
  const apply = Reflect.apply;
  const getter = (proto: object, key: string) => Object.getOwnPropertyDescriptor(proto, key)?.get as ((this: unknown) => unknown) | undefined;
  const call = <T>(fn: ((...a: never[]) => unknown) | undefined, self: unknown, args: unknown[] = []) => (fn ? (apply(fn, self, args) as T) : undefined);
  const { data, ports, source } = {
    data: getter(win.MessageEvent.prototype, 'data'),
    ports: getter(win.MessageEvent.prototype, 'ports'),
    source: getter(win.MessageEvent.prototype, 'source'),
  };
  const stop = win.Event.prototype.stopImmediatePropagation;
  // An engine without these accessors (a test DOM) gets the plain property reads and calls.
  const post = ports ? win.MessagePort.prototype.postMessage : undefined;
  const setOnMessage = ports ? Object.getOwnPropertyDescriptor(win.MessagePort.prototype, 'onmessage')?.set : undefined;
  return {
    data: (e: Event) => (data ? call<unknown>(data, e) : (e as MessageEvent).data),
    ports: (e: Event) => (ports ? call<readonly MessagePort[]>(ports, e) : (e as MessageEvent).ports) ?? [],
    source: (e: Event) => (source ? call<unknown>(source, e) : (e as MessageEvent).source),
    stop: (e: Event) => void call(stop, e),
    post: (port: MessagePort, m: unknown) => (post ? call(post, port, [m]) : port.postMessage(m)),
    onMessage: (port: MessagePort, fn: (e: MessageEvent) => void) => {
      if (setOnMessage) call(setOnMessage, port, [fn]);
      else port.onmessage = fn;
    },
  };
}

/**
 * Connects to the isolated-world bridge of this frame. The first port the bridge offers is
 * taken and answered with `hello`: the bridge then speaks only to this port (one handshake
 * per frame), so a port a page obtains some other way hears nothing.
 */
export function connectBridge(win: Win): GuardLink {
  const setTimer = win.setTimeout.bind(win);
  const clearTimer = win.clearTimeout.bind(win);
  const native = linkNatives(win);
  let port: MessagePort | null = null;
  let active: boolean | undefined;
  let seq = 0;
  const queue: unknown[] = [];
  const waiting = new Map<number, (show: boolean) => void>();
  const listeners: ((active: boolean) => void)[] = [];

  const post = (m: unknown) => (port ? native.post(port, m) : queue.push(m));
  const onBridge = (m: { fg?: unknown; active?: unknown; id?: unknown; show?: unknown } | null) => {
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
      native.post(port, { fg: 'hello' });
      for (const q of queue.splice(0)) native.post(port, q);
    },
    true,
  );
  win.dispatchEvent(new win.CustomEvent(READY_EVENT));

  return {
    active: () => active,
    onChange: (l) => void listeners.push(l),
    decide: (request) =>
      new Promise<boolean>((resolve) => {
        const id = ++seq;
        const finish = (show: boolean) => {
          clearTimer(timer);
          waiting.delete(id);
          resolve(show);
        };
        const timer = setTimer(() => finish(true), DECIDE_TIMEOUT_MS);
        waiting.set(id, finish);
        try {
          post({ fg: 'notify', id, ...request });
        } catch {
          finish(true);
        }
      }),
  };
}

function maskToString(win: Win): void {
  const proto = win.Function.prototype;
  if (masks.has(proto.toString)) return;
  const native = proto.toString;
  redefine(proto, 'toString', (d) => ({
    ...d,
    value: wrap(native, { apply: (t, self, args) => Reflect.apply(t, masks.get(self) ?? self, args) }),
  }));
}

/** A stand-in Notification while Focusgate decides: it behaves like the real object for the page. */
function standIn(win: Win, proto: object, title: string, o: Options, show: () => Notification | null, decided: Promise<boolean>): Notification {
  const n = Object.create(proto) as Notification;
  type Listener = { fn: EventListenerOrEventListenerObject; capture: boolean; once: boolean };
  const listeners = new Map<string, Listener[]>();
  const handlers = new Map<string, Fn | null>();
  let real: Notification | null = null;
  let closed = false;

  const fire = (type: string, original?: Event) => {
    const ev = new win.Event(type, { cancelable: true });
    for (const k of ['target', 'currentTarget', 'srcElement']) Object.defineProperty(ev, k, { get: () => n });
    const report = (err: unknown) => (win.reportError ? win.reportError(err) : console.error(err));
    try {
      if (handlers.get(type)?.call(n, ev) === false) ev.preventDefault();
    } catch (err) {
      report(err);
    }
    for (const l of [...(listeners.get(type) ?? [])]) {
      if (l.once) removeListener(type, l.fn, l.capture);
      try {
        if (typeof l.fn === 'function') l.fn.call(n, ev);
        else l.fn.handleEvent(ev);
      } catch (err) {
        report(err);
      }
    }
    if (ev.defaultPrevented) original?.preventDefault();
  };
  const removeListener = (type: string, fn: unknown, capture: boolean) => {
    const list = listeners.get(type);
    const i = list?.findIndex((l) => l.fn === fn && l.capture === capture) ?? -1;
    if (i >= 0) list!.splice(i, 1);
  };
  const captureOf = (opts: unknown) => (typeof opts === 'boolean' ? opts : !!(opts as AddEventListenerOptions | null)?.capture);

  const methods: Record<string, Fn> = {
    close() {
      closed = true;
      real?.close();
    },
    addEventListener(type, fn, opts) {
      if (!fn || (typeof fn !== 'function' && typeof fn !== 'object')) return;
      const t = `${type}`;
      const capture = captureOf(opts);
      const list = listeners.get(t) ?? [];
      listeners.set(t, list);
      if (list.some((l) => l.fn === fn && l.capture === capture)) return;
      const signal = (opts as AddEventListenerOptions | null)?.signal;
      if (signal?.aborted) return;
      list.push({ fn: fn as EventListenerOrEventListenerObject, capture, once: !!(opts as AddEventListenerOptions | null)?.once });
      signal?.addEventListener('abort', () => removeListener(t, fn, capture));
    },
    removeEventListener(type, fn, opts) {
      removeListener(`${type}`, fn, captureOf(opts));
    },
    dispatchEvent(ev) {
      fire((ev as Event).type);
      return !(ev as Event).defaultPrevented;
    },
  };
  for (const [k, fn] of Object.entries(methods)) Object.defineProperty(n, k, { value: fn, writable: true, configurable: true });
  const values: Record<string, unknown> = {
    title,
    body: o.body == null ? '' : `${o.body}`,
    tag: o.tag == null ? '' : `${o.tag}`,
    dir: o.dir ?? 'auto',
    lang: o.lang == null ? '' : `${o.lang}`,
    icon: o.icon == null ? '' : `${o.icon}`,
    image: o.image == null ? '' : `${o.image}`,
    badge: o.badge == null ? '' : `${o.badge}`,
    data: o.data ?? null,
    renotify: !!o.renotify,
    requireInteraction: !!o.requireInteraction,
    silent: o.silent == null ? null : !!o.silent,
    timestamp: typeof o.timestamp === 'number' ? o.timestamp : Date.now(),
    vibrate: Object.freeze(o.vibrate == null ? [] : [].concat(o.vibrate as never)),
    actions: Object.freeze([]),
  };
  for (const [k, v] of Object.entries(values)) Object.defineProperty(n, k, { get: () => v, configurable: true });
  for (const type of ['click', 'show', 'close', 'error']) {
    handlers.set(type, null);
    Object.defineProperty(n, `on${type}`, {
      get: () => handlers.get(type),
      set: (fn: unknown) => handlers.set(type, typeof fn === 'function' ? (fn as Fn) : null),
      configurable: true,
    });
  }

  void decided.then((yes) => {
    if (!yes || closed) return;
    try {
      real = show();
    } catch {
      real = null;
    }
    for (const type of ['click', 'show', 'close', 'error']) real?.addEventListener(type, (e) => fire(type, e));
  });
  return n;
}

/** Wraps the notification APIs of one window (the guard's own, or a same-origin child's). */
export function installGuard(win: Win, link: GuardLink): void {
  maskToString(win);
  const Real = win.Notification;
  let permission: (() => unknown) | undefined;
  for (let o: object | null = typeof Real === 'function' ? Real : null; o && !permission; o = Object.getPrototypeOf(o)) {
    permission = Object.getOwnPropertyDescriptor(o, 'permission')?.get;
  }
  const granted = () => {
    try {
      return permission?.call(Real) === 'granted';
    } catch {
      return false;
    }
  };
  if (typeof Real === 'function' && !proxies.has(Real)) {
    const proxy = wrap(Real, {
      construct(target, args, newTarget) {
        // Outside focus, without permission, or for malformed calls: the real constructor, untouched.
        if (link.active() === false || !granted() || args.length < 1) return Reflect.construct(target, args, newTarget);
        const title = `${args[0]}`;
        const o = readOptions(args[1]);
        if (Array.isArray(o.actions) && o.actions.length) return Reflect.construct(target, args, newTarget);
        if (o.renotify && !o.tag) return Reflect.construct(target, args, newTarget);
        if (o.silent && o.vibrate != null) return Reflect.construct(target, args, newTarget);
        const proto = (newTarget as { prototype?: object }).prototype ?? Real.prototype;
        return standIn(win, proto, title, o, () => Reflect.construct(target, [title, o], newTarget) as Notification, link.decide(requestOf(title, o)));
      },
    });
    proxies.add(proxy);
    redefine(win, 'Notification', (d) => ({ ...d, value: proxy }));
    redefine(Real.prototype, 'constructor', (d) => ({ ...d, value: proxy }));
  }

  const swr = win.ServiceWorkerRegistration?.prototype;
  const show = swr?.showNotification;
  if (swr && typeof show === 'function' && !masks.has(show)) {
    redefine(swr, 'showNotification', (d) => ({
      ...d,
      value: wrap(show, {
        apply(target, self: ServiceWorkerRegistration, args) {
          if (link.active() === false || args.length < 1 || !granted() || !(self instanceof win.ServiceWorkerRegistration) || !self.active) {
            return Reflect.apply(target, self, args);
          }
          try {
            const title = `${args[0]}`;
            const o = readOptions(args[1]);
            return link.decide(requestOf(title, o)).then((yes) => (yes ? Reflect.apply(target, self, [title, o]) : undefined));
          } catch (err) {
            return Promise.reject(err);
          }
        },
      }),
    }));
  }

  // A fresh same-origin frame hands out clean constructors: guard it the moment it is reached.
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
      if (!getter || masks.has(getter)) continue;
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

const COUNTER = /\s*\(\d[\d,.\u00a0\u202f]{0,8}\+?\)/g;

/** "(3) Slack" → "Slack", "Inbox (3) - a@b.c - Gmail" → "Inbox - a@b.c - Gmail". */
export function dimTitle(title: string): string {
  return title.replace(COUNTER, '').replace(/\s{2,}/g, ' ').trim();
}

/**
 * During focus, strips unread counters from the tab title and holds back `navigator.setAppBadge`;
 * when focus ends, puts back whatever the page last asked for. Top frame only.
 */
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

  link.onChange((active) => {
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
  });
}

/** The guard's entry: wraps this window's APIs and, in the top frame, dims unread counters. */
export function startGuard(win: Win): void {
  try {
    const link = connectBridge(win);
    installGuard(win, link);
    if (win.top === win) installDimmer(win, link);
  } catch {
    // never break the page
  }
}
