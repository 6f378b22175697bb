import { startBackground } from '@/utils/background/start';
import { eventsModule } from '@/utils/background/events';
import { statsModule } from '@/utils/background/stats';
import { focusModule } from '@/utils/background/focus';
import { notificationsModule } from '@/utils/background/notifications';
import { settingsModule } from '@/utils/background/settings';

export default defineBackground(() => {
  notificationsModule.listen();
  void startBackground([eventsModule, settingsModule, statsModule, focusModule, notificationsModule]);
});
