/*
 * Which link of each selector chain matched, counted as the adapters query the page
 * (utils/platform/editor.ts `queryFirst` / `closestFirst` call `countMatch` on every hit).
 * Chains are the adapters' own selector arrays, known by identity; an adapter's `chains` table
 * names the ones its health report shows. A primary that stopped matching shows as a zero
 * before its last fallback goes. Per frame, in memory, never stored by the page.
 */

const hits = new WeakMap<readonly string[], number[]>();

export function countMatch(chain: readonly string[], link: number): void {
  let counts = hits.get(chain);
  if (!counts) hits.set(chain, (counts = []));
  counts[link] = (counts[link] ?? 0) + 1;
}

/** Per named chain, how often each of its links (at most `maxLinks`) matched so far. */
export function chainCounts(named: Readonly<Record<string, readonly string[]>>, maxLinks = 8): Record<string, number[]> {
  return Object.fromEntries(
    Object.entries(named).map(([name, chain]) => [name, Array.from({ length: Math.min(chain.length, maxLinks) }, (_, i) => hits.get(chain)?.[i] ?? 0)]),
  );
}
