import { describe, expect, it } from 'vitest';
import { holdReason } from '../../../utils/compose/gate';
import type { CoachAnalysis } from '../../../utils/compose/types';

const ping: CoachAnalysis = { language: 'fr', mode: 'async', ping: true, context: false, ask: false, deadline: null, deadlineText: null, prompts: [], urgency: 'normal', reasons: [] };
const live: CoachAnalysis = { ...ping, ping: false, context: true, ask: true, mode: 'sync', urgency: 'critical' };

describe('holdReason', () => {
  it('holds a bare ping in any coached language, and a live message only in always-ask', () => {
    expect(holdReason(ping, 'ping-only')).toBe('ping');
    expect(holdReason({ ...ping, language: 'de' }, 'always-ask')).toBe('ping');
    expect(holdReason(live, 'ping-only')).toBeNull();
    expect(holdReason(live, 'always-ask')).toBe('sync');
    expect(holdReason(ping, 'off')).toBeNull();
  });

  it('never holds a draft in a language the coach cannot read, whatever else it says', () => {
    expect(holdReason({ ...ping, language: null }, 'ping-only')).toBeNull();
    expect(holdReason({ ...live, language: null }, 'always-ask')).toBeNull();
  });

  it('holds a draft for being better said live only once, and a ping however often', () => {
    expect(holdReason(live, 'always-ask', true)).toBeNull();
    expect(holdReason(ping, 'always-ask', true)).toBe('ping');
    expect(holdReason({ ...live, prompts: ['[why]'] }, 'always-ask', true)).toBe('prompt');
  });
});
