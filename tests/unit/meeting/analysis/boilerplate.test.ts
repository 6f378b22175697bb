import { buildAsyncAlternative, contentLines } from '../../../../utils/meeting/analysis';
import { meeting } from './meeting-input';

describe('conferencing boilerplate', () => {
  it('leaves join links of every Teams host (from the site table) out of the written alternative', () => {
    const description = 'Spec: https://docs.example.com/spec\nhttps://teams.cloud.microsoft/l/meetup-join/19%3ameeting_y';
    const draft = buildAsyncAlternative(meeting({ description }), undefined, new Date(2026, 11, 7, 9));
    expect(draft).toContain('https://docs.example.com/spec');
    expect(draft).not.toContain('teams.cloud.microsoft');
  });

  it('strips a bulleted dial-in list and Zoom\'s opening line', () => {
    const zoom = 'Sam Lee is inviting you to a scheduled Zoom meeting.\nDial by your location\n• +1 646 558 8656 US (New York)\n• +44 20 3481 5237 UK\n- Budget for Q3';
    expect(contentLines(zoom)).toEqual(['- Budget for Q3']);
  });

  it('strips joining info but keeps real content', () => {
    expect(contentLines('Meeting ID: 1 2 3\nReview the draft\nPasscode: 9\nhttps://zoom.us/j/1')).toEqual(['Review the draft']);
  });
});
