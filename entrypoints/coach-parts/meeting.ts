import css from '@/components/meeting/meeting.css?inline';
import { createMeetingRenderer } from '@/components/meeting/renderer';
import { createMeetingCoach, type MeetingCoachPart } from '@/utils/meeting/coach';

/** The meeting coach, for the meeting sites' loaders (utils/meeting/lazy.ts) once the user works in an editor. */
export const meetingCoachPart: MeetingCoachPart = {
  start: (ctx, site) => createMeetingCoach(ctx, site, { css, createRenderer: createMeetingRenderer }),
};
