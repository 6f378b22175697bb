import { storage } from '#imports';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, type Settings } from './schema';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';

/**
 * Settings live in the `sync:` area so they follow the user across devices. The item stores
 * whatever was written; `getSettings`/`watchSettings` always hand out a validated copy.
 */
export const settingsItem = storage.defineItem<Record<string, unknown>>(`sync:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

export async function getSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

export async function saveSettings(next: Settings): Promise<void> {
  await settingsItem.setValue(parseSettings(next));
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => cb(parseSettings(v)));
}
