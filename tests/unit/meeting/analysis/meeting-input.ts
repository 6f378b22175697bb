import type { MeetingInput } from '../../../../utils/meeting/analysis';

/** An invite with defaults: five people, half an hour, once. */
export const meeting = (over: Partial<MeetingInput>): MeetingInput => ({
  title: '',
  description: '',
  attendees: 5,
  durationMinutes: 30,
  recurrence: 'none',
  ...over,
});
