import { startBackground } from '@/utils/platform/background/start';
import { eventsModule } from '@/utils/stats/background/events';
import { statsModule } from '@/utils/stats/background/stats';
import { focusModule } from '@/utils/focus/background';
import { notificationsModule } from '@/utils/notify/background';
import { guardRegistrationModule } from '@/utils/notify/guard-registration';
import { settingsModule } from '@/utils/platform/settings/background';

export default defineBackground(() => {
  notificationsModule.listen();
  guardRegistrationModule.listen();
  void startBackground([eventsModule, settingsModule, statsModule, focusModule, notificationsModule, guardRegistrationModule]);
});
