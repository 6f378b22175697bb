import { calendarAdapter } from '@/utils/meeting/calendar-adapter';
import { startWhenEventEditorOpens } from '@/utils/meeting/lazy';

export default defineContentScript({
  // WXT's start-up postMessage would be one more message every page listener sees.
  noScriptStartedPostMessage: true,
  runAt: 'document_idle',
  main(ctx) {
    startWhenEventEditorOpens(ctx, 'calendar', calendarAdapter);
  },
});
