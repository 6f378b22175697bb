import { startBackground } from '@/utils/platform/background/start';
import { eventsModule } from '@/utils/stats/background/events';
import { statsModule } from '@/utils/stats/background/stats';
import { focusModule } from '@/utils/focus/background';
import { listenFocusShortcut } from '@/utils/focus/shortcut';
import { notificationsModule } from '@/utils/notify/background';
import { guardRegistrationModule } from '@/utils/notify/guard-registration';
import { settingsModule } from '@/utils/platform/settings/background';
import { openWelcomeOnInstall } from '@/utils/platform/background/welcome';

export default defineBackground(() => {
  openWelcomeOnInstall();
  listenFocusShortcut(focusModule.handlers ?? {});
  notificationsModule.listen();
  guardRegistrationModule.listen();
  void startBackground([eventsModule, settingsModule, statsModule, focusModule, notificationsModule, guardRegistrationModule]);
});
