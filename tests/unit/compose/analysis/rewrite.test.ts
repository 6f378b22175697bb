import { addBusinessDays, format } from 'date-fns';
import { analyzeMessage } from '../../../../utils/compose/analysis/message';
import { replyByFor } from '../../../../utils/platform/norms';
import { buildAsyncRewrite, PLACEHOLDER_CONTEXT, PLACEHOLDER_NEED } from '../../../../utils/compose/analysis/rewrite';

/** Tuesday 24 Nov 2026, 10:00. */
const NOW = new Date(2026, 10, 24, 10, 0);
const rewrite = (text: string, now = NOW) => buildAsyncRewrite(text, analyzeMessage(text, { now }), now);
const field = (out: string, name: string) => out.split('\n').find((l) => l.startsWith(`${name}: `))?.slice(name.length + 2);

describe('buildAsyncRewrite', () => {
  it('structures a draft with context, ask and deadline, keeping the writer’s words', () => {
    const text = "Hi Maria,\n\nI'm finishing the Q3 summary for the offsite and I'm missing the SMB churn numbers. Could you send them over by Thursday?\n\nBest,\nTom";
    const out = rewrite(text);
    expect(out.split('\n')[0]).toBe('Hi Maria,');
    expect(field(out, "What I'm working on")).toBe("I'm finishing the Q3 summary for the offsite and I'm missing the SMB churn numbers.");
    expect(field(out, 'What I need')).toBe('Could you send them over by Thursday?');
    expect(field(out, 'Reply by')).toBe('Thu 26 Nov');
    expect(field(out, 'Urgency')).toBe('Normal');
    expect(out).not.toContain('Tom');
  });

  it('turns a bare ping into a template with placeholders and the routine norm', () => {
    const out = rewrite('hey, got a sec?');
    expect(field(out, "What I'm working on")).toBe(PLACEHOLDER_CONTEXT);
    expect(field(out, 'What I need')).toBe(PLACEHOLDER_NEED);
    expect(field(out, 'Reply by')).toBe(format(replyByFor('routine', NOW), 'EEE d MMM'));
    expect(field(out, 'Reply by')).toBe('Wed 25 Nov');
  });

  it('uses the feedback norm (3 business days) for a review request without a deadline', () => {
    const friday = new Date(2026, 10, 27, 16, 0);
    const out = rewrite('can you review my RFC on the event bus? https://docs.example.com/rfc-12', friday);
    expect(field(out, 'Reply by')).toBe(format(addBusinessDays(friday, 3), 'EEE d MMM'));
    expect(field(out, 'Reply by')).toBe('Wed 2 Dec');
  });

  it('skips the weekend for the routine norm', () => {
    const friday = new Date(2026, 10, 27, 16, 0);
    expect(field(rewrite('where is the Q3 deck?', friday), 'Reply by')).toBe('Mon 30 Nov');
  });

  it('shows a same-day deadline with its time', () => {
    expect(field(rewrite('I need the final headcount by 2pm today so I can confirm with the venue.'), 'Reply by')).toBe('today 14:00');
  });

  it('keeps a deadline that has no date in the writer’s words', () => {
    expect(field(rewrite('can you send me the current draft before we ship the referral program?'), 'Reply by')).toBe('before we ship the referral program');
  });

  it('asks for the missing part only', () => {
    const noContext = rewrite('can u send me the figma links for the pricing page? thx');
    expect(field(noContext, "What I'm working on")).toBe(PLACEHOLDER_CONTEXT);
    expect(field(noContext, 'What I need')).toBe('Can u send me the figma links for the pricing page?');
    const noAsk = rewrite('the deploy on Monday broke the pricing toggle in Safari. I think it is the new CSS bundle.');
    expect(field(noAsk, 'What I need')).toBe(PLACEHOLDER_NEED);
  });

  it('says nothing is needed for an FYI', () => {
    const out = rewrite('FYI the Q3 all-hands recording is up on the intranet https://intranet.acme.com/allhands/q3');
    expect(field(out, 'What I need')).toMatch(/^Nothing/);
    expect(field(out, "What I'm working on")).toContain('https://intranet.acme.com/allhands/q3');
    expect(field(out, 'Urgency')).toMatch(/^Low/);
  });

  it('keeps links, inline code and code blocks intact', () => {
    const text = '```\nError: connect ECONNREFUSED 127.0.0.1:5432\n```\ngetting this when running `make dev`. any idea what I am missing? see https://wiki.acme.io/setup?os=mac.';
    const out = rewrite(text);
    expect(out).toContain('```\nError: connect ECONNREFUSED 127.0.0.1:5432\n```');
    expect(out).toContain('`make dev`');
    expect(out).toContain('https://wiki.acme.io/setup?os=mac');
  });

  it('splits a sentence that mixes the situation and the ask', () => {
    const out = rewrite('the new hire starts monday, can you make sure her laptop is ready by then');
    expect(field(out, "What I'm working on")).toBe('The new hire starts monday.');
    expect(field(out, 'What I need')).toBe('Can you make sure her laptop is ready by then.');
    expect(field(out, 'Reply by')).toBe('Mon 30 Nov');
  });

  it('states the urgency the draft claims', () => {
    expect(field(rewrite('prod is down, api returning 502 on every request. who is on call?'), 'Urgency')).toMatch(/^Critical/);
    expect(field(rewrite('can you approve my PR asap? I am blocked on the release'), 'Urgency')).toMatch(/^High/);
    expect(field(rewrite('no rush, could you rename #proj-heron?'), 'Urgency')).toMatch(/^Low/);
  });

  it('drops the quoted reply and the signature', () => {
    const out = rewrite('Can you confirm the start date?\n\nThanks,\nKenji\n\nOn Mon, Nov 23, 2026 at 9:00 AM Chloe <c@x.com> wrote:\n> urgent!!');
    expect(out).not.toMatch(/urgent|Kenji|Chloe/);
  });

  it('is plain text with one field per line', () => {
    const out = rewrite('Hi Ana, could you share the onboarding doc?');
    expect(out.split('\n').filter((l) => /^(What I'm working on|What I need|Reply by|Urgency): /.test(l))).toHaveLength(4);
    expect(out).not.toMatch(/<[a-z]/i);
  });
});

describe('buildAsyncRewrite on very long drafts', () => {
  it('keeps every word of a long paste', () => {
    const paragraph = 'The import job failed again on the orders table and we retried it twice. ';
    const text = `${paragraph.repeat(80)}\n${paragraph.repeat(80)}\nCan you check the logs?\nlast line stays`;
    const out = rewrite(text);
    expect(out).toContain('last line stays');
    expect(out.split(paragraph.trim()).length - 1).toBe(160);
  });
});
