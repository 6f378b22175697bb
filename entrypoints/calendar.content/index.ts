import { calendarAdapter } from '@/utils/meeting/calendar-adapter';
import { startWhenEventEditorOpens } from '@/utils/meeting/lazy';

export default defineContentScript({
  runAt: 'document_idle',
  main(ctx) {
    startWhenEventEditorOpens(ctx, 'calendar', calendarAdapter);
  },
});
