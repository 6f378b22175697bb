/*
 * How big a meeting can be, as the calendars we cover allow: Google Calendar invites at most
 * 1,000 guests, and a meeting (not an all-day entry) is counted for at most a day. Person-hours
 * beyond these cannot come from a real invite, so the analysis, the recorded events and imported
 * files all stop there.
 */

export const MAX_ATTENDEES = 1000;
export const MAX_MEETING_MINUTES = 24 * 60;
/** Person-hours of one occurrence at most: every guest, all day. */
export const MAX_PERSON_HOURS = (MAX_ATTENDEES * MAX_MEETING_MINUTES) / 60;
