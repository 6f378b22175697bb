import { browser } from '#imports';

/** The storage.local key of the focus-state mirror (`focusStateItem` is `local:${FOCUS_STATE_KEY}`). */
export const FOCUS_STATE_KEY = 'focusState';

/**
 * Where the background hands a focus change straight to the content-script world of each open
 * covered page (`scripting.executeScript`, utils/notify/guard-registration.ts): a function on that
 * world's global object, which page scripts cannot reach.
 */
export const FOCUS_PUSH_KEY = '__focusgateFocusPush';

const isActive = (value: unknown) => !!(value && typeof value === 'object' && (value as { active?: unknown }).active === true);

/**
 * Follows only whether focus is on: for the notification bridge, which runs in every frame at
 * document_start and so carries no storage library. Changes the background pushes into this world
 * are heard from now on, without touching an extension API; the storage mirror (`storage.local`)
 * is read and followed from `readLater` on (at once by default). The first use of the storage API
 * in a page (its bindings, a listener registered with the browser) costs ~1 ms of the page's
 * main thread, so the bridge does it once the page has settled. One watcher per world.
 */
export function watchFocusActive(listener: (active: boolean) => void, readLater: (read: () => void) => void = (read) => read()): () => void {
  const world = globalThis as Record<string, unknown>;
  const pushed = (active: unknown) => void (typeof active === 'boolean' && listener(active));
  world[FOCUS_PUSH_KEY] = pushed;
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && FOCUS_STATE_KEY in changes) listener(isActive(changes[FOCUS_STATE_KEY]?.newValue));
  };
  let stopped = false;
  let following = false;
  readLater(() => {
    if (stopped) return;
    following = true;
    browser.storage.onChanged.addListener(onChanged);
    browser.storage.local.get(FOCUS_STATE_KEY).then(
      (got) => listener(isActive(got[FOCUS_STATE_KEY])),
      () => {},
    );
  });
  return () => {
    stopped = true;
    if (world[FOCUS_PUSH_KEY] === pushed) delete world[FOCUS_PUSH_KEY];
    if (following) browser.storage.onChanged.removeListener(onChanged);
  };
}

/** Run by the background in a page's content-script world (so self-contained): hands `active` to its watcher, if any. */
export function pushFocusActive(key: string, active: boolean): void {
  const push = (globalThis as Record<string, unknown>)[key];
  if (typeof push === 'function') push(active);
}
