import { watchFocusActive } from '@/utils/focus/active-watch';
import { dismissHeld, listHeldForScope, notifyBackground, reportGuard, reportNotHeld, startBridge, supersedeHeld } from '@/utils/notify/bridge';

// Relays the page-world guard's notifications to the background and its decisions back.
export default defineContentScript({
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true, // blob: frames too (their origin is the host's)
  // WXT's start-up postMessage would be one more message every page listener sees.
  noScriptStartedPostMessage: true,
  main(ctx) {
    try {
      const stop = startBridge(window, {
        notify: notifyBackground,
        dismiss: dismissHeld,
        listHeld: listHeldForScope,
        supersede: supersedeHeld,
        reportNotHeld,
        watchActive: watchFocusActive,
        orphaned: () => ctx.isInvalid,
        onGuard: (present) => reportGuard(window, present),
      });
      ctx.onInvalidated(stop);
    } catch {
      // the host page keeps working without the bridge; the guard shows notifications on timeout
    }
  },
});
