import { startBackground } from '@/utils/platform/background/start';
import { createSignal } from '@/utils/platform/background/signal';
import type { FocusState } from '@/utils/platform/messaging/protocol';
import { eventsModule } from '@/utils/stats/background/events';
import { statsModule } from '@/utils/stats/background/stats';
import { createFocusModule } from '@/utils/focus/background';
import { createNotificationsModule } from '@/utils/notify/background';
import { createGuardRegistrationModule } from '@/utils/notify/guard-registration';
import { settingsModule } from '@/utils/platform/settings/background';

export default defineBackground(() => {
  // Focus changes reach the digest and the guard's registration inside the worker; the storage
  // mirror is for pages and content scripts.
  const focusChanges = createSignal<FocusState>();
  void startBackground([
    eventsModule,
    settingsModule,
    statsModule,
    createFocusModule({ changes: focusChanges }),
    createNotificationsModule({ focusChanges }),
    createGuardRegistrationModule({ focusChanges }),
  ]);
});
