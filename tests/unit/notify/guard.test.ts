// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://app.slack.com/client/T1/C1" }
import { dimTitle, installDimmer } from '../../../utils/notify/guard/dimmer';
import { startGuard } from '../../../utils/notify/guard';
import { installGuard } from '../../../utils/notify/guard/install';
import type { GuardLink } from '../../../utils/notify/guard/link';
import type { GuardRequest, Listed } from '../../../utils/notify/guard/options';

/*
 * The guard against a stand-in for the browser's own Notification API that behaves like the
 * native one where it matters: a static permission getter, requestPermission in both forms,
 * maxActions, private state (so its getters throw on foreign objects, like "Illegal
 * invocation"), a constructor that refuses calls without `new`, and async `show`.
 */

let permission: NotificationPermission = 'granted';
/** Per-object state of the native mock: reading it off anything else throws, like the browser's "Illegal invocation". */
const state = new WeakMap<object, { title: string; options: Record<string, unknown>; handlers: Map<string, unknown> }>();
const own = (self: unknown) => {
  const s = state.get(self as object);
  if (!s) throw new TypeError('Illegal invocation');
  return s;
};
class NativeNotification extends EventTarget {
  static created: NativeNotification[] = [];
  static get permission() {
    return permission;
  }
  static requestPermission(cb?: (p: NotificationPermission) => void) {
    const p = Promise.resolve(permission);
    if (cb) void p.then(cb);
    return p;
  }
  static get maxActions() {
    return 2;
  }
  closed = false;
  constructor(title: string, options: NotificationOptions & { actions?: unknown[] } = {}) {
    if (arguments.length < 1) throw new TypeError("Failed to construct 'Notification': 1 argument required");
    super();
    if (options.actions?.length) throw new TypeError('Actions are only supported for persistent notifications');
    if (options.dir !== undefined && !['auto', 'ltr', 'rtl'].includes(options.dir)) throw new TypeError('not a valid NotificationDirection');
    state.set(this, { title: `${title}`, options: { ...options }, handlers: new Map() });
    NativeNotification.created.push(this);
    setTimeout(() => this.dispatchEvent(new Event(permission === 'granted' ? 'show' : 'error')));
  }
  close() {
    own(this);
    this.closed = true;
    this.dispatchEvent(new Event('close'));
  }
}
// Attributes and event handler attributes are accessors on the prototype, as in the browser.
Object.defineProperty(NativeNotification.prototype, 'title', { get: function (this: unknown) { return own(this).title; }, configurable: true });
// Chromium's attributes: the guard reads the options the browser reports back (and vibrate).
const FALLBACKS: Record<string, unknown> = { dir: 'auto', data: null, timestamp: 0, silent: false, requireInteraction: false, renotify: false, vibrate: [], actions: [] };
for (const key of ['body', 'tag', 'icon', 'image', 'badge', 'dir', 'lang', 'data', 'timestamp', 'silent', 'requireInteraction', 'renotify', 'vibrate', 'actions']) {
  const fallback = key in FALLBACKS ? FALLBACKS[key] : '';
  Object.defineProperty(NativeNotification.prototype, key, { get: function (this: unknown) { return own(this).options[key] ?? fallback; }, configurable: true });
}
for (const type of ['click', 'show', 'close', 'error']) {
  Object.defineProperty(NativeNotification.prototype, `on${type}`, {
    get: function (this: unknown) {
      return own(this).handlers.get(type) ?? null;
    },
    set: function (this: EventTarget, fn: unknown) {
      const { handlers } = own(this);
      if (!handlers.has(type)) this.addEventListener(type, (e) => (handlers.get(type) as ((e: Event) => void) | null)?.call(this, e));
      handlers.set(type, typeof fn === 'function' ? fn : null);
    },
    configurable: true,
  });
}
Object.defineProperty(NativeNotification.prototype, Symbol.toStringTag, { value: 'Notification' });
Object.defineProperty(NativeNotification, 'name', { value: 'Notification' });

class NativeRegistration {
  static shown: [string, NotificationOptions | undefined][] = [];
  active: object | null = {};
  scope = 'https://app.slack.com/';
  showNotification(title: string, options?: NotificationOptions) {
    NativeRegistration.shown.push([title, options]);
    return Promise.resolve();
  }
  getNotifications(filter?: { tag?: string }) {
    return Promise.resolve(NativeRegistration.shown.filter(([, o]) => !filter?.tag || o?.tag === filter.tag).map(([t, o]) => new NativeNotification(t, o)));
  }
}

let active = false;
const asked: GuardRequest[] = [];
let answer: (r: GuardRequest) => Promise<boolean> = async () => false;
const changeListeners: ((a: boolean) => void)[] = [];
/** Titles of the notifications the guard dismissed (the page closed them while held). */
const dismissed: string[] = [];
/** Tags the guard reported shown outside focus. */
const superseded: string[] = [];
/**
 * What the background holds, as the bridge lists it: service-worker notifications held from
 * this page (by the guard's ref) and from other pages of the origin (negative refs).
 */
let held: Listed[] = [];
let seq = 0;
const link: GuardLink = {
  active: () => active,
  decide: (r) => {
    asked.push(r);
    const ref = ++seq;
    const show = answer(r).then((yes) => {
      if (!yes && r.persistent) held = [...held.filter((h) => !r.tag || h.tag !== r.tag), { ref, title: r.title, body: r.body, tag: r.tag, persistent: r.persistent }];
      return yes;
    });
    return { show, dismiss: () => void dismissed.push(r.title), ref };
  },
  list: async (scope) => held.filter((h) => h.persistent.scope === scope),
  dismiss: (ref) => {
    const gone = held.find((h) => h.ref === ref);
    held = held.filter((h) => h !== gone);
    if (gone) dismissed.push(gone.title);
  },
  supersede: (tag) => void superseded.push(tag),
  onChange: (l) => void changeListeners.push(l),
};
function setActive(a: boolean) {
  active = a;
  for (const l of changeListeners) l(a);
}

const badgeCalls: unknown[][] = [];
const nativeToString = Function.prototype.toString;
const nativeSource = nativeToString.call(NativeNotification);
const W = window as unknown as Window & typeof globalThis & Record<string, unknown>;
W.Notification = NativeNotification as unknown as typeof Notification;
W.ServiceWorkerRegistration = NativeRegistration as unknown as typeof ServiceWorkerRegistration;
Object.assign(W.Navigator.prototype, {
  setAppBadge: (...args: unknown[]) => (badgeCalls.push(['set', ...args]), Promise.resolve()),
  clearAppBadge: () => (badgeCalls.push(['clear']), Promise.resolve()),
});
/** The frame getter as the browser has it, before the guard wraps it. */
const nativeContentWindow = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow')!.get!;
/** Notification.prototype's accessors as the browser has them, before the guard runs. */
const nativeAccessors = () =>
  ['title', 'body', 'tag', 'onclick', 'onclose'].map((key) => {
    const d = Object.getOwnPropertyDescriptor(NativeNotification.prototype, key)!;
    return [d.get, d.set];
  });
const untouchedAccessors = nativeAccessors();
installGuard(W, link);
installDimmer(W, link);

const tick = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  permission = 'granted';
  NativeNotification.created = [];
  NativeRegistration.shown = [];
  asked.length = 0;
  dismissed.length = 0;
  superseded.length = 0;
  held = [];
  badgeCalls.length = 0;
  answer = async () => false;
  setActive(false);
});

describe('the API surface pages see', () => {
  // First in this file: every later hold patches the prototype for good.
  it("leaves Notification.prototype's accessors as the browser made them until Focusgate holds a notification", async () => {
    expect(nativeAccessors()).toEqual(untouchedAccessors);
    const shown = new Notification('Outside focus', { tag: 't' });
    expect(shown.title).toBe('Outside focus');
    expect(nativeAccessors()).toEqual(untouchedAccessors);
    setActive(true);
    answer = async () => true; // asked, then shown: a stand-in while Focusgate decides
    const decided = new Notification('During focus', { body: 'b' });
    expect(nativeAccessors()).not.toEqual(untouchedAccessors);
    expect([decided.title, decided.body]).toEqual(['During focus', 'b']);
    await tick();
    await tick();
    expect(decided.title).toBe('During focus');
  });

  it('keeps the constructor looking native', () => {
    expect(Notification).not.toBe(NativeNotification);
    expect(Notification.name).toBe('Notification');
    expect(Notification.length).toBe(NativeNotification.length);
    expect(Notification.prototype).toBe(NativeNotification.prototype);
    expect(Notification.prototype.constructor).toBe(Notification);
    expect(Function.prototype.toString.call(Notification)).toBe(nativeSource);
    expect(`${Notification}`).toBe(nativeSource);
    expect(Function.prototype.toString.call(Function.prototype.toString)).toBe(nativeToString.call(nativeToString));
  });

  it('forwards the static permission getter, maxActions and both requestPermission forms', async () => {
    expect(Notification.permission).toBe('granted');
    permission = 'denied';
    expect(Notification.permission).toBe('denied');
    expect((Notification as unknown as { maxActions: number }).maxActions).toBe(2);
    await expect(Notification.requestPermission()).resolves.toBe('denied');
    const cb = vi.fn();
    await Notification.requestPermission(cb);
    await tick();
    expect(cb).toHaveBeenCalledWith('denied');
  });

  it('rejects the same misuse as the native constructor', () => {
    expect(() => (Notification as unknown as () => void)()).toThrow(TypeError);
    expect(() => new (Notification as unknown as new () => Notification)()).toThrow(TypeError);
    setActive(true);
    expect(() => new (Notification as unknown as new () => Notification)()).toThrow(TypeError);
    expect(() => new Notification('x', 5 as unknown as NotificationOptions)).toThrow(TypeError);
    expect(() => new Notification('x', { actions: [{ action: 'a', title: 'A' }] } as NotificationOptions)).toThrow(/persistent/);
    expect(asked).toEqual([]);
  });
});

describe('outside focus', () => {
  it('passes straight through to the real constructor, untouched', () => {
    const onclick = vi.fn();
    const n = new Notification('Alice', { body: 'hi', tag: 't' });
    n.onclick = onclick;
    expect(NativeNotification.created).toEqual([n]);
    expect(n).toBeInstanceOf(Notification);
    expect(n.constructor).toBe(Notification);
    n.dispatchEvent(new Event('click'));
    expect(onclick).toHaveBeenCalledOnce();
    expect(asked).toEqual([]);
  });

  it('lets subclasses of Notification work', () => {
    class Mine extends Notification {}
    const n = new Mine('x');
    expect(n).toBeInstanceOf(Mine);
    expect(n).toBeInstanceOf(Notification);
  });
});

describe('during focus', () => {
  beforeEach(() => setActive(true));

  it('holds: the page gets a working Notification and nothing is shown', async () => {
    const n = new Notification('Alice', { body: 'lunch?', tag: 'C1', data: { channel: 'C1' }, icon: '/a.png' });
    expect(asked).toEqual([{ title: 'Alice', body: 'lunch?', tag: 'C1' }]);
    expect(n).toBeInstanceOf(Notification);
    expect(n).toBeInstanceOf(EventTarget);
    expect(Object.prototype.toString.call(n)).toBe('[object Notification]');
    expect(n.constructor).toBe(Notification);
    expect([n.title, n.body, n.tag, n.icon, n.dir, n.lang]).toEqual(['Alice', 'lunch?', 'C1', 'https://app.slack.com/a.png', 'auto', '']);
    expect(Object.getOwnPropertyNames(n)).toEqual([]);
    expect(Object.getPrototypeOf(n)).toBe(NativeNotification.prototype);
    expect(n.data).toEqual({ channel: 'C1' });
    expect(n.onclick).toBeNull();
    const onclick = vi.fn();
    n.onclick = onclick;
    expect(n.onclick).toBe(onclick);
    n.onclick = 'nonsense' as unknown as null;
    expect(n.onclick).toBeNull();
    n.addEventListener('click', onclick);
    n.removeEventListener('click', onclick);
    const events: string[] = [];
    for (const type of ['show', 'close', 'error']) n.addEventListener(type, () => events.push(type));
    await tick();
    await tick();
    expect(events).toEqual(['show']); // held counts as displayed, as the page would see it
    expect(dismissed).toEqual([]);
    expect(() => n.close()).not.toThrow();
    await tick();
    expect(events).toEqual(['show', 'close']);
    expect(NativeNotification.created).toEqual([]);
    // Closed by the page: Focusgate drops it, once, so the digest does not bring it up.
    expect(dismissed).toEqual(['Alice']);
    n.close();
    await tick();
    expect([events, dismissed]).toEqual([['show', 'close'], ['Alice']]);
  });

  it('a held notification with the same tag replaces the earlier one: close, then show', async () => {
    const events: string[] = [];
    const first = new Notification('Alice', { tag: 'C1' });
    first.onshow = () => events.push('first show');
    first.onclose = () => events.push('first close');
    await tick();
    await tick();
    const second = new Notification('Alice', { body: 'again', tag: 'C1' });
    second.onshow = () => events.push('second show');
    await tick();
    await tick();
    expect(events).toEqual(['first show', 'first close', 'second show']);
    expect(NativeNotification.created).toEqual([]);
    // The background replaces it by its tag; closing the replaced one asks nothing more.
    first.close();
    expect(dismissed).toEqual([]);
  });

  it('reports what the browser would: URLs resolved, defaults, data cloned', () => {
    const data = { when: new Date(0) };
    const n = new Notification('Bob', { icon: 'img/a.png', data } as NotificationOptions);
    expect(n.icon).toBe('https://app.slack.com/client/T1/img/a.png');
    expect(n.data).not.toBe(data);
    expect((n.data as typeof data).when.getTime()).toBe(0);
    const get = Object.getOwnPropertyDescriptor(NativeNotification.prototype, 'icon')!.get!;
    expect(get.call(n)).toBe(n.icon);
    expect(() => get.call({})).toThrow(TypeError);
    expect(Function.prototype.toString.call(get)).not.toContain('own(self)');
  });

  it('hands options the browser would refuse to the real constructor, which throws', () => {
    expect(() => new Notification('x', { dir: 'up' } as unknown as NotificationOptions)).toThrow(TypeError);
    expect(asked).toEqual([]);
  });

  it('starts holding from the first line when registered in the focus-on variant', () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<p>loading</p>';
    document.body.appendChild(frame);
    const child = frame.contentWindow as unknown as Window & typeof globalThis;
    child.Notification = class extends NativeNotification {} as unknown as typeof Notification;
    startGuard(child, true);
    new child.Notification('At load');
    expect(NativeNotification.created).toEqual([]);
    frame.remove();
  });

  it('shows when Focusgate says so, forwarding events with the stand-in as `this` and target', async () => {
    answer = async () => true;
    const n = new Notification('Bob', { body: 'urgent: prod down', tag: 'x' });
    const seen: [unknown, unknown, string][] = [];
    n.onclick = function (this: unknown, e: Event) {
      seen.push([this, e.target, 'onclick']);
      e.preventDefault();
    };
    const once = vi.fn();
    n.addEventListener('click', once, { once: true });
    n.addEventListener('click', { handleEvent: (e: Event) => seen.push([null, e.currentTarget, 'object']) });
    const onshow = vi.fn();
    n.onshow = onshow;
    await tick();
    await tick();
    const real = NativeNotification.created[0]! as unknown as Notification & { closed: boolean };
    expect([real.title, real.body, real.tag]).toEqual(['Bob', 'urgent: prod down', 'x']);
    expect(onshow).toHaveBeenCalledOnce();
    const click = new Event('click', { cancelable: true });
    real.dispatchEvent(click);
    real.dispatchEvent(new Event('click', { cancelable: true }));
    expect(seen).toEqual([
      [n, n, 'onclick'],
      [null, n, 'object'],
      [n, n, 'onclick'],
      [null, n, 'object'],
    ]);
    expect(once).toHaveBeenCalledOnce();
    expect(click.defaultPrevented).toBe(true);
    const onclose = vi.fn();
    n.onclose = onclose;
    n.close();
    expect(real.closed).toBe(true);
    expect(onclose).toHaveBeenCalledOnce();
    expect(onclose.mock.calls[0]![0].target).toBe(n);
  });

  it('forwards the real notification’s error event', async () => {
    answer = async () => true;
    const n = new Notification('Fay');
    const onerror = vi.fn();
    n.addEventListener('error', onerror);
    permission = 'denied'; // the browser refuses to show it after all
    await tick();
    await tick();
    expect(onerror).toHaveBeenCalledOnce();
  });

  it('does not show a notification the page closed while Focusgate was deciding', async () => {
    let release!: (v: boolean) => void;
    answer = () => new Promise((r) => (release = r));
    const n = new Notification('Carol');
    n.close();
    release(true);
    await tick();
    expect(NativeNotification.created).toEqual([]);
    expect(dismissed).toEqual([]);
  });

  it('closing a shown notification closes the real one and dismisses nothing', async () => {
    answer = async () => true;
    const n = new Notification('Dan');
    await tick();
    n.close();
    expect((NativeNotification.created[0] as NativeNotification).closed).toBe(true);
    expect(dismissed).toEqual([]);
  });

  it('leaves pages without permission to the real API (which reports the error)', () => {
    permission = 'default';
    const n = new Notification('Eve');
    expect(NativeNotification.created).toEqual([n]);
    expect(asked).toEqual([]);
  });

  it('holds ServiceWorkerRegistration.showNotification and resolves as usual', async () => {
    const reg = new NativeRegistration() as unknown as ServiceWorkerRegistration;
    await expect(reg.showNotification('Standup', { body: 'in 5 min', tag: 'ev1' })).resolves.toBeUndefined();
    expect(asked).toEqual([{ title: 'Standup', body: 'in 5 min', tag: 'ev1', persistent: expect.objectContaining({ scope: 'https://app.slack.com/', dir: 'auto' }) }]);
    expect(NativeRegistration.shown).toEqual([]);
    // Listed (with its tag filter) while held, like a shown one; close() forgets it.
    const [listed] = await reg.getNotifications({ tag: 'ev1' });
    expect([listed!.title, listed!.body, listed!.tag]).toEqual(['Standup', 'in 5 min', 'ev1']);
    expect(await reg.getNotifications({ tag: 'other' })).toEqual([]);
    expect(dismissed).toEqual([]);
    listed!.close();
    expect(await reg.getNotifications()).toEqual([]);
    expect(dismissed).toEqual(['Standup']);
    listed!.close(); // already gone: nothing more to tell
    expect(dismissed).toEqual(['Standup']);
    answer = async () => true;
    await reg.showNotification('Incident', { body: 'sev1' });
    expect(NativeRegistration.shown).toEqual([['Incident', { body: 'sev1' }]]);
    expect(Function.prototype.toString.call(NativeRegistration.prototype.showNotification)).toContain('showNotification(title, options)');
  });

  it('lists held service-worker notifications of every page of the origin, by scope and tag, until the page closes them', async () => {
    const reg = new NativeRegistration() as unknown as ServiceWorkerRegistration;
    const data = { thread: 'T9', at: new Date(0) }; // not plain JSON: exact here, from this page only
    await reg.showNotification('Here', { body: 'mine', tag: 'a', icon: 'icons/a.png', data, timestamp: 10 } as NotificationOptions);
    expect(asked[0]!.persistent).toEqual({
      scope: 'https://app.slack.com/', dir: 'auto', lang: '', icon: 'https://app.slack.com/client/T1/icons/a.png', image: '', badge: '',
      data: JSON.stringify(data), silent: false, requireInteraction: false, renotify: false, timestamp: 10, vibrate: [],
    });
    // Held by another tab of the origin (the bridge gives it a negative ref), and one under another scope.
    const other = { ...asked[0]!.persistent!, icon: 'https://app.slack.com/x.png', data: '{"thread":"T2"}', timestamp: 5 };
    held.push({ ref: -1, title: 'There', body: 'theirs', tag: 'b', persistent: other });
    held.push({ ref: -2, title: 'Elsewhere', body: '', persistent: { ...other, scope: 'https://app.slack.com/other/' } });
    NativeRegistration.shown.push(['Real', { tag: 'a', timestamp: 20 } as NotificationOptions]);

    const all = await reg.getNotifications();
    expect(all.map((n) => n.title)).toEqual(['There', 'Here', 'Real']);
    const [there, here] = all;
    expect([there!.body, there!.tag, there!.icon, there!.data]).toEqual(['theirs', 'b', 'https://app.slack.com/x.png', { thread: 'T2' }]);
    expect(here!.data).toEqual(data); // the Date survives in the page that showed it
    expect((await reg.getNotifications({ tag: 'b' })).map((n) => n.title)).toEqual(['There']);
    expect((await reg.getNotifications({ tag: 'a' })).map((n) => n.title)).toEqual(['Here', 'Real']);

    there!.close();
    expect(dismissed).toEqual(['There']);
    expect((await reg.getNotifications()).map((n) => n.title)).toEqual(['Here', 'Real']);
    // Focus over: the digest took them; only the browser's own are listed.
    setActive(false);
    expect((await reg.getNotifications()).map((n) => n.title)).toEqual(['Real']);
  });

  it('outside focus, a notification with the tag of a held one replaces it: the held one closes and leaves the digest', async () => {
    setActive(true);
    const events: string[] = [];
    const held = new Notification('Alice', { tag: 'C1' });
    held.onclose = () => events.push('held close');
    const untagged = new Notification('Bob');
    untagged.onclose = () => events.push('untagged close');
    await tick();
    await tick();
    setActive(false);
    const real = new Notification('Alice', { body: 'again', tag: 'C1' });
    new Notification('Carol');
    await tick();
    expect(NativeNotification.created).toEqual([real, expect.anything()]);
    expect(events).toEqual(['held close']);
    expect(superseded).toEqual(['C1']);
    // A service-worker notification too; the tag is read without running the page's getters.
    const reg = new NativeRegistration() as unknown as ServiceWorkerRegistration;
    await reg.showNotification('Standup', { tag: 'ev1' });
    const sneaky = { get tag() {
      events.push('getter ran');
      return 'ev2';
    } };
    await reg.showNotification('Sneaky', sneaky);
    expect(superseded).toEqual(['C1', 'ev1']);
    expect(events).toEqual(['held close']); // the guard never ran the page's getter
    permission = 'denied';
    new Notification('Denied', { tag: 'C1' });
    expect(superseded).toEqual(['C1', 'ev1']);
  });

  it('passes showNotification through when there is no active worker or no permission', async () => {
    const reg = new NativeRegistration();
    reg.active = null;
    await reg.showNotification('a');
    permission = 'denied';
    reg.active = {};
    await reg.showNotification('b');
    expect(NativeRegistration.shown.map((s) => s[0])).toEqual(['a', 'b']);
    expect(asked).toEqual([]);
  });

  it('guards a fresh iframe’s constructor the moment the page reaches it', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<p>fresh</p>';
    document.body.appendChild(frame);
    const child = frame.contentWindow as unknown as Window & typeof globalThis;
    class FreshNative extends NativeNotification {}
    child.Notification = FreshNative as unknown as typeof Notification;
    const clean = (frame.contentWindow as typeof child).Notification;
    expect(clean).not.toBe(FreshNative);
    const n = new clean('Sneaky', { body: 'from an iframe' });
    await tick();
    expect(NativeNotification.created).toEqual([]);
    expect(asked).toEqual([{ title: 'Sneaky', body: 'from an iframe', tag: '' }]);
    expect(n).toBeInstanceOf(clean);
    expect((frame.contentDocument!.defaultView as typeof child).Notification).toBe(clean);
    frame.remove();
  });

  it.each(['the child’s own copy first', 'the parent’s copy first'])(
    'wraps a same-origin child once when two copies of the guard reach it (%s): each notification is asked about once',
    async (order) => {
      // A second copy of the guard, as the one running in the child frame itself: its own module state.
      vi.resetModules();
      const { installGuard: installCopy } = await import('../../../utils/notify/guard/install');
      const frame = document.createElement('iframe');
      frame.srcdoc = '<p>child</p>';
      document.body.appendChild(frame);
      // The window as the child's copy sees it (its own global), without the parent's copy reaching it.
      const raw = nativeContentWindow.call(frame) as Window & typeof globalThis;
      const childAsked: GuardRequest[] = [];
      // Focusgate says "show": a wrapper over a wrapper would ask again when the outer one shows.
      answer = async () => true;
      const childLink: GuardLink = { ...link, decide: (r) => (childAsked.push(r), { show: Promise.resolve(true), dismiss: () => undefined, ref: 0 }) };
      class ChildNative extends NativeNotification {}
      raw.Notification = ChildNative as unknown as typeof Notification;
      setActive(true);
      if (order === 'the child’s own copy first') {
        installCopy(raw, childLink);
        void frame.contentWindow; // the parent's copy reaches it through the getter
      } else {
        void frame.contentWindow;
        installCopy(raw, childLink);
      }
      new raw.Notification('Once', { body: 'from the child' });
      await tick();
      await tick();
      expect([...asked, ...childAsked]).toEqual([{ title: 'Once', body: 'from the child', tag: '' }]);
      expect(NativeNotification.created.map((n) => (n as unknown as Notification).title)).toEqual(['Once']);
      frame.remove();
    },
  );
});

describe('unread counters', () => {
  it.each([
    ['(3) Slack | general | Acme', 'Slack | general | Acme'],
    ['Inbox (3) - dana@acme.test - Gmail', 'Inbox - dana@acme.test - Gmail'],
    ['Inbox (1,204) - Gmail', 'Inbox - Gmail'],
    ['Meeting (draft) notes', 'Meeting (draft) notes'],
    ['(99+) Slack', 'Slack'],
    ['Google Calendar - Week', 'Google Calendar - Week'],
  ])('%s → %s', (raw, dimmed) => expect(dimTitle(raw)).toBe(dimmed));

  it('dims the title during focus, follows the page’s updates, and restores the latest after', async () => {
    document.title = '(3) Slack | general';
    setActive(true);
    expect(document.title).toBe('Slack | general');
    document.title = '(5) Slack | random';
    await tick();
    expect(document.title).toBe('Slack | random');
    setActive(false);
    expect(document.title).toBe('(5) Slack | random');
    document.title = '(6) Slack | random';
    await tick();
    expect(document.title).toBe('(6) Slack | random');
  });

  it('does not touch a title the page changed to something without a counter', async () => {
    document.title = '(2) Slack';
    setActive(true);
    document.title = 'Slack | huddle';
    await tick();
    setActive(false);
    expect(document.title).toBe('Slack | huddle');
  });

  it('keeps app badges back during focus and restores the last one after', async () => {
    await navigator.setAppBadge(4);
    expect(badgeCalls).toEqual([['set', 4]]);
    setActive(true);
    expect(badgeCalls).toEqual([['set', 4], ['clear']]);
    await navigator.setAppBadge(7);
    expect(badgeCalls).toHaveLength(2);
    setActive(false);
    expect(badgeCalls).toEqual([['set', 4], ['clear'], ['set', 7]]);
  });

  it('leaves a cleared badge cleared after focus', async () => {
    await navigator.clearAppBadge();
    badgeCalls.length = 0;
    setActive(true);
    await navigator.clearAppBadge();
    setActive(false);
    expect(badgeCalls).toEqual([]);
  });
});
