// @vitest-environment happy-dom
import { Window as HappyWindow } from 'happy-dom';
import { connectBridge, DECIDE_TIMEOUT_MS, PORT_MESSAGE, READY_EVENT } from '../../../utils/notify/guard/link';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  GUARD_REPORT_IDLE_MS,
  GUARD_WAIT_MS,
  MAX_IN_FLIGHT,
  notifyBackground,
  ORPHAN_CHECK_MS,
  REPORT_BATCH,
  reportGuard,
  startBridge,
  toNotifyRequest,
  type BridgeDeps,
} from '../../../utils/notify/bridge';

import type { HeldOptions } from '../../../utils/platform/db/records';

type Win = Window & typeof globalThis;

/** A fresh page whose postMessage carries transferred ports, as browsers do (happy-dom drops them). */
function freshWindow(): Win {
  const win = new HappyWindow({ url: 'https://app.slack.com/client/T1/C1' }) as unknown as Win;
  win.postMessage = ((data: unknown, _origin: string, transfer?: MessagePort[]) =>
    void setTimeout(() => win.dispatchEvent(new win.MessageEvent('message', { data, source: win, ports: transfer ?? [] })))) as Win['postMessage'];
  return win;
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 50 && !check(); i++) await new Promise((r) => setTimeout(r, 2));
  expect(check()).toBe(true);
};

function deps(notify: BridgeDeps['notify'], initial = true) {
  let push: (a: boolean) => void = () => {};
  return {
    d: {
      notify,
      watchActive(l: (a: boolean) => void) {
        push = l;
        l(initial);
        return () => {};
      },
      timeoutMs: 50,
    } satisfies BridgeDeps,
    push: (a: boolean) => push(a),
  };
}

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((s) => s()));

describe('guard ↔ bridge', () => {
  it.each(['guard first', 'bridge first'])('tells site health the guard is in place once it takes the port (%s)', async (order) => {
    const win = freshWindow();
    const seen: boolean[] = [];
    const { d } = deps(async () => ({ action: 'show' }));
    if (order === 'guard first') connectBridge(win, false);
    stops.push(startBridge(win, { ...d, onGuard: (present) => seen.push(present) }));
    if (order === 'bridge first') connectBridge(win, false);
    await until(() => seen.length === 1);
    expect(seen).toEqual([true]);
  });

  it('tells site health the guard is missing when no guard answers in time', async () => {
    vi.useFakeTimers();
    try {
      const seen: boolean[] = [];
      const { d } = deps(async () => ({ action: 'show' }));
      stops.push(startBridge(freshWindow(), { ...d, onGuard: (present) => seen.push(present) }));
      await vi.advanceTimersByTimeAsync(GUARD_WAIT_MS - 10);
      expect(seen).toEqual([]);
      await vi.advanceTimersByTimeAsync(20);
      expect(seen).toEqual([false]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reads the focus state only once a guard says hello: a frame without a guard never reads it', async () => {
    vi.useFakeTimers();
    try {
      const alone = deps(async () => ({ action: 'show' }));
      const watchAlone = vi.spyOn(alone.d, 'watchActive');
      stops.push(startBridge(freshWindow(), alone.d));
      await vi.advanceTimersByTimeAsync(GUARD_WAIT_MS + 10);
      expect(watchAlone).not.toHaveBeenCalled();

      const win = freshWindow();
      const guarded = deps(async () => ({ action: 'show' }));
      const watchGuarded = vi.spyOn(guarded.d, 'watchActive');
      stops.push(startBridge(win, guarded.d));
      expect(watchGuarded).not.toHaveBeenCalled(); // not at start-up
      const link = connectBridge(win, false);
      await vi.advanceTimersByTimeAsync(10);
      expect(watchGuarded).toHaveBeenCalledTimes(1);
      expect(link.active()).toBe(true); // the state it read reached the guard
    } finally {
      vi.useRealTimers();
    }
  });

  /** A guard as the page world runs it: takes the offered port, says hello with its variant's state; returns what the bridge then tells it. */
  function helloGuard(win: Win, active: boolean): unknown[] {
    const heard: unknown[] = [];
    win.addEventListener('message', (e) => {
      const port = e.ports[0];
      if (e.data !== PORT_MESSAGE || !port) return;
      port.onmessage = (m) => heard.push(m.data);
      port.postMessage({ fg: 'hello', active });
    });
    return heard;
  }

  it('the handshake is one exchange: the guard says hello with its state; once the page has settled the bridge reads focus and speaks only of a change', async () => {
    vi.useFakeTimers();
    try {
      const win = freshWindow();
      const heard = helloGuard(win, false);
      // Storage as the bridge sees it: changes pushed to the listener, the current state read on request.
      let stored = false;
      let onChange: (active: boolean) => void = () => {};
      const reads: boolean[] = [];
      const watchActive = vi.fn<BridgeDeps['watchActive']>((listener, readLater = (read) => read()) => {
        onChange = listener;
        readLater(() => (reads.push(stored), listener(stored)));
        return () => {};
      });
      const later: (() => void)[] = [];
      const guardSeen: boolean[] = [];
      stops.push(
        startBridge(win, { notify: async () => ({ action: 'show' }), watchActive, later: (task) => later.push(task), onGuard: (present) => guardSeen.push(present) }),
      );
      await vi.advanceTimersByTimeAsync(10);
      expect(guardSeen).toEqual([true]);
      expect(watchActive).toHaveBeenCalledTimes(1); // changes are followed from the hello on
      expect(reads).toEqual([]); // but nothing is read during the page's start-up
      expect(later).toHaveLength(1);

      later[0]!();
      await vi.advanceTimersByTimeAsync(10);
      expect(reads).toEqual([false]);
      expect(heard).toEqual([]); // focus is off, as the guard said: nothing to tell it
      onChange(true);
      await vi.advanceTimersByTimeAsync(10);
      onChange(true);
      await vi.advanceTimersByTimeAsync(10);
      expect(heard).toEqual([{ fg: 'state', active: true }]);

      // A guard whose variant went stale (focus changed as the page loaded) is put right by the read.
      stored = false;
      const stale = freshWindow();
      const staleHeard = helloGuard(stale, true);
      stops.push(startBridge(stale, { notify: async () => ({ action: 'show' }), watchActive, later: (task) => later.push(task) }));
      await vi.advanceTimersByTimeAsync(10);
      expect(staleHeard).toEqual([]);
      later[1]!();
      await vi.advanceTimersByTimeAsync(10);
      expect(staleHeard).toEqual([{ fg: 'state', active: false }]);
    } finally {
      vi.useRealTimers();
    }
  });

  it.each(['guard first', 'bridge first'])('connects whichever starts first (%s) and follows the focus state live', async (order) => {
    const win = freshWindow();
    const { d, push } = deps(async () => ({ action: 'hold' }));
    let link: ReturnType<typeof connectBridge>;
    if (order === 'guard first') {
      link = connectBridge(win, false);
      stops.push(startBridge(win, d));
    } else {
      stops.push(startBridge(win, d));
      link = connectBridge(win, false);
    }
    await until(() => link.active() === true);
    const changes: boolean[] = [];
    link.onChange((a) => changes.push(a));
    push(false);
    await until(() => link.active() === false);
    push(true);
    await until(() => changes.length === 2);
    expect(changes).toEqual([false, true]);
  });

  it('carries only title, body and tag, and relays the decision', async () => {
    const win = freshWindow();
    const notify = vi.fn<BridgeDeps['notify']>(async (r) => ({ action: r.title === 'Bob' ? 'show' : 'hold' }));
    stops.push(startBridge(win, deps(notify).d));
    const link = connectBridge(win, false);
    await expect(link.decide({ title: 'Alice', body: 'lunch?', tag: '' }).show).resolves.toBe(false);
    await expect(link.decide({ title: 'Bob', body: 'x'.repeat(5000), tag: 't'.repeat(300) }).show).resolves.toBe(true);
    expect(notify.mock.calls[0]![0]).toEqual({ title: 'Alice', body: 'lunch?' });
    expect(notify.mock.calls[1]![0]).toEqual({ title: 'Bob', body: 'x'.repeat(2000), tag: 't'.repeat(200) });
  });

  it('drops a held item the page closed: the guard names its request, only the bridge knows the item', async () => {
    const win = freshWindow();
    const notify = vi.fn<BridgeDeps['notify']>(async (r) => (r.title === 'Bob' ? { action: 'show' } : { action: 'hold', id: `held-${r.title}` }));
    const dismiss = vi.fn<NonNullable<BridgeDeps['dismiss']>>(async () => ({ ok: true }));
    stops.push(startBridge(win, { ...deps(notify).d, dismiss }));
    const link = connectBridge(win, false);
    // What the guard hears from the bridge: no held id ever enters the page world.
    const heard: unknown[] = [];
    const alice = link.decide({ title: 'Alice', body: '', tag: '' });
    const carol = link.decide({ title: 'Carol', body: '', tag: '' });
    const bob = link.decide({ title: 'Bob', body: '', tag: '' });
    expect([await alice.show, await carol.show, await bob.show]).toEqual([false, false, true]);
    win.addEventListener('message', (e) => heard.push(e.data), true);
    carol.dismiss();
    bob.dismiss(); // shown: nothing was held for it
    carol.dismiss(); // twice: dropped once
    await until(() => dismiss.mock.calls.length > 0);
    await new Promise((r) => setTimeout(r, 10));
    expect(dismiss.mock.calls).toEqual([['held-Carol']]);
    expect(heard).toEqual([]);
  });

  it('lists the held service-worker notifications of a scope under refs the guard closes them by; held ids stay here', async () => {
    const win = freshWindow();
    const persistent: HeldOptions = { scope: 'https://app.slack.com/', dir: 'auto', lang: '', icon: '', image: '', badge: '', silent: false, requireInteraction: false, renotify: false, timestamp: 1, vibrate: [] };
    const notify = vi.fn<BridgeDeps['notify']>(async () => ({ action: 'hold', id: 'held-mine' }));
    const listHeld = vi.fn<NonNullable<BridgeDeps['listHeld']>>(async () => ({
      items: [
        { id: 'held-mine', title: 'Mine', body: '', persistent },
        { id: 'held-theirs', title: 'Theirs', body: 'b', tag: 't', persistent },
      ],
    }));
    const dismiss = vi.fn<NonNullable<BridgeDeps['dismiss']>>(async () => ({ ok: true }));
    const supersede = vi.fn<NonNullable<BridgeDeps['supersede']>>(async () => ({ ok: true }));
    stops.push(startBridge(win, { ...deps(notify).d, listHeld, dismiss, supersede }));
    const link = connectBridge(win, true);
    const mine = link.decide({ title: 'Mine', body: '', tag: '', persistent });
    expect(await mine.show).toBe(false);
    expect(notify.mock.calls[0]![0]).toEqual({ title: 'Mine', body: '', persistent });

    const listed = await link.list('https://app.slack.com/');
    expect(listHeld.mock.calls).toEqual([['https://app.slack.com/']]);
    expect(listed).toEqual([
      { ref: mine.ref, title: 'Mine', body: '', persistent },
      { ref: -1, title: 'Theirs', body: 'b', tag: 't', persistent },
    ]);
    expect(JSON.stringify(listed)).not.toContain('held-');
    // Listed again: the same refs.
    expect((await link.list('https://app.slack.com/')).map((l) => l.ref)).toEqual([mine.ref, -1]);
    link.dismiss(-1);
    link.dismiss(-1);
    link.dismiss(-7); // never listed
    link.supersede('C1');
    link.supersede('');
    await until(() => dismiss.mock.calls.length > 0 && supersede.mock.calls.length > 0);
    await new Promise((r) => setTimeout(r, 10));
    expect(dismiss.mock.calls).toEqual([['held-theirs']]);
    expect(supersede.mock.calls).toEqual([['C1']]);
  });

  it('lists nothing held when the background fails or is not asked (too long a scope)', async () => {
    const win = freshWindow();
    const listHeld = vi.fn<NonNullable<BridgeDeps['listHeld']>>(() => Promise.reject(new Error('boom')));
    stops.push(startBridge(win, { ...deps(async () => ({ action: 'show' })).d, listHeld }));
    const link = connectBridge(win, true);
    await expect(link.list('https://app.slack.com/')).resolves.toEqual([]);
    await expect(link.list(`https://app.slack.com/${'x'.repeat(600)}`)).resolves.toEqual([]);
    expect(listHeld).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['the background errors', () => Promise.reject(new Error('boom'))],
    ['the background is unreachable', () => Promise.reject(new Error('Could not establish connection'))],
    ['the background never answers', () => new Promise<never>(() => {})],
  ])('shows the notification when %s (fail open)', async (_name, notify) => {
    const win = freshWindow();
    stops.push(startBridge(win, deps(notify as BridgeDeps['notify']).d));
    const link = connectBridge(win, false);
    await expect(link.decide({ title: 'A', body: '', tag: '' }).show).resolves.toBe(true);
  });

  it('shows the notification when no bridge ever answers', async () => {
    vi.useFakeTimers();
    try {
      const win = freshWindow();
      win.setTimeout = ((fn: () => void, ms: number) => setTimeout(fn, ms)) as Win['setTimeout'];
      const link = connectBridge(win, false);
      const decided = link.decide({ title: 'A', body: '', tag: '' }).show;
      await vi.advanceTimersByTimeAsync(DECIDE_TIMEOUT_MS);
      await expect(decided).resolves.toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the port away from page listeners and ignores ports offered later', async () => {
    const win = freshWindow();
    const link = connectBridge(win, false);
    const pageSaw: unknown[] = [];
    win.addEventListener('message', (e) => pageSaw.push(e.data), true);
    win.addEventListener('message', (e) => pageSaw.push(e.data));
    const { d } = deps(async () => ({ action: 'hold' }));
    stops.push(startBridge(win, d));
    await until(() => link.active() === true);
    // A forged port offered afterwards cannot take over the guard's link.
    const forged = new MessageChannel();
    win.postMessage(PORT_MESSAGE, '*', [forged.port2]);
    forged.port1.postMessage({ fg: 'state', active: false });
    await new Promise((r) => setTimeout(r, 10));
    expect(link.active()).toBe(true);
    expect(pageSaw).toEqual([]);
    forged.port1.close();
  });

  it('one handshake per frame: a port a page gets by asking again hears no focus state and gets no answers', async () => {
    const win = freshWindow();
    const link = connectBridge(win, false);
    const notify = vi.fn<BridgeDeps['notify']>(async () => ({ action: 'hold' }));
    const { d, push } = deps(notify);
    stops.push(startBridge(win, d));
    await until(() => link.active() === true);
    // The page asks for a port as a late guard would, and catches what is posted (a page that
    // patched the guard's natives would): nothing is offered any more.
    const stolen: MessagePort[] = [];
    win.addEventListener('message', (e) => stolen.push(...e.ports));
    win.dispatchEvent(new win.CustomEvent(READY_EVENT));
    await new Promise((r) => setTimeout(r, 10));
    expect(stolen).toEqual([]);
    expect(notify).not.toHaveBeenCalled();
    // Even a port offered before the handshake (the guard started second) goes quiet once the guard answers.
    const win2 = freshWindow();
    const early: MessagePort[] = [];
    win2.addEventListener('message', (e) => early.push(...e.ports));
    stops.push(startBridge(win2, deps(notify).d));
    await until(() => early.length === 1);
    const heard: unknown[] = [];
    early[0]!.onmessage = (e) => heard.push(e.data);
    const link2 = connectBridge(win2, false);
    await until(() => link2.active() === true);
    early[0]!.postMessage({ fg: 'notify', id: 1, title: 'probe', body: '', tag: '' });
    push(false);
    await new Promise((r) => setTimeout(r, 10));
    expect(heard).toEqual([]);
    expect(notify).not.toHaveBeenCalled();
  });

  /** A bridge whose background never answers (every request stays in flight), its link up. */
  async function stalledBridge() {
    const win = freshWindow();
    const link = connectBridge(win, false);
    const notify = vi.fn<BridgeDeps['notify']>(() => new Promise(() => {}));
    const reportNotHeld = vi.fn(async () => ({}));
    stops.push(startBridge(win, { ...deps(notify).d, timeoutMs: 60_000, reportNotHeld }));
    await until(() => link.active() === true);
    return { link, notify, reportNotHeld };
  }

  it('keeps at most MAX_IN_FLIGHT requests waiting per port; the rest are shown at once', async () => {
    const { link, notify, reportNotHeld } = await stalledBridge();
    const decided: boolean[] = [];
    for (let i = 0; i < MAX_IN_FLIGHT + 12; i++) void link.decide({ title: `n${i}`, body: '', tag: '' }).show.then((show) => decided.push(show));
    await until(() => decided.length === 12);
    expect(decided).toEqual(new Array(12).fill(true));
    expect(notify).toHaveBeenCalledTimes(MAX_IN_FLIGHT);
    // Once the burst has passed, the background hears how many were shown without asking.
    expect(reportNotHeld).not.toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 1100));
    expect(reportNotHeld).toHaveBeenCalledExactlyOnceWith(12);
  });

  it('reports a flood as it goes, REPORT_BATCH at a time, without waiting for a timer the busy page would delay', async () => {
    const { link, reportNotHeld } = await stalledBridge();
    let decided = 0;
    const extra = 2 * REPORT_BATCH + 5;
    for (let i = 0; i < MAX_IN_FLIGHT + extra; i++) void link.decide({ title: `n${i}`, body: '', tag: '' }).show.then(() => decided++);
    await until(() => decided === extra);
    expect(reportNotHeld.mock.calls).toEqual([[REPORT_BATCH], [REPORT_BATCH]]);
    await new Promise((r) => setTimeout(r, 1100));
    expect(reportNotHeld.mock.calls).toEqual([[REPORT_BATCH], [REPORT_BATCH], [5]]);
  });

  it('schedules the report of the rest as a user-blocking task where the browser has scheduler.postTask, and cancels it on teardown', async () => {
    const postTask = vi.fn((_task: () => void, _options: { priority: string; delay: number; signal: AbortSignal }) => new Promise(() => {}));
    vi.stubGlobal('scheduler', { postTask });
    try {
      const win = freshWindow();
      const link = connectBridge(win, false);
      const reportNotHeld = vi.fn(async () => ({}));
      const stop = startBridge(win, { ...deps(vi.fn<BridgeDeps['notify']>(() => new Promise(() => {}))).d, timeoutMs: 60_000, reportNotHeld });
      await until(() => link.active() === true);
      let decided = 0;
      for (let i = 0; i < MAX_IN_FLIGHT + 3; i++) void link.decide({ title: `n${i}`, body: '', tag: '' }).show.then(() => decided++);
      await until(() => decided === 3);
      expect(postTask).toHaveBeenCalledOnce();
      const [task, options] = postTask.mock.calls[0]!;
      expect(options).toMatchObject({ priority: 'user-blocking', delay: 1000 });
      task();
      expect(reportNotHeld).toHaveBeenCalledExactlyOnceWith(3);
      void link.decide({ title: 'one more', body: '', tag: '' }).show;
      await until(() => postTask.mock.calls.length === 2);
      stop();
      expect(postTask.mock.calls[1]![1].signal.aborted).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('turns focus off in the guard when the bridge is torn down, so it stops holding and dimming', async () => {
    const win = freshWindow();
    const link = connectBridge(win, false);
    const notify = vi.fn<BridgeDeps['notify']>(async () => ({ action: 'hold' }));
    const stop = startBridge(win, deps(notify).d);
    await until(() => link.active() === true);
    stop();
    await until(() => link.active() === false);
  });

  it('stands down once orphaned during focus (an extension update leaves it running, unable to hear focus end)', async () => {
    const win = freshWindow();
    const link = connectBridge(win, false);
    let orphaned = false;
    const orphanedCheck = vi.fn(() => orphaned);
    vi.useFakeTimers();
    try {
      stops.push(startBridge(win, { ...deps(async () => ({ action: 'hold' })).d, orphaned: orphanedCheck }));
      await vi.advanceTimersByTimeAsync(10);
      expect(link.active()).toBe(true);
      await vi.advanceTimersByTimeAsync(ORPHAN_CHECK_MS);
      expect(orphanedCheck).toHaveBeenCalled();
      expect(link.active()).toBe(true);
      orphaned = true;
      await vi.advanceTimersByTimeAsync(ORPHAN_CHECK_MS);
    } finally {
      vi.useRealTimers();
    }
    await until(() => link.active() === false);
  });

  it('still tells the guard when the orphaned script cannot unsubscribe any more', async () => {
    const win = freshWindow();
    const link = connectBridge(win, false);
    const { d } = deps(async () => ({ action: 'hold' }));
    const stop = startBridge(win, {
      ...d,
      watchActive: (l) => {
        d.watchActive(l);
        return () => {
          throw new TypeError("Cannot read properties of undefined (reading 'onChanged')");
        };
      },
    });
    await until(() => link.active() === true);
    expect(stop).not.toThrow();
    await until(() => link.active() === false);
  });

  it('does not check for an orphan while focus is off', async () => {
    const win = freshWindow();
    const orphanedCheck = vi.fn(() => false);
    vi.useFakeTimers();
    try {
      stops.push(startBridge(win, { ...deps(async () => ({ action: 'show' }), false).d, orphaned: orphanedCheck }));
      await vi.advanceTimersByTimeAsync(3 * ORPHAN_CHECK_MS);
      expect(orphanedCheck).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('toNotifyRequest (untrusted page data)', () => {
  it.each([null, 'notify', 42, {}, { fg: 'notify', id: -1, title: 'a', body: '', tag: '' }, { fg: 'notify', id: 1, title: 5, body: '', tag: '' }, { fg: 'x', id: 1, title: 'a', body: '', tag: '' }])(
    'refuses %j',
    (raw) => expect(toNotifyRequest(raw)).toBeNull(),
  );
  it('drops anything but title, body and tag', () => {
    expect(toNotifyRequest({ fg: 'notify', id: 3, title: 'a', body: 'b', tag: 'c', site: 'gmail', url: 'x' })).toEqual({
      id: 3,
      request: { title: 'a', body: 'b', tag: 'c' },
    });
  });
});

describe('notifyBackground (reply checked by hand, fail open)', () => {
  const answerWith = (reply: unknown) =>
    fakeBrowser.runtime.onMessage.addListener((_m: unknown, _s: unknown, sendResponse: (r: unknown) => void) => {
      sendResponse(reply);
      return true;
    });

  it('sends only the notify message and holds on a clean "hold"', async () => {
    let got: unknown;
    fakeBrowser.runtime.onMessage.addListener((m: unknown, _s: unknown, sendResponse: (r: unknown) => void) => {
      got = m;
      sendResponse({ ok: true, data: { action: 'hold' } });
      return true;
    });
    await expect(notifyBackground({ title: 'a', body: 'b' })).resolves.toEqual({ action: 'hold' });
    expect(got).toEqual({ type: 'notify', payload: { title: 'a', body: 'b' } });
  });

  it('passes on the held item’s id, and only a string one', async () => {
    answerWith({ ok: true, data: { action: 'hold', id: 'h1' } });
    await expect(notifyBackground({ title: 'a', body: '' })).resolves.toEqual({ action: 'hold', id: 'h1' });
    fakeBrowser.reset();
    answerWith({ ok: true, data: { action: 'hold', id: { evil: true } } });
    await expect(notifyBackground({ title: 'a', body: '' })).resolves.toEqual({ action: 'hold' });
  });

  it.each([
    [{ ok: true, data: { action: 'show', rule: 'keyword' } }],
    [{ ok: true, data: { action: 'HOLD' } }],
    [{ ok: true }],
  ])('shows on anything but a clean hold: %j', async (reply) => {
    answerWith(reply);
    await expect(notifyBackground({ title: 'a', body: '' })).resolves.toEqual({ action: 'show' });
  });

  it.each([[{ ok: false, error: 'No handler for "notify"' }], [undefined], ['nonsense']])('rejects on an error or no reply: %j', async (reply) => {
    answerWith(reply);
    await expect(notifyBackground({ title: 'a', body: '' })).rejects.toThrow();
  });
});

describe('reportGuard', () => {
  afterEach(() => fakeBrowser.reset());

  it('tells site health in the page\'s idle time, not during its start-up', async () => {
    const sent = vi.fn();
    fakeBrowser.runtime.onMessage.addListener((m: unknown, _s: unknown, sendResponse: (r: unknown) => void) => {
      sent(m);
      sendResponse({ ok: true, data: {} });
      return true;
    });
    const win = freshWindow();
    const idle: { cb: IdleRequestCallback; options?: IdleRequestOptions }[] = [];
    win.requestIdleCallback = ((cb: IdleRequestCallback, options?: IdleRequestOptions) => idle.push({ cb, options })) as Win['requestIdleCallback'];
    reportGuard(win, true);
    expect(sent).not.toHaveBeenCalled();
    expect(idle.map((i) => i.options)).toEqual([{ timeout: GUARD_REPORT_IDLE_MS }]);
    idle[0]!.cb({ didTimeout: false, timeRemaining: () => 10 });
    await until(() => sent.mock.calls.length === 1);
    expect(sent).toHaveBeenCalledWith({
      type: 'reportHealth',
      payload: expect.objectContaining({ reports: [{ feature: 'notify', checks: { guard: true }, chains: {} }] }),
    });
  });
});
