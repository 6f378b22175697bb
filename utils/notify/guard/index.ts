/*
 * The notification guard. It runs in the host page's own world (MAIN), at document_start, in
 * every frame, so it stays tiny and imports nothing outside this folder: it wraps `Notification`
 * and the service-worker notification methods so the page sees the usual API while Focusgate
 * decides, during focus only, whether each notification is shown now or held.
 *
 * The background registers it in one of two variants, focus on or focus off, so the state is
 * known from the first line; where no variant runs, the page has the real API (fail open). Any
 * failure shows the notification and never throws into the page.
 */

import { installDimmer } from './dimmer';
import { installGuard } from './install';
import { connectBridge } from './link';
import type { Win } from './native';

export { PORT_MESSAGE, READY_EVENT } from './link';

/** The guard's entry: wraps this window's APIs and, in the top frame, dims unread counters. */
export function startGuard(win: Win, focusOn: boolean): void {
  try {
    const link = connectBridge(win, focusOn);
    installGuard(win, link);
    if (win.top === win) installDimmer(win, link);
  } catch {
    // never break the page
  }
}
