import fc from 'fast-check';
import {
  breakthroughRule,
  digestSummary,
  expiryCutoffs,
  returnUrl,
  groupHeld,
  nextDigestTime,
  replacedByTag,
  SEEN_KEEP_MS,
  supersededByTag,
  senderKey,
  wordPattern,
  type BreakthroughRules,
  type EarlierNotification,
} from '../../../utils/notify/policy';
import { DEFAULT_SETTINGS } from '../../../utils/platform/settings/schema';

const rules: BreakthroughRules = DEFAULT_SETTINGS.breakthrough;
const T0 = Date.UTC(2026, 10, 26, 10, 0);
const MIN = 60_000;
const n = (title: string, body = '', site: 'slack' | 'gmail' | 'calendar' = 'slack', at = T0) => ({ site, title, body, at });

describe('breakthroughRule: keywords', () => {
  it.each([
    ['Prod is down', 'keyword'],
    ['URGENT: please review', 'keyword'],
    ['Incident #42 opened', 'keyword'],
    ['p0 bug in checkout', 'keyword'],
    ['SEV1 declared', 'keyword'],
    ['(outage) payments', 'keyword'],
    ['down.', 'keyword'],
    ['Shutdown scheduled', null],
    ['breakdown of costs', null],
    ['downtown lunch?', null],
    ['p01 ticket', null],
    ['sev10 drill', null],
    ['nonurgent thing', null],
    ['urgently', null],
    ['Lunch at noon', null],
  ])('%s → %s', (text, expected) => {
    expect(breakthroughRule(n('Alice', text), rules, [])).toBe(expected);
    expect(breakthroughRule(n(text, ''), rules, [])).toBe(expected);
  });

  it('matches keywords next to non-ASCII letters only at real word edges', () => {
    expect(breakthroughRule(n('Ana', 'Système down ce soir'), rules, [])).toBe('keyword');
    expect(breakthroughRule(n('Ana', 'éurgent'), rules, [])).toBeNull();
  });

  it('treats keyword text literally, not as a pattern', () => {
    const r = { ...rules, keywords: ['c++', 'a.b'] };
    expect(breakthroughRule(n('Bo', 'we use c++ now'), r, [])).toBe('keyword');
    expect(breakthroughRule(n('Bo', 'axb'), r, [])).toBeNull();
  });

  it('matches multi-word keywords across any whitespace', () => {
    const r = { ...rules, keywords: ['on call'] };
    expect(breakthroughRule(n('Bo', 'you are On\n  Call today'), r, [])).toBe('keyword');
    expect(breakthroughRule(n('Bo', 'oncall'), r, [])).toBeNull();
  });

  it('ignores empty keywords', () => {
    expect(wordPattern('   ')).toBeNull();
    expect(breakthroughRule(n('Bo', 'anything'), { ...rules, keywords: [' '] }, [])).toBeNull();
  });
});

describe('breakthroughRule: VIP senders', () => {
  const vip = { ...rules, vipSenders: ['Dana Scully', 'ceo'] };
  it('matches a VIP in the title as whole words, any case', () => {
    expect(breakthroughRule(n('dana scully'), vip, [])).toBe('vip');
    expect(breakthroughRule(n('New message from Dana  Scully', '', 'gmail'), vip, [])).toBe('vip');
    expect(breakthroughRule(n('CEO'), vip, [])).toBe('vip');
  });
  it('does not match inside other words or in the body', () => {
    expect(breakthroughRule(n('Dana Scullyson'), vip, [])).toBeNull();
    expect(breakthroughRule(n('Fox', 'ceo said hi'), vip, [])).toBeNull();
    expect(breakthroughRule(n('Fox', 'The ceo is here'), { ...vip, keywords: [] }, [])).toBeNull();
  });
  it('takes precedence over keywords and repeats', () => {
    const earlier: EarlierNotification[] = [{ site: 'slack', title: 'ceo', at: T0 - MIN }];
    expect(breakthroughRule(n('ceo', 'urgent'), vip, earlier)).toBe('vip');
  });
});

describe('breakthroughRule: repeated sender', () => {
  const quiet = { ...rules, keywords: [] };
  it('the 2nd from one chat sender within 5 minutes breaks through (default 2 in 5)', () => {
    expect(breakthroughRule(n('Alice'), quiet, [])).toBeNull();
    expect(breakthroughRule(n('Alice'), quiet, [{ site: 'slack', title: 'alice', at: T0 - 4 * MIN }])).toBe('repeat');
  });
  it('counts the window edge as inside and anything older as outside', () => {
    expect(breakthroughRule(n('Alice'), quiet, [{ site: 'slack', title: 'Alice', at: T0 - 5 * MIN }])).toBe('repeat');
    expect(breakthroughRule(n('Alice'), quiet, [{ site: 'slack', title: 'Alice', at: T0 - 5 * MIN - 1 }])).toBeNull();
  });
  it('ignores notifications from the future (clock skew)', () => {
    expect(breakthroughRule(n('Alice'), quiet, [{ site: 'slack', title: 'Alice', at: T0 + 1 }])).toBeNull();
  });
  it('needs N-1 earlier ones for a count of N', () => {
    const three = { ...quiet, repeatCount: 3 };
    const one = [{ site: 'slack' as const, title: 'Alice', at: T0 - MIN }];
    expect(breakthroughRule(n('Alice'), three, one)).toBeNull();
    expect(breakthroughRule(n('Alice'), three, [...one, { site: 'slack', title: 'Alice', at: T0 - 2 * MIN }])).toBe('repeat');
  });
  it('different senders do not add up', () => {
    expect(breakthroughRule(n('Alice'), quiet, [{ site: 'slack', title: 'Bob', at: T0 - MIN }])).toBeNull();
  });
  it('on mail, the same title from another site is another sender', () => {
    expect(breakthroughRule(n('Weekly report', '', 'gmail'), quiet, [{ site: 'calendar', title: 'Weekly report', at: T0 - MIN }])).toBeNull();
    expect(breakthroughRule(n('Weekly report', '', 'gmail'), quiet, [{ site: 'gmail', title: 'Weekly  report', at: T0 - MIN }])).toBe('repeat');
  });
  it('sender keys: chat by title alone, others by site and title', () => {
    expect(senderKey('slack', ' Alice ')).toBe(senderKey('slack', 'alice'));
    expect(senderKey('gmail', 'Alice')).not.toBe(senderKey('calendar', 'Alice'));
  });
  it('property: with keywords and VIPs off, the rule fires exactly when enough same-sender items fall in the window', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ who: fc.constantFrom('A', 'B'), ago: fc.integer({ min: -MIN, max: 20 * MIN }) }), { maxLength: 12 }),
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 1, max: 15 }),
        (list, count, window) => {
          const r = { vipSenders: [], keywords: [], repeatCount: count, repeatWindowMinutes: window };
          const earlier = list.map((e) => ({ site: 'slack' as const, title: e.who, at: T0 - e.ago }));
          const inWindow = list.filter((e) => e.who === 'A' && e.ago >= 0 && e.ago <= window * MIN).length;
          expect(breakthroughRule(n('A'), r, earlier)).toBe(inWindow + 1 >= count ? 'repeat' : null);
        },
      ),
    );
  });
});

describe('supersededByTag (a same-tag notification after focus)', () => {
  const items = [
    { id: '1', site: 'slack' as const, tag: 'C1', deliveredAt: T0 },
    { id: '2', site: 'slack' as const, tag: 'C1', deliveredAt: T0, seenAt: T0 + MIN },
    { id: '3', site: 'gmail' as const, tag: 'C1', deliveredAt: T0 },
    { id: '4', site: 'slack' as const, tag: 'C2' },
    { id: '5', site: 'slack' as const, tag: 'C1' },
  ];
  it('takes the unseen items with that tag on that site out of the digest, delivered or not', () => {
    expect(supersededByTag(items, { site: 'slack', tag: 'C1' })).toEqual(['1', '5']);
    expect(supersededByTag(items, { site: 'gmail', tag: 'C1' })).toEqual(['3']);
    expect(supersededByTag(items, { site: 'slack', tag: '' })).toEqual([]);
  });
});

describe('replacedByTag', () => {
  const items = [
    { id: '1', site: 'slack' as const, tag: 'C1' },
    { id: '2', site: 'slack' as const, tag: 'C2' },
    { id: '3', site: 'gmail' as const, tag: 'C1' },
    { id: '4', site: 'slack' as const, tag: 'C1', deliveredAt: T0 },
    { id: '5', site: 'slack' as const },
  ];
  it('replaces undelivered items with the same tag on the same site only', () => {
    expect(replacedByTag(items, { site: 'slack', tag: 'C1' })).toEqual(['1']);
    expect(replacedByTag(items, { site: 'gmail', tag: 'C1' })).toEqual(['3']);
    expect(replacedByTag(items, { site: 'calendar', tag: 'C1' })).toEqual([]);
  });
  it('never collapses untagged notifications', () => {
    expect(replacedByTag(items, { site: 'slack' })).toEqual([]);
    expect(replacedByTag(items, { site: 'slack', tag: '' })).toEqual([]);
  });
});

describe('digestSummary', () => {
  it('counts per site, most first, with the product names', () => {
    const items = [
      ...Array.from({ length: 7 }, () => ({ site: 'slack' as const })),
      { site: 'calendar' as const },
      { site: 'gmail' as const },
      { site: 'gmail' as const },
    ];
    expect(digestSummary(items)).toBe('While you focused: 7 Slack, 2 Gmail, 1 Calendar');
  });
  it('breaks ties in site order and omits sites with nothing', () => {
    expect(digestSummary([{ site: 'calendar' }, { site: 'gmail' }])).toBe('While you focused: 1 Gmail, 1 Calendar');
  });
  it('is null when nothing was held', () => {
    expect(digestSummary([])).toBeNull();
  });
  it('property: the numbers always add up to the item count', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('slack' as const, 'gmail' as const, 'calendar' as const), { minLength: 1, maxLength: 50 }), (sites) => {
        const text = digestSummary(sites.map((site) => ({ site })))!;
        const total = [...text.matchAll(/(\d+) /g)].reduce((s, m) => s + Number(m[1]), 0);
        expect(total).toBe(sites.length);
      }),
    );
  });
});

describe('expiryCutoffs and returnUrl', () => {
  const DAY = 24 * 60 * MIN;
  it('expires content a day after it was seen, or once older than the retention period', () => {
    expect(expiryCutoffs(T0, 7)).toEqual({ seenBefore: T0 - SEEN_KEEP_MS, heldBefore: T0 - 7 * DAY });
    expect(SEEN_KEEP_MS).toBe(DAY);
  });
  it.each([
    ['slack', 'https://app.slack.com/client/T0123/C0456/thread/C0456-1700000000.000100', 'https://app.slack.com/client/T0123/'],
    ['gmail', 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQXJWDsKbkQ', 'https://mail.google.com/mail/u/1/'],
    ['gmail', 'https://mail.google.com/mail/u/0/?ui=2&ik=abc#search/salary', 'https://mail.google.com/mail/u/0/'],
    ['calendar', 'https://calendar.google.com/calendar/u/0/r/eventedit/abc123', 'https://calendar.google.com/calendar/u/0/'],
  ] as const)('a held %s row keeps only the account or workspace of %s', (site, url, kept) => {
    expect(returnUrl(site, url)).toBe(kept);
  });
});

describe('groupHeld', () => {
  it('groups by site then sender, newest first at every level', () => {
    const items = [
      { id: '1', site: 'gmail' as const, title: 'Carol', at: T0 + 1 },
      { id: '2', site: 'slack' as const, title: 'Alice', at: T0 + 2 },
      { id: '3', site: 'slack' as const, title: 'Bob', at: T0 + 5 },
      { id: '4', site: 'slack' as const, title: 'alice', at: T0 + 4 },
      { id: '5', site: 'gmail' as const, title: 'Carol', at: T0 + 3 },
    ];
    const groups = groupHeld(items);
    expect(groups.map((g) => g.site)).toEqual(['slack', 'gmail']);
    expect(groups[0]!.senders.map((s) => s.sender)).toEqual(['Bob', 'alice']);
    expect(groups[0]!.senders[1]!.items.map((i) => i.id)).toEqual(['4', '2']);
    expect(groups[1]!.senders[0]!.items.map((i) => i.id)).toEqual(['5', '1']);
  });
  it('keeps every item exactly once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ site: fc.constantFrom('slack' as const, 'gmail' as const), title: fc.constantFrom('A', 'B', ' '), at: fc.integer() })),
        (raw) => {
          const items = raw.map((r, i) => ({ ...r, id: String(i) }));
          const ids = groupHeld(items).flatMap((g) => g.senders.flatMap((s) => s.items.map((i) => i.id)));
          expect(ids.sort()).toEqual(items.map((i) => i.id).sort());
        },
      ),
    );
  });
  it('labels an empty title', () => {
    expect(groupHeld([{ id: '1', site: 'slack', title: '  ', at: 1 }])[0]!.senders[0]!.sender).toBe('(no title)');
  });
});

describe('nextDigestTime', () => {
  const local = (h: number, m: number, dayOffset = 0) => new Date(2026, 10, 26 + dayOffset, h, m).getTime();
  it('picks the next time today, else the first tomorrow', () => {
    expect(nextDigestTime(['12:00', '17:00'], local(10, 0))).toBe(local(12, 0));
    expect(nextDigestTime(['12:00', '17:00'], local(12, 0))).toBe(local(17, 0));
    expect(nextDigestTime(['17:00', '12:00'], local(18, 0))).toBe(local(12, 0, 1));
  });
  it('is null without (valid) times', () => {
    expect(nextDigestTime([], local(10, 0))).toBeNull();
    expect(nextDigestTime(['25:00', 'noon'], local(10, 0))).toBeNull();
  });
});
