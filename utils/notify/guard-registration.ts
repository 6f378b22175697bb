import { browser } from '#imports';
import { FOCUS_PUSH_KEY, pushFocusActive } from '../focus/active-watch';
import { focusStateItem } from '../focus/state-item';
import type { BackgroundModule } from '../platform/background/module';
import { createSerial } from '../platform/background/serial';
import type { Signal } from '../platform/background/signal';
import type { FocusState } from '../platform/messaging/protocol';
import { matchesFor } from '../platform/sites';

/*
 * The page-world guard is registered at run time, in a focus-on or a focus-off variant
 * (entrypoints/notify-guard-{on,off}.content.ts), and re-registered as the focus state changes:
 * a page knows the state from the guard's first line, so a notification raised while it loads is
 * the browser's own when focus is off and held when it is on. Before the first registration
 * (just installed) no guard runs and pages have the real API.
 */

export const GUARD_SCRIPT_ID = 'focusgate-notify-guard';

export function guardFile(focusOn: boolean): string {
  return `content-scripts/notify-guard-${focusOn ? 'on' : 'off'}.js`;
}

type Scripting = Pick<typeof browser.scripting, 'getRegisteredContentScripts' | 'registerContentScripts' | 'updateContentScripts'>;
type Registered = Parameters<Scripting['registerContentScripts']>[0][number];

/** Registers (or switches) the guard to the variant for `focusOn`, on `matches`; no call when it already is. */
export async function registerGuard(scripting: Scripting, focusOn: boolean, matches: string[]): Promise<void> {
  const script: Registered = {
    id: GUARD_SCRIPT_ID,
    js: [guardFile(focusOn)],
    matches,
    world: 'MAIN',
    runAt: 'document_start',
    allFrames: true,
    matchOriginAsFallback: true, // about:blank, srcdoc and blob: frames of the covered sites too
    persistAcrossSessions: true,
  };
  const [existing] = await scripting.getRegisteredContentScripts({ ids: [GUARD_SCRIPT_ID] });
  if (existing?.js?.join() === script.js?.join() && existing.matches?.join() === matches.join()) return;
  const write = (s: Registered) => (existing ? scripting.updateContentScripts([s]) : scripting.registerContentScripts([s]));
  try {
    await write(script);
  } catch (e) {
    // Browsers without matchOriginAsFallback refuse the whole script: register it without.
    const { matchOriginAsFallback: _, ...plain } = script;
    await write(plain).catch(() => Promise.reject(e));
  }
}

type Tabs = Pick<typeof browser.tabs, 'query'>;
type Inject = Pick<typeof browser.scripting, 'executeScript'>;

/**
 * Tells the bridges of the pages already open (every frame of every covered tab) that focus is
 * now `active`, in their content-script world: a bridge follows the stored state only once its
 * page has settled (utils/focus/active-watch.ts), so a change in a page's first seconds reaches
 * its guard this way. A tab that cannot be reached (closing, not loaded) is left alone: it
 * reads the stored state when it settles.
 */
export async function pushFocusToOpenPages(tabs: Tabs, scripting: Inject, active: boolean, matches: string[]): Promise<void> {
  const open = await tabs.query({ url: matches });
  await Promise.all(
    open.map((tab) =>
      tab.id === undefined
        ? undefined
        : scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, func: pushFocusActive, args: [FOCUS_PUSH_KEY, active] }).catch(() => undefined),
    ),
  );
}

export interface GuardRegistrationOptions {
  scripting?: () => Scripting & Inject;
  tabs?: () => Tabs;
  /** The focus module's announcements: the guard is switched as focus starts and ends. */
  focusChanges?: Pick<Signal<FocusState>, 'subscribe'>;
}

export function createGuardRegistrationModule(options: GuardRegistrationOptions = {}): BackgroundModule {
  const scripting = options.scripting ?? (() => browser.scripting);
  const tabs = options.tabs ?? (() => browser.tabs);
  const serial = createSerial();
  // Each run reads the state afresh, so the last registration always matches the last state.
  const sync = () => serial(async () => registerGuard(scripting(), (await focusStateItem.getValue()).active, matchesFor('notify')));
  return {
    name: 'notify-guard',
    listen() {
      options.focusChanges?.subscribe((state) => {
        void sync().catch((e) => console.error('[focusgate] guard registration', e));
        void pushFocusToOpenPages(tabs(), scripting(), state.active, matchesFor('notify')).catch((e) => console.debug('[focusgate] focus push', e));
      });
    },
    onStart: sync,
  };
}
