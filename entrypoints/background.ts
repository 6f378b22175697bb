import { startBackground } from '@/utils/background/start';
import { eventsModule } from '@/utils/background/events';

export default defineBackground(() => {
  void startBackground([eventsModule]);
});
