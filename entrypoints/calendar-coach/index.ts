import css from '@/components/meeting/meeting.css?inline';
import { createMeetingRenderer } from '@/components/meeting/renderer';
import { registerPart } from '@/utils/platform/lazy-part';
import { createMeetingCoach, type MeetingCoachPart } from '@/utils/meeting/coach';

/** The meeting coach's heavy part, loaded by the meeting sites' content scripts (utils/meeting/lazy.ts) once the user works in an editor. */
export default defineUnlistedScript(() => {
  const part: MeetingCoachPart = {
    start: (ctx, site) => createMeetingCoach(ctx, site, { css, createRenderer: createMeetingRenderer }),
  };
  registerPart('calendar-coach', part);
});
