import { browser } from '#imports';

/*
 * A content script's heavy part (React, the analysers, the UI) is a separate web-accessible
 * script, imported only when it is needed (a composer or an editor is focused). Until then the
 * page pays only for the tiny loader: parsing a 300–450 KB bundle at every page load is what
 * would blow the 20 ms start-up budget. Loader and part share the content script's isolated
 * world, so the part hands itself over on that world's global object, which the page cannot see.
 */

const REGISTRY = '__focusgateParts';

type Registry = Record<string, unknown>;

function registry(): Registry {
  const g = globalThis as unknown as Record<string, Registry | undefined>;
  return (g[REGISTRY] ??= {});
}

/** Called by the part's own script when it runs. */
export function registerPart<T>(name: string, part: T): void {
  registry()[name] = part;
}

/** Loads the part's script (once) and returns what it registered. */
export async function loadPart<T>(name: string): Promise<T> {
  if (!(name in registry())) {
    await import(/* @vite-ignore */ browser.runtime.getURL(`/${name}.js` as '/'));
  }
  const part = registry()[name];
  if (!part) throw new Error(`Focusgate part "${name}" did not register`);
  return part as T;
}
