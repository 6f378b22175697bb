import { startBackground } from '@/utils/platform/background/start';
import { createSignal } from '@/utils/platform/background/signal';
import type { FocusState } from '@/utils/platform/messaging/protocol';
import { eventsModule } from '@/utils/stats/background/events';
import { statsModule } from '@/utils/stats/background/stats';
import { createFocusModule } from '@/utils/focus/background';
import { listenFocusShortcut } from '@/utils/focus/shortcut';
import { createNotificationsModule } from '@/utils/notify/background';
import { createGuardRegistrationModule } from '@/utils/notify/guard-registration';
import { settingsModule } from '@/utils/platform/settings/background';
import { coachPauseModule } from '@/utils/compose/background';
import { createSiteHealthModule } from '@/utils/health/background';
import { openWelcomeOnInstall } from '@/utils/platform/background/welcome';

export default defineBackground(() => {
  openWelcomeOnInstall();
  // Focus changes reach the digest and the guard's registration inside the worker; the storage
  // mirror is for pages and content scripts.
  const focusChanges = createSignal<FocusState>();
  const focusModule = createFocusModule({ changes: focusChanges });
  listenFocusShortcut(focusModule.handlers ?? {});
  void startBackground([
    eventsModule,
    settingsModule,
    coachPauseModule,
    statsModule,
    focusModule,
    createNotificationsModule({ focusChanges }),
    createGuardRegistrationModule({ focusChanges }),
    createSiteHealthModule(),
  ]);
});
