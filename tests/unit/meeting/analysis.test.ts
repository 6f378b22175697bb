import fc from 'fast-check';
import { MAX_PERSON_HOURS } from '../../../utils/meeting/limits';
import {
  agendaSkeleton,
  analyzeMeeting,
  buildAsyncAlternative,
  contentLines,
  MEETING_KINDS,
  OCCURRENCES_PER_MONTH,
  RECURRENCES,
  type MeetingInput,
} from '../../../utils/meeting/analysis';

const meeting = (over: Partial<MeetingInput>): MeetingInput => ({
  title: '',
  description: '',
  attendees: 5,
  durationMinutes: 30,
  recurrence: 'none',
  ...over,
});

describe('analyzeMeeting: cost', () => {
  it.each([
    [8, 60, 'none', 8, 8],
    [6, 60, 'weekly', 6, 26],
    [6, 45, 'none', 4.5, 4.5],
    [8, 15, 'daily', 2, 43.33],
    [2, 30, 'biweekly', 1, 2.17],
    [12, 45, 'monthly', 9, 9],
    [7, 50, 'none', 5.83, 5.83],
  ] as const)('%i people × %i min, %s → %f person-hours, %f a month', (attendees, durationMinutes, recurrence, ph, monthly) => {
    const a = analyzeMeeting(meeting({ title: 'Weekly sync', attendees, durationMinutes, recurrence }));
    expect(a.personHours).toBe(ph);
    expect(a.monthlyPersonHours).toBe(monthly);
  });

  it('documents its monthly factors: 52 weeks and 260 working days a year', () => {
    expect(OCCURRENCES_PER_MONTH.weekly * 12).toBeCloseTo(52);
    expect(OCCURRENCES_PER_MONTH.biweekly * 12).toBeCloseTo(26);
    expect(OCCURRENCES_PER_MONTH.daily * 12).toBeCloseTo(260);
  });

  it('caps person-hours at what an invite allows: 1,000 guests for at most 24 hours', () => {
    const huge = analyzeMeeting(meeting({ attendees: 100_000, durationMinutes: 7 * 24 * 60 }));
    expect(huge.personHours).toBe(MAX_PERSON_HOURS);
    expect(MAX_PERSON_HOURS).toBe(24_000);
    expect(huge.reasons.join(' ')).toContain('1000 people invited');
    // At the limit nothing is cut.
    expect(analyzeMeeting(meeting({ attendees: 1000, durationMinutes: 60 })).personHours).toBe(1000);
  });

  it('coerces nonsense numbers instead of producing NaN', () => {
    const a = analyzeMeeting(meeting({ attendees: Number.NaN, durationMinutes: -30 }));
    expect(a.personHours).toBe(0);
    expect(Number.isFinite(a.monthlyPersonHours)).toBe(true);
  });
});

describe('analyzeMeeting: kind and mode follow the decision table', () => {
  it.each([
    ['Weekly status sync', '', 8, 'status-update', 'async'],
    ['Daily standup', 'https://meet.google.com/abc-defg-hij', 8, 'status-update', 'async'],
    ['Sev1 bridge: login failing', 'Join Zoom Meeting\nhttps://acme.zoom.us/j/1', 10, 'crisis', 'sync'],
    ['Post-incident write-up: Oct 3 DNS outage', 'Outcome: a complete post-mortem document.', 6, 'other', 'async'],
    ['Post-mortem review: search outage', 'Please add your comments before Friday.', 8, 'feedback', 'async'],
    ['Team lunch', 'Tacos 🌮', 7, 'social', 'sync'],
    ['1:1 Ana / Ben', '', 2, 'one-on-one', 'sync'],
    ['Quick chat', 'Just the two of us.', 2, 'one-on-one', 'sync'],
    ['Go/no-go: release 5.0', 'Final decision on shipping.', 8, 'decision', 'sync'],
    ['API design review', 'Please leave inline comments on the RFC.', 7, 'feedback', 'async'],
    ['Feedback session (confidential)', 'Complaints from the account team.', 3, 'feedback', 'sync'],
    ['Brainstorm: tier names', 'Add your ideas to the board before Wednesday, no need to attend.', 12, 'brainstorm', 'async'],
    ['Live brainstorm: campaign hooks', 'Rapid-fire, cameras on.', 8, 'brainstorm', 'sync'],
    ['Project Falcon: status', 'Three weeks behind the committed date. We need to realign now.', 9, 'status-update', 'sync'],
    // Kind from what the meeting does, not from the words around it.
    ['Incident retrospective: Nov 12 billing outage', 'The outage is resolved. This session records the timeline and the follow-ups.', 8, 'other', 'async'],
    ["Feedback conversation: Lea's conduct in client meetings", 'Private. Two clients raised concerns.', 3, 'feedback', 'sync'],
    ["Talk about Omar's comments at the team lunch", 'Confidential, with HR.', 3, 'feedback', 'sync'],
    ['Input wanted: office move options', 'Before leadership decides in March, add your pros and cons for each site in the doc.', 25, 'brainstorm', 'async'],
    ['Offsite wrap-up: choose the Q1 OKRs', 'We have the long list from the offsite. Today we pick three and commit.', 7, 'decision', 'sync'],
    ['Platform migration: off track', '', 8, 'status-update', 'sync'],
  ] as const)('%s → %s, %s', (title, description, attendees, kind, mode) => {
    const a = analyzeMeeting(meeting({ title, description, attendees }));
    expect(a.kind).toBe(kind);
    expect(a.mode).toBe(mode);
    expect(a.reasons[0]).toMatch(/\w/);
  });

  it.each([
    ['Monday standup', '', 7, 'status-update', 'async', false],
    ['Checkout revamp status', 'We are two sprints behind and the launch date is at risk. Need to realign on scope today.', 8, 'status-update', 'sync', true],
    ['Service health review', 'Weekly SLO numbers.', 8, 'status-update', 'async', false],
    ['Brainstorm: Q4 campaign ideas', '', 10, 'brainstorm', 'async', false],
    ['Whiteboard session: logo concepts', 'Live, in the room, rapid sketches. No prep.', 5, 'brainstorm', 'sync', false],
    ['Social media campaign brainstorm', 'Drop your ideas in the doc before Tuesday.', 9, 'brainstorm', 'async', true],
    ['Approve FY27 budget', 'We need sign-off from all department heads on the final budget.', 8, 'decision', 'sync', true],
    ['Game plan for the launch', "Let's decide owners for each launch task.", 6, 'decision', 'sync', true],
    ['Third-party vendor review', 'Please comment on the vendor assessment doc by Friday.', 6, 'feedback', 'async', true],
    ['Sprint retro', 'What went well? What should we change?', 7, 'feedback', 'async', true],
    ['Incident review: Sept 14 API outage', 'Read the timeline before the meeting and add comments.', 9, 'feedback', 'async', true],
    ['Post-mortem write-up: Black Friday', 'Fill in your section of the doc. Outcome: a published post-mortem.', 7, 'other', 'async', true],
    ['War room: data breach', 'Customer data exposed. Legal, security and comms needed.', 12, 'crisis', 'sync', false],
    ['Holiday party', 'Location: Rooftop, Building B, 5th floor\nFood, drinks and music. Partners welcome!', 40, 'social', 'sync', false],
    ['Sam <> Jo', '', 2, 'one-on-one', 'sync', false],
    ['Interview: senior backend engineer', 'Candidate CV attached.', 3, 'other', 'sync', false],
    ['Team check-in', 'Can everyone make it on time?', 6, 'status-update', 'async', false],
    ['Incident response training', 'How we run a Sev1, with a tabletop exercise.', 14, 'other', 'async', false],
    ['Sprint demo', '', 12, 'status-update', 'async', false],
    ['Login failures — live', 'SSO is rejecting valid users since the 14:00 deploy. Support queue exploding.', 10, 'crisis', 'sync', false],
    ['Mobile launch: status', 'We missed the beta milestone and QA found 14 blockers. We need to reset the plan this week.', 8, 'status-update', 'sync', true],
    ['Ideas jam: hackweek themes', 'Suggest themes in the doc; we will shortlist next week.', 20, 'brainstorm', 'async', true],
    ['Hiring committee: staff engineer candidate', 'Make the hire / no-hire call together.', 5, 'decision', 'sync', true],
    ['Review: Q3 board deck', 'Comment in the deck by Wednesday, especially on slides 4-9.', 8, 'feedback', 'async', true],
    ['Retro: checkout outage (Nov 2)', 'Blameless review. Add your notes to the timeline before Thursday.\nGoal: agreed action items with owners.', 9, 'feedback', 'async', true],
    ['Hiring plan', 'Discuss Q3 hiring plan and headcount.', 5, 'other', 'async', true],
    // Agendas written as prose: the activity and what it ends in, or the topics inside a sentence.
    ['Naming jam: billing add-on', 'Live session, cameras on. 15 minutes of throwing out names, then we vote on a shortlist of five.', 6, 'brainstorm', 'sync', true],
    ['Homepage copy crit', 'Comment in the doc before Thursday. We want feedback on the headline, the tone and the pricing table.', 9, 'feedback', 'async', true],
    ['Homepage copy crit', 'Figma link in the channel.', 9, 'feedback', 'async', false],
  ] as const)('more invites: %s → %s, %s, agenda %s', (title, description, attendees, kind, mode, hasAgenda) => {
    const a = analyzeMeeting(meeting({ title, description, attendees }));
    expect({ kind: a.kind, mode: a.mode, hasAgenda: a.hasAgenda }).toEqual({ kind, mode, hasAgenda });
  });

  it('a past incident is never classified as a crisis', () => {
    const a = analyzeMeeting(meeting({ title: 'Outage post-mortem', description: 'Sev1 last Tuesday, root cause analysis', attendees: 9 }));
    expect(a.kind).not.toBe('crisis');
    expect(a.mode).toBe('async');
  });
});

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
    ['the empty skeleton', agendaSkeleton(), false],
  ] as const)('%s → %s', (_name, description, expected) => {
    expect(analyzeMeeting(meeting({ title: 'Weekly sync', description })).hasAgenda).toBe(expected);
  });

  it('the skeleton counts once it is filled in', () => {
    const filled = agendaSkeleton().replace('1. ', '1. Release dates').replace('2. ', '2. Hiring plan');
    expect(analyzeMeeting(meeting({ description: filled })).hasAgenda).toBe(true);
  });

  it('leaves join links of every Teams host (from the site table) out of the written alternative', () => {
    const description = 'Spec: https://docs.example.com/spec\nhttps://teams.cloud.microsoft/l/meetup-join/19%3ameeting_y';
    const draft = buildAsyncAlternative(meeting({ description }), undefined, new Date(2026, 11, 7, 9));
    expect(draft).toContain('https://docs.example.com/spec');
    expect(draft).not.toContain('teams.cloud.microsoft');
  });

  it('strips joining info but keeps real content', () => {
    expect(contentLines('Meeting ID: 1 2 3\nReview the draft\nPasscode: 9\nhttps://zoom.us/j/1')).toEqual(['Review the draft']);
  });
});

describe('buildAsyncAlternative', () => {
  const now = new Date(2026, 10, 27, 10); // Friday 27 November 2026
  it('carries title, goal, asks, topics, links and a reply-by date from the norms', () => {
    const input = meeting({
      title: 'Design crit: onboarding v2',
      description: 'Please review before Thursday: https://www.figma.com/file/onb\n1. Step 2 copy\n2. Empty states\nGoal: one list of fixes.\nhttps://meet.google.com/abc',
      attendees: 6,
      durationMinutes: 45,
    });
    const draft = buildAsyncAlternative(input, analyzeMeeting(input), now);
    expect(draft).toContain('Design crit: onboarding v2');
    expect(draft).toContain('Goal: one list of fixes.');
    expect(draft).toContain('What I need from each of you: your comments');
    expect(draft).toMatch(/1\. Step 2 copy\n2\. Empty states/);
    expect(draft).toContain('https://www.figma.com/file/onb');
    expect(draft).not.toContain('meet.google.com');
    // feedback norm: 3 business days from a Friday → Wednesday
    expect(draft).toContain('by Wednesday 2 December');
    expect(draft).toContain('4.5 person-hours');
  });

  it('routine status asks are due the next business day', () => {
    const draft = buildAsyncAlternative(meeting({ title: 'Weekly status sync', attendees: 8, durationMinutes: 60 }), undefined, now);
    expect(draft).toContain('by Monday 30 November');
    expect(draft).toContain('what you finished since last time');
    expect(draft).toContain('Goal: everyone knows where "Weekly status sync" stands');
  });

  it('works with an untitled event', () => {
    expect(buildAsyncAlternative(meeting({}), undefined, now)).toMatch(/^Quick written round/);
  });
});

describe('never throws', () => {
  it('on any input shape', () => {
    fc.assert(
      fc.property(
        fc.record({
          title: fc.oneof(fc.string(), fc.constant(undefined), fc.integer()),
          description: fc.oneof(fc.string({ maxLength: 400 }), fc.constant(null)),
          attendees: fc.oneof(fc.integer(), fc.double(), fc.constant(undefined)),
          durationMinutes: fc.oneof(fc.integer({ min: -1000, max: 100000 }), fc.double()),
          recurrence: fc.oneof(fc.constantFrom(...RECURRENCES), fc.string()),
        }),
        (input) => {
          const a = analyzeMeeting(input as unknown as MeetingInput);
          expect(MEETING_KINDS).toContain(a.kind);
          expect(['async', 'sync']).toContain(a.mode);
          expect(Number.isFinite(a.personHours) && a.personHours >= 0).toBe(true);
          expect(typeof buildAsyncAlternative(input as unknown as MeetingInput)).toBe('string');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on very long descriptions', () => {
    const a = analyzeMeeting(meeting({ description: '- item\n'.repeat(50_000) }));
    expect(a.hasAgenda).toBe(true);
    expect(a.topics.length).toBeLessThanOrEqual(20);
  });
});
