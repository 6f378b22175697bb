import { getSettings } from './storage';
import type { BackgroundModule } from '../background/module';

/** Hands validated settings to content scripts, which do not carry the settings schema. */
export const settingsModule: BackgroundModule = {
  name: 'settings',
  handlers: {
    getSettings: () => getSettings(),
  },
};
