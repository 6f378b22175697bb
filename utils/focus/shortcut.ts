import { browser } from '#imports';
import type { Handlers } from '../platform/messaging/router';

/** The `commands` entry (manifest) that starts or ends focus from the keyboard. */
export const TOGGLE_FOCUS_COMMAND = 'toggle-focus';
/** How long focus started from the shortcut lasts: the popup's first preset. */
const SHORTCUT_MINUTES = 25;

/** The keyboard shortcut: ends the running block, or starts 25 minutes of focus. */
export function listenFocusShortcut({ getFocusState, startFocus, endFocus }: Handlers): void {
  if (!getFocusState || !startFocus || !endFocus) throw new Error('The focus shortcut needs the focus module');
  const self = { fromExtensionPage: true } as const;
  browser.commands?.onCommand.addListener((command) => {
    if (command !== TOGGLE_FOCUS_COMMAND) return;
    void (async () => {
      const state = await getFocusState({}, self);
      if (state.active) await endFocus({}, self);
      else await startFocus({ minutes: SHORTCUT_MINUTES }, self);
    })().catch((e: unknown) => console.error('[focusgate] focus shortcut', e));
  });
}
