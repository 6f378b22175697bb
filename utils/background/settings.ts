import { getSettings } from '../settings/storage';
import type { BackgroundModule } from './module';

/** Hands validated settings to content scripts, which do not carry the settings schema. */
export const settingsModule: BackgroundModule = {
  name: 'settings',
  handlers: {
    getSettings: () => getSettings(),
  },
};
