import { send } from '../platform/messaging/lean-client';
import type { Req, Res } from '../platform/messaging/protocol';
import { PORT_MESSAGE, READY_EVENT } from './guard/link';

/*
 * The isolated-world half of the guard ↔ background link. Everything arriving from the page
 * world is untrusted: it is parsed, cut to the protocol's limits, and only title, body and tag
 * travel on (with a service-worker notification's options, which the background parses); the
 * site comes from the sender URL in the background. Into the page goes one boolean (focus on or
 * off), a yes/no per request and the held service-worker notifications of the page's own origin
 * when it lists them, never settings nor which rule matched.
 * The ids of held items stay here: when the page closes a held notification, the guard names
 * its own request and the bridge asks the background to mark the item it held for it as closed.
 *
 * One handshake per frame: the first port that answers `hello` is the guard's (the guard runs
 * before any page script and takes the port with natives it saved). Only that port hears the
 * focus state and gets answers; every other port offered is closed. A port gets at most
 * MAX_IN_FLIGHT answers pending; the background rate-limits what gets through.
 *
 * It runs at document_start in every frame of the covered sites, so it stays small: no zod and
 * no protocol schemas here (they cost tens of milliseconds to build per frame), hence the
 * content-script client. The background parses every `notify` against the protocol with zod;
 * this side only needs a clean "hold" to hold, and treats anything else as "show".
 */

export const NOTIFY_TIMEOUT_MS = 4000;
/** While focus is on, how often the bridge checks that the extension behind it is still there. */
export const ORPHAN_CHECK_MS = 10_000;
/** How many ports a page can make us hand out (the guard asks again only if it started late). */
const MAX_OFFERS = 2;
/**
 * Requests one port may have waiting for the background; beyond it they are shown at once. As
 * many as the background lets one frame through in a burst (NOTIFY_RATE's capacity), so a real
 * burst (ten mails arriving while the worker wakes) is asked about whole, and a flood costs at
 * most this many messages at a time.
 */
export const MAX_IN_FLIGHT = 30;
/** Notifications shown without asking are reported to the background this many at a time at most. */
export const REPORT_BATCH = 100;

export type NotifyRequest = Req<'notify'>;

export type NotifyAnswer = Pick<Res<'notify'>, 'action' | 'id'>;

export type HeldForScope = Res<'listHeldForScope'>['items'][number];

export interface BridgeDeps {
  /** Asks the background; resolves to show or hold (with the held item's id), rejects when it cannot answer. */
  notify(request: NotifyRequest): Promise<NotifyAnswer>;
  /** Tells the background the page closed the held item `id`. */
  dismiss?(id: string): Promise<unknown>;
  /** The held service-worker notifications of a registration scope (the background checks the origin). */
  listHeld?(scope: string): Promise<{ items: HeldForScope[] }>;
  /** Tells the background the page showed a notification with `tag` outside focus. */
  supersede?(tag: string): Promise<unknown>;
  /** Tells the background how many notifications this frame showed at once because too many waited. */
  reportNotHeld?(count: number): Promise<unknown>;
  /**
   * Every change of the focus state, and the current one (read through `readLater` when given; what
   * needs an extension API may start there too). Returns an unsubscribe function.
   */
  watchActive(listener: (active: boolean) => void, readLater?: (read: () => void) => void): () => void;
  /**
   * True once this script is orphaned (Chrome leaves it running without telling it after an
   * extension update): the focus state it last passed on will then never change again.
   */
  orphaned?(): boolean;
  timeoutMs?: number;
  /**
   * Site health: told true when the page-world guard takes this frame's port, false when it has
   * not after GUARD_WAIT_MS (no guard registered, or the page blocked it).
   */
  onGuard?(present: boolean): void;
  /**
   * Runs work that can wait until the page has settled: reading (and watching) the stored focus
   * state, which the guard already knows from its variant (changes the background pushes are
   * followed from its hello on). At once when absent.
   */
  later?(task: () => void): void;
}

/** How long the bridge waits for the guard's hello before telling site health it is not in place. */
export const GUARD_WAIT_MS = 3000;

/**
 * Cuts page-supplied text to what the protocol accepts, so long text is kept (shortened), not
 * refused. A service-worker notification's options travel as they are: the background parses
 * them against the protocol, and refuses the request (shown, then) if they do not fit.
 */
export function toNotifyRequest(raw: unknown): { id: number; request: NotifyRequest } | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { fg, id, title, body, tag, persistent } = raw as Record<string, unknown>;
  if (fg !== 'notify' || !Number.isSafeInteger(id) || (id as number) < 0) return null;
  if (typeof title !== 'string' || typeof body !== 'string' || typeof tag !== 'string') return null;
  const request: NotifyRequest = { title: title.slice(0, 500), body: body.slice(0, 2000) };
  if (tag) request.tag = tag.slice(0, 200);
  if (typeof persistent === 'object' && persistent !== null) request.persistent = persistent as NotifyRequest['persistent'];
  return { id: id as number, request };
}

export function listHeldForScope(scope: string): Promise<{ items: HeldForScope[] }> {
  return send('listHeldForScope', { scope });
}

export function supersedeHeld(tag: string): Promise<unknown> {
  return send('supersedeHeld', { tag });
}

/** Reports notifications the bridge showed without asking; see `BridgeDeps.reportNotHeld`. */
export function reportNotHeld(count: number): Promise<unknown> {
  return send('notHeldInFrame', { count });
}

/** Asks the background about one notification: only a clean "hold" holds; an error reply or no reply rejects. */
export async function notifyBackground(request: NotifyRequest): Promise<NotifyAnswer> {
  const reply: { action?: unknown; id?: unknown } | undefined = await send('notify', request);
  if (reply?.action !== 'hold') return { action: 'show' };
  return typeof reply.id === 'string' ? { action: 'hold', id: reply.id } : { action: 'hold' };
}

export function dismissHeld(id: string): Promise<unknown> {
  return send('dismissHeld', { id });
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    p.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e instanceof Error ? e : new Error(String(e)))),
    );
  });
}

type PostTask = (task: () => void, options: { priority: 'user-blocking'; delay: number; signal: AbortSignal }) => Promise<unknown>;

/**
 * Runs `task` after `ms`; returns a cancel function. Where the browser has `scheduler.postTask`
 * (Chrome), as a 'user-blocking' task, which runs ahead of the thousands of tasks a flooding page
 * may have queued on the thread it shares with this script; a plain timer elsewhere.
 */
function soon(task: () => void, ms: number): () => void {
  const postTask = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler?.postTask;
  if (typeof postTask === 'function') {
    const controller = new AbortController();
    postTask.call((globalThis as unknown as { scheduler: object }).scheduler, task, { priority: 'user-blocking', delay: ms, signal: controller.signal }).catch(() => {});
    return () => controller.abort();
  }
  const timer = setTimeout(task, ms);
  return () => clearTimeout(timer);
}

/** Starts the bridge in this frame; returns a teardown function. */
export function startBridge(win: Window, deps: BridgeDeps): () => void {
  const offered: MessagePort[] = [];
  let guard: MessagePort | null = null;
  let active: boolean | undefined;
  /** The focus state the guard holds: the one it said hello with, then each one we told it. */
  let guardActive: boolean | undefined;
  let offers = 0;
  let inFlight = 0;
  // Shown here without asking (too many waiting): reported as soon as REPORT_BATCH add up, the
  // rest a second after the first. The page that floods keeps its own thread busy showing what it
  // was told to show, so that second is scheduled ahead of its queued tasks (see `soon`).
  let notHeld = 0;
  let cancelReport: (() => void) | undefined;
  const report = () => {
    cancelReport?.();
    cancelReport = undefined;
    const count = notHeld;
    notHeld = 0;
    void deps.reportNotHeld?.(count).catch(() => {});
  };

  // The guard's reference (its request id, or a negative one for an item another page held) →
  // the id of the item the background holds, and back.
  const heldFor = new Map<number, string>();
  const refOf = new Map<string, number>();
  let listedRefs = 0;
  const hold = (ref: number, heldId: string) => {
    heldFor.set(ref, heldId);
    refOf.set(heldId, ref);
  };

  const dismiss = (raw: unknown) => {
    const { id } = raw as { id?: unknown };
    const heldId = typeof id === 'number' ? heldFor.get(id) : undefined;
    if (heldId === undefined) return;
    heldFor.delete(id as number);
    refOf.delete(heldId);
    void deps.dismiss?.(heldId).catch(() => {});
  };

  // The held service-worker notifications of a scope, each under a reference the guard can close it by.
  const list = async (port: MessagePort, raw: unknown) => {
    const { id, scope } = raw as { id?: unknown; scope?: unknown };
    if (!Number.isSafeInteger(id)) return;
    let items: HeldForScope[] = [];
    if (typeof scope === 'string' && scope.length <= 500 && deps.listHeld && inFlight < MAX_IN_FLIGHT) {
      inFlight++;
      try {
        ({ items } = await withTimeout(deps.listHeld(scope), deps.timeoutMs ?? NOTIFY_TIMEOUT_MS));
      } catch {
        items = []; // the page then sees what the browser shows, nothing held
      } finally {
        inFlight--;
      }
    }
    const listed = items.map(({ id: heldId, ...item }) => {
      let ref = refOf.get(heldId);
      if (ref === undefined) hold((ref = -++listedRefs), heldId);
      return { ref, ...item };
    });
    port.postMessage({ fg: 'listed', id, items: listed });
  };

  const answer = async (port: MessagePort, raw: unknown) => {
    const fg = (raw as { fg?: unknown } | null)?.fg;
    if (fg === 'dismiss') return dismiss(raw);
    if (fg === 'list') return list(port, raw);
    if (fg === 'supersede') {
      const { tag } = raw as { tag?: unknown };
      if (typeof tag === 'string' && tag) void deps.supersede?.(tag.slice(0, 200)).catch(() => {});
      return;
    }
    const req = toNotifyRequest(raw);
    if (!req) return; // malformed: nothing to answer to; the guard times out and shows
    if (inFlight >= MAX_IN_FLIGHT) {
      port.postMessage({ fg: 'decision', id: req.id, show: true });
      if (active) {
        notHeld++;
        if (notHeld >= REPORT_BATCH) report();
        else cancelReport ??= soon(report, 1000);
      }
      return;
    }
    inFlight++;
    let show: boolean;
    try {
      const res = await withTimeout(deps.notify(req.request), deps.timeoutMs ?? NOTIFY_TIMEOUT_MS);
      show = res.action !== 'hold';
      if (!show && res.id) hold(req.id, res.id);
    } catch {
      show = true; // unreachable, error or timeout: fail open, never lose a notification
    } finally {
      inFlight--;
    }
    port.postMessage({ fg: 'decision', id: req.id, show });
  };

  const onPortMessage = (port: MessagePort, data: unknown) => {
    if (guard === null && (data as { fg?: unknown } | null)?.fg === 'hello') {
      guard = port;
      // Page-world data, a hint only: it spares the guard a message telling what it knows.
      const said = (data as { active?: unknown }).active;
      guardActive = typeof said === 'boolean' ? said : undefined;
      active ??= guardActive;
      deps.onGuard?.(true);
      win.removeEventListener(READY_EVENT, offer);
      for (const p of offered) if (p !== port) p.close();
      offered.length = 0;
      offered.push(port);
      watch();
    } else if (port === guard) {
      void answer(port, data);
    }
  };

  function offer() {
    if (guard || offers >= MAX_OFFERS) return;
    offers++;
    const channel = new MessageChannel();
    channel.port1.onmessage = (e) => onPortMessage(channel.port1, e.data);
    offered.push(channel.port1);
    win.postMessage(PORT_MESSAGE, '*', [channel.port2]);
  }

  // Orphaned during focus, the guard would go on dimming the title and holding the badge until
  // the page reloads: while focus is on, check now and then, and stand down once orphaned.
  let orphanCheck: ReturnType<typeof setInterval> | undefined;
  const checkOrphan = (on: boolean) => {
    if (on && orphanCheck === undefined && deps.orphaned) {
      orphanCheck = setInterval(() => deps.orphaned?.() && stop(), ORPHAN_CHECK_MS);
    } else if (!on && orphanCheck !== undefined) {
      clearInterval(orphanCheck);
      orphanCheck = undefined;
    }
  };

  const guardWait = setTimeout(() => guard || deps.onGuard?.(false), GUARD_WAIT_MS);

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    clearTimeout(guardWait);
    checkOrphan(false);
    cancelReport?.();
    win.removeEventListener(READY_EVENT, offer);
    // The guard keeps its port for the page's lifetime: tell it focus is off before the port
    // goes quiet, so it shows notifications at once (instead of after its timeout) and puts
    // the page's title and badge back.
    guard?.postMessage({ fg: 'state', active: false });
    for (const p of offered) p.close();
    try {
      unwatch?.();
    } catch {
      // an orphaned script may have lost the extension APIs its watcher was added with
    }
  };

  // The focus state matters only to a guard: it is followed once one says hello, never in a frame
  // where no guard runs: changes the background pushes at once, the stored state (extension
  // storage, read to confirm the guard's own, then watched) once the page has settled. The guard
  // hears it only when it differs from what the guard holds.
  let unwatch: (() => void) | undefined;
  const { later } = deps;
  function watch() {
    unwatch ??= deps.watchActive(
      (next) => {
        active = next;
        if (next !== guardActive) {
          guardActive = next;
          guard?.postMessage({ fg: 'state', active: next });
        }
        checkOrphan(next);
      },
      later && ((read) => later(() => stopped || read())),
    );
  }

  win.addEventListener(READY_EVENT, offer);
  offer();

  return stop;
}

/**
 * The first seconds of a page are its busiest (the host app renders, fetches, hydrates): what the
 * bridge can do later (read and follow the focus state, report the guard to site health) waits
 * this long after the frame starts, then for idle time.
 */
export const PAGE_SETTLE_MS = 3000;

/** On a page that is never idle, the guard's health report still goes this long after it was known. */
export const GUARD_REPORT_IDLE_MS = 5000;

/**
 * Tells the background whether the guard is in place in this frame (https frames only: about:blank
 * and blob frames have no site), in the page's idle time: the message wakes the background, which
 * is no work for the page's start-up.
 */
export function reportGuard(win: Window, present: boolean): void {
  if (win.location.protocol !== 'https:') return;
  const report = { feature: 'notify' as const, checks: { guard: present }, chains: {} };
  const page = Math.round(win.performance.timeOrigin);
  win.requestIdleCallback(() => void send('reportHealth', { page, reports: [report] }).catch(() => undefined), { timeout: GUARD_REPORT_IDLE_MS });
}
