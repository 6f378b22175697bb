import { analyzeMeeting, buildAsyncAlternative } from '../../../../utils/meeting/analysis';
import { meeting } from './meeting-input';

describe('buildAsyncAlternative', () => {
  const now = new Date(2026, 10, 27, 10); // Friday 27 November 2026
  it('carries title, goal, asks, topics, links and a reply-by date from the norms', () => {
    const input = meeting({
      title: 'Design crit: onboarding v2',
      description: 'Please review before Thursday: https://www.figma.com/file/onb\n1. Step 2 copy\n2. Empty states\nGoal: one list of fixes.\nhttps://meet.google.com/abc',
      attendees: 6,
      durationMinutes: 45,
    });
    const draft = buildAsyncAlternative(input, analyzeMeeting(input), now);
    expect(draft).toContain('Design crit: onboarding v2');
    expect(draft).toContain('Goal: one list of fixes.');
    expect(draft).toContain('What I need from each of you: your comments');
    expect(draft).toMatch(/1\. Step 2 copy\n2\. Empty states/);
    expect(draft).toContain('https://www.figma.com/file/onb');
    expect(draft).not.toContain('meet.google.com');
    // feedback norm: 3 business days from a Friday → Wednesday
    expect(draft).toContain('by Wednesday 2 December');
    expect(draft).toContain('4.5 person-hours');
  });

  it('routine status asks are due the next business day', () => {
    const draft = buildAsyncAlternative(meeting({ title: 'Weekly status sync', attendees: 8, durationMinutes: 60 }), undefined, now);
    expect(draft).toContain('by Monday 30 November');
    expect(draft).toContain('what you finished since last time');
    expect(draft).toContain('Goal: everyone knows where "Weekly status sync" stands');
  });

  it('works with an untitled event', () => {
    expect(buildAsyncAlternative(meeting({}), undefined, now)).toMatch(/^Quick written round/);
  });
});
