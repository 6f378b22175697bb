import fc from 'fast-check';
import { analyzeMeeting, buildAsyncAlternative, MEETING_KINDS, RECURRENCES, type MeetingInput } from '../../../../utils/meeting/analysis';
import { meeting } from './meeting-input';

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

  it.each([
    // Harm under way, named by what it is.
    ['Mould in the cold store', 'Lab found contamination in this morning\'s delivery, already shipped to six shops.', 6, 'none', 'crisis', 'sync'],
    ['Malware on the front-desk laptops', '', 5, 'none', 'crisis', 'sync'],
    ['Supplier invoices', 'Our payment run was rejected by the bank and suppliers have not been paid.', 5, 'none', 'crisis', 'sync'],
    // Shared time away from the work.
    ['Monthly book club', 'This month: a novel of your choice.', 9, 'monthly', 'social', 'sync'],
    ['Beach clean-up', 'Spending the day together on the shore with the local volunteering group.', 14, 'none', 'social', 'sync'],
    // Generating many options is a brainstorm, even when it ends in a vote.
    ['Quick-fire: slogans for the autumn range', 'As many slogans as we can in twenty minutes, then we vote on three.', 6, 'none', 'brainstorm', 'sync'],
    ['Lightning brainstorm: podcast names', '', 5, 'none', 'brainstorm', 'sync'],
    ['Venue suggestions for the summer party', 'No need to join live: post yours in the form.', 30, 'none', 'brainstorm', 'async'],
    // A recurring meeting with no other purpose is the routine round; planning once is deciding.
    ['Morning huddle – dispatch', 'Loading bay, 7:30', 6, 'daily', 'status-update', 'async'],
    ['Weekly shop planning', '1. Sales last week\n2. What each shop is promoting this week', 8, 'weekly', 'status-update', 'async'],
    ['Q2 launch planning', '', 8, 'none', 'decision', 'sync'],
    // A person's conduct, a rift between people: feedback, live.
    ['Conversation about conduct at the tournament', 'Two parents raised concerns about how the coach spoke to players. We will hear his side.', 3, 'none', 'feedback', 'sync'],
    ['Friction in the warehouse team', 'Since the shift change the two crews are not speaking to each other. I want to hear both sides.', 4, 'none', 'feedback', 'sync'],
    // Use, not mention: a contract's termination clause, deals that slipped in a pipeline.
    ['Contract review: Initech lease', 'Comment on clauses 4 (rent) and 9 (termination) in the doc before Friday.', 4, 'none', 'feedback', 'async'],
    ['Monthly pipeline review', 'New deals by region, deals that slipped and the forecast. Numbers in the dashboard.', 12, 'monthly', 'status-update', 'async'],
    // Generating candidates, said by the title alone: names, taglines, a jam, an open "how might we".
    ['Names for the spring beer', '', 7, 'none', 'brainstorm', 'async'],
    ['Live jam: museum audio guide slogan', '', 5, 'none', 'brainstorm', 'sync'],
    ['How might we cut the queue at the pharmacy counter?', '', 9, 'none', 'brainstorm', 'async'],
    // Two people, but the subject is concerns about the invitee's work: feedback, live, unless the title calls it a 1:1.
    ['Your trial period so far', "I'd like to talk through the concerns from your first weeks on the desk, hear your side and agree next steps.", 2, 'none', 'feedback', 'sync'],
    ['1:1 Ana / Ben', "Concerns about Ben's last two audits.", 2, 'weekly', 'one-on-one', 'sync'],
    // Harm under way, said by its state and its now: a system down or offline, people called in since a time.
    ['Email down for the whole school', '', 5, 'none', 'crisis', 'sync'],
    ['Tills offline in all stores', 'No card payments since opening. Retail ops, IT and the payment provider on the bridge.', 9, 'none', 'crisis', 'sync'],
    ['Ferry engine failure – passengers stranded', 'The 14:10 sailing is stuck mid-channel. Crew and marine ops dial in now.', 8, 'none', 'crisis', 'sync'],
    ["Write-up: last week's server failure", 'Everything is back up. Add your notes to the timeline doc before Thursday.', 6, 'none', 'other', 'async'],
    // A title that asks: closed → a decision, open → ideas.
    ['Keep or drop the Saturday opening?', '', 8, 'none', 'decision', 'sync'],
    ['What would make Fridays quieter?', '', 20, 'none', 'brainstorm', 'async'],
    ['Pub quiz team night', 'The Swan, 7pm. Teams of four.', 16, 'none', 'social', 'sync'],
    ["Theme for next year's conference", '', 14, 'none', 'brainstorm', 'async'],
    ['Five-a-side after work', 'Pitch 3, 6pm. Bring trainers.', 10, 'weekly', 'social', 'sync'],
    ['Annual report draft – your edits', 'Suggest edits directly in the doc by the 15th; the comms team merges them.', 9, 'none', 'feedback', 'async'],
    // Complaints from guests are the work; a person's workload or a rift between people is feedback, live.
    ['Front desk shift handover', 'Outgoing shift tells the incoming one about late check-outs, complaints in progress and VIP arrivals.', 6, 'daily', 'status-update', 'async'],
    ["Escalation: Julia's workload", 'Private. Julia has said twice that she is close to burnout.', 3, 'none', 'feedback', 'sync'],
    // Candidate explanations gathered before anyone decides; a club that meets for a film.
    ['Why did rural sign-ups drop?', 'Add your hypotheses and any data you have to the board; we compare them next month.', 12, 'none', 'brainstorm', 'async'],
    ['Thursday movie night 🍿', 'Screen 2 in the basement, bring a cushion.', 15, 'none', 'social', 'sync'],
    ['Lunch club: Korean', '', 8, 'monthly', 'social', 'sync'],
    ['Friction between the two kitchens', 'Both head chefs have raised issues with each other since the menu change.', 4, 'none', 'feedback', 'sync'],
    // The description's stated purpose outweighs the title's label word ("sync", "catch-up", "review").
    ['Weekly sync: van leasing', 'Both leasing firms sent final offers. Today we choose one and sign.', 6, 'none', 'decision', 'sync'],
    ['Catch-up on the new tills', 'The supplier wants a yes or no by Monday; we leave with one answer.', 5, 'none', 'decision', 'sync'],
    ['Go / no-go: Sunday opening', '', 9, 'none', 'decision', 'sync'],
    // Ideas said out loud, fast: a live brainstorm; a lab alarm going off: an incident.
    ['Spitballing: spring menu', '', 5, 'none', 'brainstorm', 'async'],
    ['Brainstorm: market stall names', 'Ten minutes, everyone says names out loud, we keep three.', 6, 'none', 'brainstorm', 'sync'],
    ['Cold room 2 alarming', '', 4, 'none', 'crisis', 'sync'],
    // An incident that is over, said by its state or its date, is documentation; a title's "review" names the write-up.
    ["Look back at last week's fire at the bakery", '', 6, 'none', 'other', 'async'],
    ['Walkthrough: the spam incident (closed)', 'Note down who clicked what and how we caught it.', 7, 'none', 'other', 'async'],
    ['Boiler failure of 3 Feb', 'Repairs are complete. We document the cost and the new service contract.', 5, 'none', 'other', 'async'],
    ['Post-incident review: card reader outage', '', 6, 'none', 'other', 'async'],
    ['Post-incident review: card reader outage', 'Read the draft and add comments on the actions.', 6, 'none', 'feedback', 'async'],
    // Harm under way: a title that starts with "Now", people not paid; "urgent" alone names no incident.
    ['Now: booking site returns errors', 'Agree the workaround and the message for customers.', 6, 'none', 'crisis', 'sync'],
    ['Contractors not paid this month', '', 8, 'none', 'crisis', 'sync'],
    ['Depot rebuild – urgent realignment', '', 8, 'none', 'status-update', 'sync'],
    // A title's label word that the description rules out; a read-out of what others decided.
    ['Ideas hour', 'No new ideas today: each team reads out its sales figures.', 8, 'weekly', 'status-update', 'async'],
    ['Decision tracker', 'Read-out of what the board decided and who follows up. Nothing new is decided.', 12, 'monthly', 'status-update', 'async'],
    // One option is chosen in the session, whatever the title calls it.
    ['Review of the two van quotes', 'Both quotes are final. We compare them and sign one today; ops must be behind it.', 5, 'none', 'decision', 'sync'],
    ['Brainstorm wrap-up: mascot', 'The long list is done. Today we pick the mascot so print can start.', 6, 'none', 'decision', 'sync'],
    // A candidate over coffee is an interview; a probation review is feedback on a person, live.
    ['Coffee with Priya (candidate)', 'Second interview for the analyst role.', 3, 'none', 'other', 'sync'],
    ['Probation check: Tomasz', 'How the first months went and what support helps.', 2, 'none', 'feedback', 'sync'],
    // A plan reworked because the rollout fell short: off-track status, live.
    ['Tablet rollout', 'Only 3 of 9 wards have tablets. We rework the plan with the supplier.', 7, 'none', 'status-update', 'sync'],
    ['Harsh feedback on the new menu from the owner', "I'd like to go through it with Lina in person and agree how we answer.", 3, 'none', 'feedback', 'sync'],
    ['Roof leak in the gym — what happened', '', 5, 'none', 'other', 'async'],
    ['Weekly sync', 'Two of the drivers felt ignored at the depot meeting. I want us to talk it through.', 5, 'none', 'feedback', 'sync'],
    ['Interview: fire safety officer', 'Candidate: L. Baptiste. Questions on the fire risk assessment.', 3, 'none', 'other', 'sync'],
  ] as const)('purpose over words: %s → %s, %s', (title, description, attendees, recurrence, kind, mode) => {
    const a = analyzeMeeting(meeting({ title, description, attendees, recurrence }));
    expect({ kind: a.kind, mode: a.mode }).toEqual({ kind, mode });
  });

  it('a past incident is never classified as a crisis', () => {
    const a = analyzeMeeting(meeting({ title: 'Outage post-mortem', description: 'Sev1 last Tuesday, root cause analysis', attendees: 9 }));
    expect(a.kind).not.toBe('crisis');
    expect(a.mode).toBe('async');
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
