import css from '@/components/meeting/meeting.css?inline';
import { registerPart } from '@/utils/platform/lazy-part';
import { createCoach } from '@/utils/meeting/coach';

/** The meeting coach's heavy part, loaded by calendar.content once an editor is on the page. */
export default defineUnlistedScript(() => {
  registerPart('calendar-coach', { createCoach, css });
});
