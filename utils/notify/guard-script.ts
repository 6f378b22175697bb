import { defineContentScript } from 'wxt/utils/define-content-script';
import { startGuard } from './guard';

/**
 * The page-world notification guard as a content-script definition, in its focus-on or focus-off
 * variant (entrypoints/notify-guard-{on,off}.content.ts). Both are registered at run time by the
 * background (guard-registration.ts), so the page knows the focus state from the guard's first line.
 */
export function defineGuardScript(focusOn: boolean) {
  return defineContentScript({
    registration: 'runtime',
    world: 'MAIN',
    runAt: 'document_start',
    allFrames: true,
    matchAboutBlank: true,
    main() {
      startGuard(window, focusOn);
    },
  });
}
