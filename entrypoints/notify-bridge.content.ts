import { watchFocusActive } from '@/utils/focus/active-watch';
import { STARTED_MARK } from '@/utils/health/presence';
import {
  dismissHeld,
  GUARD_REPORT_IDLE_MS,
  listHeldForScope,
  notifyBackground,
  PAGE_SETTLE_MS,
  reportGuard,
  reportNotHeld,
  startBridge,
  supersedeHeld,
} from '@/utils/notify/bridge';

// Relays the page-world guard's notifications to the background and its decisions back.
export default defineContentScript({
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true, // blob: frames too (their origin is the host's)
  // WXT's start-up postMessage would be one more message every page listener sees.
  noScriptStartedPostMessage: true,
  main(ctx) {
    (globalThis as Record<string, unknown>)[STARTED_MARK] = true;
    const afterPageSettles = (task: () => void) =>
      void ctx.setTimeout(() => ctx.requestIdleCallback(task, { timeout: GUARD_REPORT_IDLE_MS }), PAGE_SETTLE_MS);
    try {
      const stop = startBridge(window, {
        notify: notifyBackground,
        dismiss: dismissHeld,
        listHeld: listHeldForScope,
        supersede: supersedeHeld,
        reportNotHeld,
        watchActive: watchFocusActive,
        orphaned: () => ctx.isInvalid,
        onGuard: (present) => void ctx.setTimeout(() => reportGuard(window, present), PAGE_SETTLE_MS),
        later: afterPageSettles,
      });
      ctx.onInvalidated(stop);
    } catch {
      // the host page keeps working without the bridge; the guard shows notifications on timeout
    }
  },
});
