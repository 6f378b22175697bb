import { analyzeMessage } from '../../../../utils/compose/analysis/message';
import { draftEnvelope, MAX_ANALYSED_CHARS, normalizeDraft } from '../../../../utils/compose/analysis/message-normalize';

describe('normalizeDraft', () => {
  it.each<[string, string]>([
    ['hi <@U024BE7LH>', 'hi @someone'],
    ['<!here> deploy is done', 'deploy is done'],
    ['ask <!subteam^S123|@design>', 'ask @group'],
    ['see <#C123|launch>', 'see #launch'],
    ['docs: <https://acme.io/docs|the docs> now', 'docs: the docs LINK now'],
    ['read https://example.com/a?b=c first', 'read LINK first'],
    ['mail ana@acme.com please', 'mail EMAIL please'],
    ['run `npm test` again', 'run CODE again'],
    ['\uFEFFhello\u200B world', 'hello world'],
    ['it\u2019s \u201Cdone\u201D', 'it\'s "done"'],
  ])('%j -> %j', (raw, text) => {
    expect(normalizeDraft(raw).text).toBe(text);
  });

  it('turns emoji into sentence boundaries', () => {
    expect(normalizeDraft('legal here :wave: we need the T&Cs').text.split('\n').map((l) => l.trim())).toEqual(['legal here', 'we need the T&Cs']);
    expect(normalizeDraft('slide 7 is wrong 😬 can you fix it').text).toContain('\n');
  });

  it('takes ASCII emoticons for emoji, and leaves times, labels and list numbers alone', () => {
    const n = normalizeDraft('\\o/ we shipped it :-) thanks all <3');
    expect(n.text.split('\n').map((l) => l.trim()).filter(Boolean)).toEqual(['we shipped it', 'thanks all']);
    expect(n.emoji).toBe(3);
    for (const kept of ['see you at 10:30 :(', 're: the deck', '8) last item', 'I/O is slow']) expect(normalizeDraft(kept).text).toContain(kept.replace(' :(', ''));
    expect(normalizeDraft('re: the deck').emoji).toBe(0);
  });

  it('does not take clock times for emoji shortcodes', () => {
    expect(normalizeDraft('down since 14:05:30 UTC').text).toBe('down since 14:05:30 UTC');
  });

  it('replaces fenced code, closed or not, and counts it', () => {
    const n = normalizeDraft('```\nError: boom\n```\ngetting this on `make dev`');
    expect(n.codeBlocks).toBe(1);
    expect(n.text).not.toContain('boom');
    expect(normalizeDraft('```unclosed asap').text).not.toContain('asap');
  });

  it('counts links, mentions and broadcasts', () => {
    const n = normalizeDraft('@channel <@U1> and @sam see https://a.io and <https://b.io>');
    expect(n).toMatchObject({ urls: 2, mentions: 2, broadcast: true });
  });

  it('caps very long drafts and says so', () => {
    const n = normalizeDraft('word '.repeat(5000));
    expect(n.truncated).toBe(true);
    expect(n.text.length).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
  });

  it('reads a long email at its start and end, with the questions in between, cut between sentences', () => {
    const detail = (i: number) => `Detail ${i} of the rollout plan is described in the attached document for reference.`;
    const middle = Array.from({ length: 30 }, (_, i) => detail(i)).join(' ');
    const raw = `Hi Dana,\n\nWe are moving the billing service to the new cluster next month. ${middle} Could you confirm the maintenance window works for your team? ${middle}\n\nPlease reply by Friday.\n\nBest,\nTom`;
    const n = normalizeDraft(raw);
    expect(n.truncated).toBe(true);
    expect(n.text.length).toBeLessThan(MAX_ANALYSED_CHARS + 200);
    expect(n.text.startsWith('Hi Dana,\n\nWe are moving the billing service')).toBe(true);
    expect(n.text).toContain('\nCould you confirm the maintenance window works for your team?\n');
    expect(n.text.endsWith('Please reply by Friday.')).toBe(true);
    expect(n.text).not.toContain(detail(15));
    // Every line is whole sentences as written: no word is cut in two.
    for (const line of n.text.split('\n').filter(Boolean)) expect(raw).toContain(line);
  });
});

describe('draftEnvelope: only what the writer wrote for this message', () => {
  it('cuts a Gmail quoted reply, even when the header wraps', () => {
    const text = 'Sounds good, thanks!\n\nOn Tue, Nov 24, 2026 at 9:14 AM Ana Lopez <ana@acme.com>\nwrote:\n> prod is down, call me asap\n> Ana';
    expect(draftEnvelope(text).text).toBe('Sounds good, thanks!');
  });

  it('cuts an Outlook original message and > lines', () => {
    expect(draftEnvelope('Done.\n\n-----Original Message-----\nFrom: Bob\nurgent!!').text).toBe('Done.');
    expect(draftEnvelope('Done.\n\nFrom: Bob Smith\nSent: Monday\nSubject: urgent').text).toBe('Done.');
    expect(draftEnvelope("Yes.\n> are you around?\nI'll be at my desk").text).toBe("Yes.\nI'll be at my desk");
  });

  it('cuts signatures and the closing sign-off', () => {
    expect(draftEnvelope('Can you send it?\n\nBest,\nTom\n\nTom Reyes | AE | Helpwise\n+1 (415) 555-0182').text).toBe('Can you send it?');
    expect(draftEnvelope('Can you send it?\n\n--\nLena Fischer | Finance').text).toBe('Can you send it?');
    expect(draftEnvelope('Could you send a quote by March 8?\n\nThanks!\nLena\n\nSent from my iPhone').text).toBe('Could you send a quote by March 8?');
  });

  it('keeps a thank-you that is part of the message', () => {
    expect(draftEnvelope('Thanks for the fix yesterday, it works now.').text).toBe('Thanks for the fix yesterday, it works now.');
  });

  it('keeps a line starting with "On" that is not a quote header', () => {
    expect(draftEnvelope('On the technical side, we retry for 24 hours.').text).toBe('On the technical side, we retry for 24 hours.');
  });
});

describe('real-draft shapes end to end', () => {
  const NOW = new Date(2026, 10, 24, 10, 0);
  it('ignores what the quoted message asked', () => {
    const a = analyzeMessage('Thanks Ana!\n\nOn Tue, Nov 24, 2026 at 9:14 AM Ana <ana@acme.com> wrote:\n> prod is down, call me asap', { now: NOW });
    expect(a).toMatchObject({ urgency: 'normal', ask: false, ping: false, mode: 'async' });
  });

  it('ignores urgency words inside code', () => {
    expect(analyzeMessage('no rush, but is the `asap-labels` cron job still needed? it spams #alerts', { now: NOW }).urgency).toBe('low');
    expect(analyzeMessage('```\nURGENT: prod is down\n```\nwhat does this log line mean?', { now: NOW }).urgency).toBe('normal');
  });

  it('reads lowercase chat with typos', () => {
    const a = analyzeMessage('hey can u send me the api keys for the sandbox asap? im blocked on the integraton', { now: NOW });
    expect(a).toMatchObject({ ping: false, ask: true, context: true, urgency: 'high', mode: 'sync' });
  });

  it('does not let a signature phone number or title count as context', () => {
    const a = analyzeMessage('Hi Greg,\n\nCould you give me a ring when you are free?\n\nThanks,\nLena\n\n--\nLena Fischer | Finance Operations | Kestrel GmbH\nT +49 30 5555 0192', { now: NOW });
    expect(a).toMatchObject({ ping: true, context: false, ask: false });
  });
});
