import { browser } from '#imports';
import { parsePause, type CoachPause } from './pause';

/*
 * The coach's pause (utils/compose/pause.ts), kept in `storage.local`: it belongs to this
 * browser, not to the synced settings. Only the background writes it (`pauseCoach`,
 * `resumeCoach`); the coach on each page and the popup follow it. Plain `browser.storage`
 * (no storage library in the coach's part); every read is parsed.
 */
const KEY = 'coachPause';

export async function readPause(): Promise<CoachPause> {
  const got = await browser.storage.local.get(KEY);
  return parsePause(got[KEY]);
}

export async function writePause(pause: CoachPause): Promise<void> {
  await browser.storage.local.set({ [KEY]: pause });
}

export function watchPause(cb: (pause: CoachPause) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) cb(parsePause(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
