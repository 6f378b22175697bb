import { startBackground } from '@/utils/background/start';
import { eventsModule } from '@/utils/background/events';
import { statsModule } from '@/utils/background/stats';
import { focusModule } from '@/utils/background/focus';

export default defineBackground(() => {
  void startBackground([eventsModule, statsModule, focusModule]);
});
