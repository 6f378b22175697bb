import { browser } from '#imports';

/** The storage.local key of the focus-state mirror (`focusStateItem` is `local:${FOCUS_STATE_KEY}`). */
export const FOCUS_STATE_KEY = 'focusState';

const isActive = (value: unknown) => !!(value && typeof value === 'object' && (value as { active?: unknown }).active === true);

/**
 * Follows only whether focus is on, straight from `storage.local`: for the notification bridge,
 * which runs in every frame at document_start and so carries no storage library. Every change
 * is heard from now on; the current state is read through `readLater` (at once by default), for
 * a caller that already knows it and only needs it confirmed once the page has time.
 */
export function watchFocusActive(listener: (active: boolean) => void, readLater: (read: () => void) => void = (read) => read()): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && FOCUS_STATE_KEY in changes) listener(isActive(changes[FOCUS_STATE_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  readLater(() =>
    browser.storage.local.get(FOCUS_STATE_KEY).then(
      (got) => listener(isActive(got[FOCUS_STATE_KEY])),
      () => {},
    ),
  );
  return () => browser.storage.onChanged.removeListener(onChanged);
}
