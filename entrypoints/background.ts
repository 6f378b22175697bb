import { startBackground } from '@/utils/background/start';
import { eventsModule } from '@/utils/background/events';
import { statsModule } from '@/utils/background/stats';
import { focusModule } from '@/utils/background/focus';
import { notificationsModule } from '@/utils/background/notifications';

export default defineBackground(() => {
  notificationsModule.listen();
  void startBackground([eventsModule, statsModule, focusModule, notificationsModule]);
});
