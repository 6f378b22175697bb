import { describe, expect, it } from 'vitest';
import {
  describeFallbacks,
  describeHealth,
  fallbackChains,
  featureHealth,
  foldHealthDay,
  siteHealth,
  worstOf,
  type FeatureReport,
} from '../../../utils/health/model';

const compose = (checks: FeatureReport['checks'], chains: FeatureReport['chains'] = {}): FeatureReport => ({ feature: 'compose', checks, chains });
const notify = (guard: boolean): FeatureReport => ({ feature: 'notify', checks: { guard }, chains: {} });
const meeting = (checks: FeatureReport['checks']): FeatureReport => ({ feature: 'meeting', checks, chains: {} });
const SLACK = ['compose', 'notify'] as const;

describe('feature health', () => {
  it.each([
    [{ composer: true, draft: true, send: true }, 'ok', []],
    [{ composer: true, draft: true, send: false }, 'partial', ['send']],
    [{ composer: true, draft: true, send: true, rewrite: false }, 'partial', ['rewrite']],
    [{ composer: false }, 'off', ['composer']],
    [{}, null, []],
  ] as const)('compose %j is %s', (checks, state, failed) => {
    expect(featureHealth('compose', [compose(checks)])).toMatchObject({ state, failed });
  });

  it('merges frames: a composer found in any frame counts, the guard must be in every frame', () => {
    expect(featureHealth('compose', [compose({ composer: false }), compose({ composer: true, draft: true, send: true })]).state).toBe('ok');
    expect(featureHealth('notify', [notify(true), notify(false)]).state).toBe('off');
    expect(featureHealth('notify', [notify(true), notify(true)]).state).toBe('ok');
  });

  it('a meeting editor with no readable field is off; with some, partial naming the rest', () => {
    expect(featureHealth('meeting', [meeting({ editor: true, title: false, guests: false, time: false, description: false })]).state).toBe('off');
    expect(featureHealth('meeting', [meeting({ editor: true, title: true, guests: false, time: true, description: false })])).toMatchObject({
      state: 'partial',
      failed: ['guests', 'description'],
    });
  });

  it('flags a chain whose primary never matched while a fallback did, summed over frames', () => {
    expect(fallbackChains({ editor: [0, 3, 0], send: [2, 0], frame: [0, 0] })).toEqual(['editor']);
    const h = featureHealth('compose', [compose({ composer: true }, { editor: [0, 1] }), compose({}, { editor: [1, 0] })]);
    expect(h.fallbacks).toEqual([]);
  });
});

describe('site health and its words', () => {
  it('says the coach is active when everything works', () => {
    const h = siteHealth(SLACK, [compose({ composer: true, draft: true, send: true }), notify(true)]);
    expect(h.state).toBe('ok');
    expect(describeHealth(h)).toBe('Coach active');
    expect(describeFallbacks(h)).toBeNull();
  });

  it('says sends cannot be held when the send button is gone', () => {
    const h = siteHealth(SLACK, [compose({ composer: true, draft: true, send: false }), notify(true)]);
    expect(h.state).toBe('partial');
    expect(describeHealth(h)).toBe('Coach reads drafts but cannot hold sends here (Send button not found)');
  });

  it('is off when the coach found nothing, even with the notification guard in place', () => {
    const h = siteHealth(SLACK, [compose({ composer: false }), notify(true)]);
    expect(h.state).toBe('off');
    expect(describeHealth(h)).toBe('Not working on this page (message box not found)');
  });

  it('is off for a tab no script reported from, and ok for a page where no composer was needed yet', () => {
    expect(siteHealth(SLACK, [])).toMatchObject({ state: 'off', silent: true });
    expect(describeHealth(siteHealth(SLACK, []))).toMatch(/^Not working on this page/);
    expect(siteHealth(['compose', 'notify'], [compose({}), notify(true)]).state).toBe('ok');
    expect(siteHealth(['compose', 'notify'], [compose({}), notify(false)]).state).toBe('off');
    expect(siteHealth(['compose', 'notify'], [compose({ composer: true, draft: true, send: true }), notify(false)]).state).toBe('partial');
  });

  it('names fallback chains in a note while the state stays ok', () => {
    const h = siteHealth(SLACK, [compose({ composer: true, draft: true, send: true }, { editor: [0, 4], send: [0, 2] }), notify(true)]);
    expect(h.state).toBe('ok');
    expect(describeFallbacks(h)).toBe('Page changed: found the message box, Send button through backup hooks');
  });

  it('names the meeting fields it cannot read', () => {
    const h = siteHealth(['meeting', 'notify'], [meeting({ editor: true, title: true, guests: false, time: true, description: true }), notify(true)]);
    expect(describeHealth(h)).toBe('Meeting coach cannot read the guests here');
  });
});

describe('day rows', () => {
  it('counts states and keeps the union of failures and fallbacks', () => {
    const partial = siteHealth(SLACK, [compose({ composer: true, draft: true, send: false }, { editor: [0, 1] }), notify(true)]);
    const off = siteHealth(SLACK, [compose({ composer: false }), notify(true)]);
    const first = foldHealthDay(undefined, '2026-12-05', 'slack', partial, 1);
    const second = foldHealthDay(first, '2026-12-05', 'slack', off, 2);
    expect(second).toEqual({
      day: '2026-12-05',
      site: 'slack',
      seen: { ok: 0, partial: 1, off: 1 },
      failed: ['compose:composer', 'compose:send'],
      fallbacks: ['editor'],
      at: 2,
    });
    expect(worstOf(second.seen)).toBe('off');
    expect(worstOf({ ok: 3, partial: 1, off: 0 })).toBe('partial');
  });
});
