import { getSettings, saveSettings } from './storage';
import type { BackgroundModule } from '../background/module';

/**
 * Hands validated settings to content scripts, which do not carry the settings schema, and
 * applies the popup's quick toggles (the popup carries no schema either).
 */
export const settingsModule: BackgroundModule = {
  name: 'settings',
  handlers: {
    getSettings: () => getSettings(),
    setQuickSettings: async ({ gateMode, coach }) => {
      const current = await getSettings();
      const next = {
        ...current,
        ...(gateMode ? { gateMode } : {}),
        ...(coach ? { coach: { ...current.coach, [coach.site]: coach.on } } : {}),
      };
      await saveSettings(next);
      return next;
    },
  },
};
