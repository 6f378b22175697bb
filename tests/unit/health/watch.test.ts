// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from '#imports';
import { IDLE_TIMEOUT_MS, watchHealth } from '../../../utils/health/watch';
import type { Probe } from '../../../utils/health/probe';
import { send } from '../../../utils/platform/messaging/lean-client';

vi.mock('../../../utils/platform/messaging/lean-client', () => ({ send: vi.fn(() => Promise.resolve({})) }));

/** A content-script context whose idle callbacks run only when the test says the page is idle. */
function idleContext() {
  const idle: { cb: IdleRequestCallback; options?: IdleRequestOptions }[] = [];
  const ctx = {
    isInvalid: false,
    setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms),
    requestIdleCallback: (cb: IdleRequestCallback, options?: IdleRequestOptions) => idle.push({ cb, options }),
    addEventListener: (target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) =>
      target.addEventListener(type, handler, options),
  } as unknown as ContentScriptContext;
  return {
    ctx,
    idle,
    /** The page goes idle: what waited for it runs (and only that). */
    runIdle: () => idle.splice(0).forEach(({ cb }) => cb({ didTimeout: false, timeRemaining: () => 10 })),
  };
}

function probeOf(composer: boolean) {
  return vi.fn(
    (): Probe => ({
      report: { feature: 'compose', checks: { composer }, chains: { composer: [1, 0] } },
      around: document.body,
      chains: { composer: ['[data-qa="message_input"] .ql-editor'] },
    }),
  );
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.mocked(send).mockClear();
});
afterEach(() => vi.useRealTimers());

describe('site health watch', () => {
  it('probes in idle time after the page settles, never in the task that started it', async () => {
    const { ctx, idle, runIdle } = idleContext();
    const probe = probeOf(true);
    watchHealth(ctx, probe);
    expect(probe).not.toHaveBeenCalled();
    expect(idle).toHaveLength(0);

    await vi.advanceTimersByTimeAsync(1500);
    // Due now, but it waits for idle time (with a timeout, for a page that is never idle).
    expect(probe).not.toHaveBeenCalled();
    expect(idle).toHaveLength(1);
    expect(idle[0]?.options).toEqual({ timeout: IDLE_TIMEOUT_MS });

    runIdle();
    expect(probe).toHaveBeenCalledTimes(1);
    // The report changed (first one): described and sent in an idle callback of its own.
    expect(send).not.toHaveBeenCalled();
    expect(idle).toHaveLength(1);
    runIdle();
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith('reportHealth', expect.objectContaining({ reports: [expect.objectContaining({ checks: { composer: true } })] }));
  });

  it('follows in-app navigation from its first check on, not from the page load', async () => {
    const { ctx, runIdle } = idleContext();
    const listened = vi.spyOn(ctx, 'addEventListener');
    const probe = probeOf(true);
    watchHealth(ctx, probe);
    expect(listened.mock.calls.map(([, type]) => type)).toEqual(['focusin']);
    window.dispatchEvent(new Event('wxt:locationchange'));
    await vi.advanceTimersByTimeAsync(1500);
    runIdle();
    expect(probe).toHaveBeenCalledTimes(1);
    expect(listened.mock.calls.map(([, type]) => type)).toEqual(['focusin', 'wxt:locationchange']);
    // A navigation now: checked again once the new page settles.
    window.dispatchEvent(new Event('wxt:locationchange'));
    await vi.advanceTimersByTimeAsync(1500);
    runIdle();
    expect(probe).toHaveBeenCalledTimes(2);
  });

  it('a check the coach asks for also waits for idle time, and an unchanged report is not sent again', async () => {
    const { ctx, idle, runIdle } = idleContext();
    const probe = probeOf(true);
    const watch = watchHealth(ctx, probe);
    await vi.advanceTimersByTimeAsync(1500);
    runIdle();
    runIdle();
    expect(send).toHaveBeenCalledTimes(1);

    watch.poke();
    watch.poke(); // one check, however often it is asked for before it runs
    await vi.advanceTimersByTimeAsync(1000);
    expect(probe).toHaveBeenCalledTimes(1);
    expect(idle).toHaveLength(1);
    runIdle();
    expect(probe).toHaveBeenCalledTimes(2);
    expect(idle).toHaveLength(0); // same report: nothing to describe or send
    expect(send).toHaveBeenCalledTimes(1);
  });
});
