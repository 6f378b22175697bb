import { browser } from '#imports';
import { PARTS_SCRIPT } from './parts-script';

/*
 * A content script's heavy parts (React, the analysers, the UI) are not in the content script:
 * they are chunks of one web-accessible ES module, `coach-parts.js` (entrypoints/coach-parts),
 * imported only when they are needed (a composer or an editor is focused). Until then the page
 * pays only for the tiny loader: parsing a 300–450 KB bundle at every page load is what would
 * blow the start-up budget. Loader and parts share the content script's isolated world, so the
 * parts' script registers each part's loader on that world's global object, which the page
 * cannot see; a part's chunks resolve against the script's own (per-session) URL.
 */

const REGISTRY = '__focusgateParts';

type Registry = Record<string, () => Promise<unknown>>;

function registry(): Registry {
  const g = globalThis as unknown as Record<string, Registry | undefined>;
  return (g[REGISTRY] ??= {});
}

/** Called by the parts' script when it runs: how to load the part called `name` (a dynamic import of its chunk). */
export function registerPart<T>(name: string, load: () => Promise<T>): void {
  registry()[name] = load;
}

/** Loads the parts' script (once), then the part's own chunk, and returns the part. */
export async function loadPart<T>(name: string): Promise<T> {
  if (!(name in registry())) {
    await import(/* @vite-ignore */ browser.runtime.getURL(`/${PARTS_SCRIPT}.js` as '/'));
  }
  const load = registry()[name];
  if (!load) throw new Error(`Focusgate part "${name}" did not register`);
  return (await load()) as T;
}
