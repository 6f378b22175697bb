import { agendaSkeleton, analyzeMeeting } from '../../../../utils/meeting/analysis';
import { meeting } from './meeting-input';

describe('analyzeMeeting: agenda', () => {
  it.each([
    ['numbered topics', '1. Open bugs\n2. Support readiness', true],
    ['bulleted topics', 'Topics:\n- hiring\n- budget', true],
    ['"Agenda" heading with items', 'Agenda:\n• Recap\n• Risks', true],
    ['a goal', 'Goal: one consolidated feedback list by Thursday.', true],
    ['an outcome', 'Outcome: a reviewed write-up.', true],
    ['a pre-read', 'Pre-read: https://docs.google.com/document/d/x', true],
    ['questions to answer', 'Should we keep the free tier?\nWhat do we charge for seats?', true],
    ['a stated decision', 'Final decision between Snowflake and BigQuery; we commit in this meeting.', true],
    ['nothing', '', false],
    ['a video link only', 'https://meet.google.com/abc-defg-hij', false],
    ['Zoom boilerplate', 'Join Zoom Meeting\nhttps://acme.zoom.us/j/91234567890\n\nMeeting ID: 912 3456 7890\nPasscode: 123456\nOne tap mobile\n+16465588656,,91234567890# US (New York)\nDial by your location\n+1 646 558 8656 US (New York)', false],
    ['Teams boilerplate', 'Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 123 456 789\nPasscode: abc123\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_x', false],
    ['context only', 'Possible credential leak from the CI logs. All hands on deck. Bridge link below.', false],
    ['logistics only', '3pm in the kitchen', false],
    ['an "Agenda" heading over plain lines', 'Agenda\nRecap of Q3\nHiring plan', true],
    ['topics listed after a colon', 'Round the table: progress, next steps, blockers.', true],
    ['a where/when line with commas', 'Location: Rooftop, Building B, 5th floor', false],
    ['a logistics question', 'Can everyone make it on time?', false],
    ['a prose plan', "Let's go over the launch checklist and assign owners.", true],
    ['topics named inside a sentence', 'A short pass over the open hiring loops, the budget for the offsite and the Q1 roadmap risks.', true],
    ['the purpose in a sentence', 'The migration slipped twice. We want to write down why, so we have a plan the auditors can read.', true],
    ['three people needed, no topics', 'Customer data exposed. Legal, security and comms needed.', false],
    ['a clock time is no label, the people called in are no topics', 'Approach lighting failed at 06:20, arrivals diverted. Ops, engineering and ATC liaison on this call.', false],
    ['the decision, whoever makes it', 'Two quotes left. Lab managers and purchasing pick one today and sign.', true],
    ['a request for work on the material', 'Please mark up clauses 7 and 12 in track changes before the 9th.', true],
    ['a request about logistics', 'Rooftop terrace. Please RSVP to Jess for catering.', false],
    ['a line that starts with "Pin" is no PIN', 'Pin your ideas on the wall in the canteen all week. No meeting needed.', true],
    ['an imperative after the context', 'Fixed Tuesday morning. Fill in the timeline before the session.', true],
    ['what each person writes up', 'Each accountant writes up their part of the close in the wiki before Friday.', true],
    ['a question and "anything" else', 'How the first week went and anything you need from me.', true],
    ['what each owner is to do', 'Each driver to share the state of their van.', true],
    ['where to add ideas', 'Street food, a quiz, a raffle. Add to the board before Monday.', true],
    ['a round on two subjects', 'A quick round on ticket sales for June and where each venue stands.', true],
    ['questions on two subjects', 'Ana joins by video; questions on the case study and on team fit.', true],
    ['what the session ends with', 'Half the stores missed the date. Leave with new dates per store.', true],
    ['what the session does', 'The fire is out. This session records what we lost for the insurer.', true],
    ['"My points" inline', 'Bring yours. My points: the rota for May, the van.', true],
    ['the people on a bridge are no topics', 'Boiler failure at 09:00. Bridge for facilities, HR and reception.', false],
    ['what happened, in a list of clauses, is no topics', 'The card run was refused, staff are unpaid and several are calling HR.', false],
    ['a subject and an indirect question', 'Your training plan and how the switch to the early shift feels.', true],
    ['a round of who does what', 'A quick round of who is on call over the holidays.', true],
    ['what this slot is for', 'The fix is live. This slot is to confirm the timeline and the owners.', true],
    ['walking over together is logistics', "Table booked for 1pm, we'll walk over together from the lobby.", false],
    ['whoever joins is no topic', 'Bridge is open. Join now if you work on tills, stock or comms.', false],
    ['what the session keeps', 'Ten minutes, cameras on, everyone calls out names. We keep the top three.', true],
    ['two subjects, one of seven words', 'Your goals for spring and the night shift opening you asked about.', true],
    ['the empty skeleton', agendaSkeleton(), false],
  ] as const)('%s → %s', (_name, description, expected) => {
    expect(analyzeMeeting(meeting({ title: 'Weekly sync', description })).hasAgenda).toBe(expected);
  });

  it('the skeleton counts once it is filled in', () => {
    const filled = agendaSkeleton().replace('1. ', '1. Release dates').replace('2. ', '2. Hiring plan');
    expect(analyzeMeeting(meeting({ description: filled })).hasAgenda).toBe(true);
  });
});
