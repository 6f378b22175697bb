import { browser } from '#imports';
import { send } from '../messaging/lean-client';
import type { Settings } from './schema';

/*
 * Settings for content scripts, without the zod schemas: the background reads and validates
 * them (`getSettings` message); a change in the sync area triggers a fresh read.
 */

export function getSettingsFromBackground(): Promise<Settings> {
  return send('getSettings', {});
}

export function watchSettingsFromBackground(cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' && 'settings' in changes) void getSettingsFromBackground().then(cb, () => {});
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
