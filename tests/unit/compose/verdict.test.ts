import { describe, expect, it } from 'vitest';
import type { CoachAnalysis, VerdictKind } from '../../../utils/compose/types';
import { withoutDismissed } from '../../../utils/compose/verdict';

const urgentAndSensitive: CoachAnalysis = {
  language: 'en',
  mode: 'sync',
  ping: false,
  context: true,
  ask: true,
  deadline: null,
  deadlineText: null,
  urgency: 'high',
  sensitive: true,
  reasons: ['Urgent: asks for it urgently. A quick call may be faster', 'Sensitive: an apology. Better said live', 'Context: says why or what is going on'],
  prompts: [],
  evidence: [
    { about: 'urgency', why: 'asks for it urgently', quote: 'asap' },
    { about: 'sensitive', why: 'an apology', quote: 'I owe you an apology' },
  ],
};

describe('withoutDismissed', () => {
  it.each<[VerdictKind[], CoachAnalysis['mode'], CoachAnalysis['urgency'], boolean, number]>([
    [[], 'sync', 'high', true, 3],
    [['urgency'], 'sync', 'normal', true, 2],
    [['sensitive'], 'sync', 'high', false, 2],
    [['urgency', 'sensitive'], 'async', 'normal', false, 1],
  ])('dismissing %j: mode %s, urgency %s, sensitive %s, %i reasons left', (gone, mode, urgency, sensitive, reasons) => {
    const a = withoutDismissed(urgentAndSensitive, new Set(gone));
    expect([a.mode, a.urgency, a.sensitive, a.reasons.length]).toEqual([mode, urgency, sensitive, reasons]);
    expect(a.evidence?.map((e) => e.about)).toEqual(urgentAndSensitive.evidence!.map((e) => e.about).filter((k) => !gone.includes(k)));
  });
});
