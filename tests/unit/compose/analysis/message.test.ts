import { analyzeMessage } from '../../../../utils/compose/analysis/message';

/** Tuesday 24 Nov 2026, 10:00 local time. */
const NOW = new Date(2026, 10, 24, 10, 0);
const at = (text: string) => analyzeMessage(text, { now: NOW });

describe('ping: the message alone does not let the recipient act', () => {
  it.each([
    'hi',
    'hey @sam',
    'Morning!',
    'hello??',
    'got a sec?',
    'are you around?',
    'r u free',
    'can we talk?',
    'call me',
    'Can I call you quickly?',
    'do you have a minute this afternoon?',
    'quick question',
    'quick q for you',
    'I have a question',
    '?',
    'ping',
    'hi <@U024BE7LH>',
    '@here anyone around?',
    'Hi Maria,\n\nHope you are well! Do you have 10 minutes for a call at some point?\n\nBest,\nTom',
    'hey :wave: you there?',
    // An emoticon is an emoji typed in ASCII: a wave ("o/") or a smile says nothing either.
    'o/',
    'hey :) got a sec?',
    'urgent!!',
    // On its own "that" points at nothing in the draft: the reader cannot act on it (LABELS.md).
    'Would you be open to that?',
    // The one word after an interjection is who it calls, whatever the word.
    'heyyy stranger',
    'psst, Jonas!',
    "g'day crew",
    // Only contact verbs, with no object that says what about.
    'could really use your help',
    'hit me up when you are free',
    'gimme a ring',
    'Hello Dr Okafor,\n\nWhen would be a good moment for us to speak on the phone? I am available most afternoons.\n\nKind regards,\nAnna',
  ])('%j is a ping', (text) => {
    const a = at(text);
    expect(a.ping).toBe(true);
    expect(a.ask).toBe(false);
    expect(a.context).toBe(false);
  });

  it.each([
    "hey, where's the Q3 deck?",
    'quick question: what is the staging URL?',
    'can we talk about the Q3 budget?',
    'call me about the Acme renewal',
    'got a sec? the deploy failed with a timeout on the migrations step',
    'is the all hands still at 4',
    'fyi v3 tokens are live in figma',
    'thanks',
    'ok sounds good',
    '',
    'morning standup is cancelled',
    'haha nice',
    'yo, is the rollback done?',
  ])('%j is not a ping', (text) => {
    expect(at(text).ping).toBe(false);
  });
});

describe('context: says why or what the situation is', () => {
  it.each([
    "I'm finishing the Q3 summary and I'm missing the churn numbers. Can you send them?",
    'can you add me to #launch-war-room? I am taking over the release notes from Sofia',
    'the new hire starts monday, can you make sure her laptop is ready by then',
    'Can you send the forecast? The CFO wants it for her call with the bank.',
    'I need the headcount today so I can confirm with the venue.',
    '```\nError: connect ECONNREFUSED 127.0.0.1:5432\n```\nany idea?',
    'whenever you get a chance, could you look over my draft blog post about our move to pnpm? https://docs.google.com/document/d/1x/edit',
    'FYI: the all-hands recording is up https://intranet.acme.com/allhands',
    'who owns billing now that Raj left?',
  ])('%j has context', (text) => {
    expect(at(text).context).toBe(true);
  });

  it.each([
    'Hi Ana,',
    'hey sam',
    "what's the staging URL?",
    'can u send me the figma links for the pricing page, the checkout flow and the settings screens? thx',
    'who is on call for payments this week',
    'can you review https://github.com/acme/web/pull/12',
    'Thanks,\nTom Reyes',
  ])('%j has no context', (text) => {
    expect(at(text).context).toBe(false);
  });
});

describe('ask: a concrete request or question, topic included', () => {
  it.each([
    'where is the Q3 deck',
    'Could you confirm the start date with your team?',
    'please review the PR before lunch',
    'need someone from infra on the bridge',
    'payments on-call pls join #inc-2231',
    'I need your sign-off on the budget',
    'I disagree with adding Redis here. What do you think?',
    'lmk if the numbers look right',
    'Please hold all carrier pickups until further notice.',
    'Would love your eyes on this PR: https://github.com/acme/web/pull/1',
    "I'd appreciate your feedback on the doc",
    'Looking for someone to review my PR on the billing service',
    'Keen to hear your thoughts on the proposal',
    'We should talk about the roadmap',
    'Any chance we can move our 1:1 to Thursday?',
    "Here's the draft of the Q3 plan: https://docs.example.com/q3. Thoughts?",
    'Salaries will not go out tomorrow unless we resend the file.',
  ])('%j asks', (text) => {
    expect(at(text).ask).toBe(true);
  });

  it.each([
    'can we talk?',
    'FYI the office wifi password changes on Monday',
    'No need to reply, just letting you know I merged the lint changes.',
    'Please find attached the signed SOW.',
    'Thanks so much, that was really helpful!',
    'I will be out of office from Dec 22 to Jan 2.',
    "I'd love to share them with my team.",
    'Welcome to the team! Let me know if you need anything.',
    'Thoughts?',
  ])('%j does not ask', (text) => {
    expect(at(text).ask).toBe(false);
  });
});

describe('urgency: what the message claims', () => {
  it.each<[string, 'low' | 'normal' | 'high' | 'critical']>([
    ['prod is down, api returning 502 on every request', 'critical'],
    ['Customers cannot log in right now, SSO is failing', 'critical'],
    ['security incident: the admin token was leaked on a public repo', 'critical'],
    ['I ran the cleanup script on prod and it deleted 12k rows from orders', 'critical'],
    ['sev1: checkout failing for all EU customers', 'critical'],
    ['this is an emergency, the warehouse flooded', 'critical'],
    ['FYI we had a sev2 last night, resolved now, postmortem to follow', 'low'],
    ['can you approve my PR asap?', 'high'],
    ['urgent - the contract needs your signature', 'high'],
    ['the whole mobile team is blocked on CI', 'high'],
    ['I need the headcount by 2pm today', 'high'],
    ['can you send the deck before the 3pm standup?', 'high'],
    ['client call starts in 10 min, can you send the pricing sheet?', 'high'],
    ['can you review the RFC by tomorrow morning?', 'normal'],
    ['need a go/no-go from you by Thursday', 'normal'],
    ['the pricing toggle is broken in Safari, could you take a look?', 'normal'],
    ['no rush, but could you rename the channel?', 'low'],
    ['whenever you get a chance, send me the slides', 'low'],
    ['low priority: who keeps tagging tickets ASAP?', 'low'],
    // An urgency stated after the "no rush" wins.
    ['No rush on the deck, but can you send me the invoice by 3pm today?', 'high'],
    ['not urgent, can you update the wiki?', 'low'],
    ['fyi the new tokens are live', 'low'],
    ['hey', 'normal'],
    ["Can you add a retry so the app doesn't crash when the API is down?", 'normal'],
    ["What's our policy on emergency contacts for new hires?", 'normal'],
    ['Can you review the security incident runbook?', 'normal'],
    ["Users can't see the new button unless they refresh, is that expected?", 'normal'],
    ['We have a planned outage on Saturday for the database upgrade, can you tell your customers?', 'normal'],
    ["I'm going to grab lunch, back in 20 min. Can you watch the queue?", 'normal'],
    // An outage of a system only the team uses blocks people; customers are not hit.
    ['the staging db migration failed and nobody can log in to staging, can you roll it back?', 'high'],
    ['the db migration failed and nobody can log in, can you roll it back?', 'critical'],
    // Words in single quotes are mentioned, not used; apostrophes are no quotes.
    ["should the 'ASAP (1-2 days)' shipping option be listed above 'Standard'?", 'normal'],
    ["I labelled it 'urgent' by mistake, could you review the RFC by Thursday?", 'normal'],
    ["don't wait for me, it's urgent: the contract needs your signature", 'high'],
    // The situation says it, with no alarm word: someone got in, data went to the wrong party,
    // a hazard now, a defect live, money draining, people stopped for a while.
    ['someone broke into the booking system overnight, can you take it offline?', 'critical'],
    ['I just emailed the payroll file to the wrong client, who can recall it?', 'critical'],
    ['the portal shows students from the wrong school after login', 'critical'],
    ['the backup generator is leaking fuel onto the loading bay', 'critical'],
    ['our release went live with the debug menu enabled, players can unlock everything', 'critical'],
    ['someone is draining money from the petty cash account with a cloned card', 'critical'],
    // Still happening, though it started yesterday.
    ['the ad account is burning about $500 an hour on a campaign that should have ended yesterday', 'critical'],
    ['the scanners at gate 3 have been stuck for over an hour, can someone come?', 'high'],
    ['gimme a call', 'high'],
    // ...and the same words about something that is not happening now.
    ['the fire drill is at 3pm, please leave by the east stairs', 'normal'],
    ['can you send me the fuel leak report from last month?', 'normal'],
    ['I sent the invoice to the wrong address, resending it now', 'normal'],
  ])('%j is %s', (text, urgency) => {
    expect(at(text).urgency).toBe(urgency);
  });
});

describe('sensitive: emotionally charged or interpersonal', () => {
  it.each([
    "I think Ben is upset with me after yesterday's retro",
    'Mark snapped at Jen in front of the customer',
    'I would like to raise a formal complaint about a colleague',
    'Over the last months Nate has missed four sprint commitments. What is the process for a performance improvement plan?',
    "I'm pregnant and not telling the team yet",
    'my mother is very sick and I must fly home next week',
    "I've been struggling since the divorce",
    "Two people told me they don't feel safe raising issues when Lucas is in the room",
    'can I vent for a sec? he presented my work as his own',
    "I'm going through a rough time at home.",
    'I think Sam is being treated unfairly by his lead.',
    'Could you help me write a warning letter for an employee who keeps coming in late?',
  ])('%j is sensitive (and sync)', (text) => {
    const a = at(text);
    expect(a.sensitive).toBe(true);
    expect(a.mode).toBe('sync');
  });

  it.each([
    'I disagree with adding Redis just for the rate limiter',
    'the build is sick slow today, can we cache node_modules?',
    'this PR hurts bundle size by 40kb, can we lazy-load the chart?',
    'the server died again, can you restart it?',
    'I ran into a nasty bug in the date picker',
    'Can you send me the sick leave policy?',
    'Can you share the performance review template?',
    'we had a hard time reproducing the bug, can you share your steps?',
    'the server crash last night was caused by OOM',
  ])('%j is not sensitive', (text) => {
    expect(at(text).sensitive).toBe(false);
  });
});

describe('mode follows the decision rule', () => {
  it.each<[string, 'async' | 'sync']>([
    ['call me asap', 'sync'],
    // Issue 11: a topicless "call me" is a ping that says they are needed now.
    ['call me', 'sync'],
    ['FYI prod database is at 100% disk and writes are failing', 'sync'],
    ['Can you review the migration plan by Friday? It touches the billing tables.', 'async'],
    ['Jen left the meeting in tears after Mark snapped at her', 'sync'],
  ])('%j is %s', (text, mode) => {
    expect(at(text).mode).toBe(mode);
  });
});

describe('deadline: stated reply/action deadlines resolve against now', () => {
  const d = (day: number, hour: number, minute = 0, month = 10) => new Date(2026, month, day, hour, minute);
  // The deadline reader is the rules' (the learned model may call a short request a ping, and a ping has no deadline).
  const at = (text: string) => analyzeMessage(text, { now: NOW, model: null });
  it.each<[string, Date]>([
    ['can you send it by EOD tomorrow?', d(25, 17)],
    ["could you send your comments before Thursday's review?", d(26, 17)],
    ['Could you sign it and send it back within the hour?', d(24, 11)],
    ['please let me know no later than Dec 4', d(4, 17, 0, 11)],
    ['can you send the figures by 3pm', d(24, 15)],
    ['can someone look at it in the next hour?', d(24, 11)],
    ['please send the deck by the 12th', d(12, 17, 0, 11)],
    ['please book the training before the 30th', d(30, 17)],
    ['can you finish the draft by end of week?', d(27, 17)],
    ['Please sign the agreement within 3 business days.', d(27, 17)],
    ['can you review it by tomorrow morning?', d(25, 9)],
    ['Can you please send them until Wednesday?', d(25, 17)],
    ['the call is in 20 min. can you send the deck before it starts?', d(24, 10, 20)],
    ['the new hire starts monday, can you make sure her laptop is ready by then', d(30, 17)],
    ['the report is due Friday, can you add your section?', d(27, 17)],
    ['Can you cover my 2pm demo with Acme today?', d(24, 14)],
    ['can u send it b4 friday', d(27, 17)],
    ['please send the signed order form before year end', d(31, 17, 0, 11)],
    ['Pricing holds for contracts signed before year end, so could you let me know no later than Dec 4?', d(4, 17, 0, 11)],
  ])('%j -> %s', (text, expected) => {
    expect(at(text).deadline).toEqual(expected);
  });

  it.each([
    'The invoice was due on Oct 3. Can you check whether it was paid?',
    "I'm out until Monday.",
    'The deploy on Monday broke the toggle, could you look?',
    'is the all hands still at 4',
    'ASAP please send the contract',
    'no rush on the slides',
    'We can start onboarding within two weeks of signature.',
    'can someone help me restore from the 6am snapshot',
    "can you send me the notes from yesterday's meeting?",
    "I'm finalizing the speaker list for DevOpsDays (it's on Friday). are you still presenting?",
    'Hold all pickups until further notice.',
    'The bucket was made public by a Terraform change merged on Tuesday. Can you check the access logs?',
    'can we push the launch by a week?',
    "I'll send the draft by Friday.",
  ])('%j has no deadline', (text) => {
    expect(at(text).deadline).toBeNull();
  });

  it('keeps a time stated for today even once it has passed', () => {
    const afternoon = new Date(2026, 10, 24, 15, 0);
    expect(analyzeMessage('please join the incident call at 11:00 today', { now: afternoon }).deadline).toEqual(new Date(2026, 10, 24, 11, 0));
  });

  it('keeps a deadline phrase without a date as text only', () => {
    const a = at('can you send me the current draft before we ship the referral program?');
    expect(a.deadline).toBeNull();
    expect(a.deadlineText).toBe('before we ship the referral program');
  });

  it('uses the current time when no `now` is given', () => {
    const a = analyzeMessage('can you send it within the hour?');
    expect(a.deadline).not.toBeNull();
    expect(Math.abs((a.deadline?.getTime() ?? 0) - Date.now() - 3_600_000)).toBeLessThan(60_000);
  });
});

describe('decision and complexity', () => {
  it.each<[string, 'none' | 'divergent' | 'convergent']>([
    ['need a go/no-go from you on the price increase', 'convergent'],
    ['A is playful and B corporate, which one fits the brand better?', 'convergent'],
    ['any ideas for the offsite agenda?', 'divergent'],
    ['what do you think about dropping IE11?', 'divergent'],
    ['where is the deck?', 'none'],
  ])('%j is %s', (text, decision) => {
    expect(at(text).decision).toBe(decision);
  });

  it('rates a short question low and a long multi-ask email high', () => {
    expect(at('where is the deck?').complexity).toBe('low');
    const long = [
      'Hi team,',
      'We are planning the Q1 roadmap and need input from each squad. ' + 'The context is that budgets were cut and we have to drop at least two initiatives. '.repeat(4),
      '- Which initiatives would you cut?',
      '- What would the impact on customers be?',
      '- Who needs to be in the decision meeting?',
    ].join('\n');
    expect(at(long).complexity).toBe('high');
  });
});

describe('reasons', () => {
  it('explains a bare ping', () => {
    expect(at('got a sec?').reasons.join(' ')).toMatch(/ping/i);
  });

  it('names the deadline and the sync cause', () => {
    const r = at('prod is down, can someone look at the gateway within the hour?').reasons.join(' | ');
    expect(r).toMatch(/critical/i);
    expect(r).toMatch(/reply by: today 11:00/i);
  });

  it('keeps each reason short', () => {
    for (const text of ['got a sec?', 'I need the headcount by 2pm today so I can confirm with the venue', "I'm pregnant, who should I talk to in HR?"]) {
      for (const reason of at(text).reasons) expect(reason.length).toBeLessThanOrEqual(80);
    }
  });
});
