import { MAX_PERSON_HOURS } from '../../../../utils/meeting/limits';
import { analyzeMeeting, OCCURRENCES_PER_MONTH } from '../../../../utils/meeting/analysis';
import { meeting } from './meeting-input';

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
