import { namesTopics, statesPurpose } from '../../../../utils/meeting/analysis/prose';

describe('prose agendas: a sentence that plans the session', () => {
  it.each([
    ["I'd like us to talk openly about the handover and how we split the work from now on.", true],
    ['I want to hear from the night manager first, in private.', true],
    ["Let's talk it through and agree how we escalate next time.", true],
    ["We'll hear both teams and agree next steps.", true],
    ['We shout out slogans and leave with a shortlist of three.', true],
    ['Regional managers present what closed this month.', true],
    ['Each reviewer brings their notes on the proposal.', true],
    ['We need to drop two features and pick a new date.', true],
    ['Need a decision by Friday.', true],
    ['We need both shops to agree one opening time.', true],
    ['Before Monday, everyone adds their stock counts to the sheet.', true],
    ['We compare the two quotes and choose one.', true],
    ['We make the buy / build decision in this meeting.', true],
    ['Post your ideas on the board this week.', true],
    ['Fast round of ideas for shorter queues at the counter.', true],
    // What the session is for, whatever the verb: a purpose clause, what we are doing there, the contributions.
    ['An easy breakfast so the night crew can get to know the new porters.', true],
    ["We're spending the morning together planting trees along the canal.", true],
    ["We'll cluster the sticky notes once everyone has gone.", true],
    ['Twenty minutes, cameras on, throw out as many suggestions as you can.', true],
    // What everyone leaves with, and a session that generates, whatever it generates.
    ['We walk out of the room with a signed-off floor plan.', true],
    ['Ten minutes: as many mascot sketches as we can manage.', true],
    // Narrative, logistics and context are not a plan.
    ['We found the leak at 6am and the floor is wet.', false],
    ['Come say hi to the new starters in the kitchen!', false],
    ['Customer data exposed. Legal, security and comms needed.', false],
    ['The Crown, from 5:30. Everyone welcome!', false],
    ['Online, cameras optional.', false],
    ['Rooftop terrace. Veggie options available.', false],
    ["We'll send the dial-in later.", false],
    ["Let's grab a drink after work!", false],
  ] as const)('%s → %s', (line, expected) => {
    expect(statesPurpose(line) || namesTopics(line)).toBe(expected);
  });
});

describe('prose agendas: a sentence that names its topics', () => {
  it.each([
    ['Where each store stands, what is blocking, and the openings next month.', true],
    ['What went well, what did not, what we change.', true],
    ['Comment on the pricing table and the onboarding copy.', true],
    ['A short refresher on ladder safety and manual handling.', true],
    ['Do we renew, renegotiate, or switch supplier?', true],
    ['A pass over the hiring loops, the offsite budget and the roadmap risks.', true],
    // A sentence with no verb that lists what is covered: three items, or two joined by "and".
    ['Refund volumes by channel, ageing and escalations.', true],
    ['Your transfer request and the training budget you asked about.', true],
    ['Root cause so far, customer messaging, the patch timeline.', true],
    // A fragment that lists a place, a time, food or people is no agenda; nor is a clause.
    ['Pizza, drinks and a quiz.', false],
    ['Room 4B, second floor, after lunch.', false],
    ['Rosa, Bilal and Kenji.', false],
    ['Wifi is down and printers are offline.', false],
    // Three people are not three topics.
    ['Come along and say hello to Amal, Pedro and Yuki on their first day!', false],
    ['Lunch at the usual place.', false],
  ] as const)('%s → %s', (line, expected) => {
    expect(namesTopics(line)).toBe(expected);
  });
});
