import { calendarAdapter } from '@/utils/meeting/calendar-adapter';
import { startWhenEventEditorOpens } from '@/utils/meeting/lazy';
import { siteMatches } from '@/utils/platform/sites';

export default defineContentScript({
  matches: siteMatches('calendar'),
  runAt: 'document_idle',
  main(ctx) {
    startWhenEventEditorOpens(ctx, 'calendar', calendarAdapter);
  },
});
