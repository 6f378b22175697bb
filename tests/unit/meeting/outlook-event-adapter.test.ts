// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { outlookEventAdapter as outlook, parseDisplayDate, parseOccurs } from '../../../utils/meeting/outlook-event-adapter';
import { loadFixture } from '../compose/fixture-dom';

const editor = () => outlook.findEditor(document)!;
const field = <T extends HTMLElement = HTMLInputElement>(label: string) => document.querySelector<T>(`[aria-label="${label}"]`)!;

function invite(well: string, count: number): void {
  for (let i = 1; i <= count; i++) {
    const chip = document.createElement('span');
    chip.setAttribute('data-lpc-hover-target-id', `pers-${well}-${i}`);
    chip.textContent = `person${i}`;
    field(well).append(chip);
  }
}

describe('Outlook new-event form', () => {
  beforeEach(() => loadFixture('outlook-event.html'));

  it('finds the form by its structure (description editor and comboboxes), not inside a mail compose form', () => {
    expect(editor().root.getAttribute('role')).toBe('dialog');
    expect(outlook.editorFor(field('Add a title for the event'), document)?.root).toBe(editor().root);
    expect(outlook.editorFor(document.body, document)).toBeNull();
    loadFixture('outlook-mail.html');
    expect(outlook.findEditor(document)).toBeNull();
  });

  it('reads 7 invitees + the organiser for an hour, in any language the values parse in', () => {
    field('Add a title for the event').value = 'Weekly status sync';
    invite('Invite required attendees', 5);
    invite('Invite optional attendees', 2);
    const ev = outlook.readEvent(editor());
    expect(ev).toMatchObject({ title: 'Weekly status sync', attendees: 8, durationMinutes: 60, allDay: false, recurrence: 'none' });
    expect(ev.start).toEqual(new Date(2026, 11, 9, 10, 0));
    // The same form in German: labels differ, values are day-first and 24-hour.
    document.documentElement.lang = 'de-DE';
    document.querySelectorAll('[aria-label]').forEach((el) => el.setAttribute('aria-label', `x-${el.getAttribute('aria-label')}`));
    field('x-Start date').value = 'Mi. 9.12.2026';
    field('x-End date').value = '9.12.2026';
    field('x-Start time').value = '14:00';
    field('x-End time').value = '15:30';
    const de = outlook.readEvent(editor());
    expect(de).toMatchObject({ title: 'Weekly status sync', attendees: 8, durationMinutes: 90 });
    expect(de.start).toEqual(new Date(2026, 11, 9, 14, 0));
  });

  it('an all-day event has no duration; hidden time fields count as all day too', () => {
    field('All day').checked = true;
    expect(outlook.readEvent(editor())).toMatchObject({ allDay: true, durationMinutes: null });
    field('All day').checked = false;
    field('Start time').hidden = true;
    field('End time').hidden = true;
    expect(outlook.readEvent(editor())).toMatchObject({ allDay: true, durationMinutes: null });
  });

  it('reads the recurrence summary and the description, and appends an agenda to it', () => {
    const summary = document.querySelector<HTMLButtonElement>('button[aria-haspopup="dialog"]')!;
    summary.setAttribute('aria-label', 'Occurs every Monday');
    summary.textContent = 'Occurs every Monday';
    expect(outlook.readEvent(editor()).recurrence).toBe('weekly');
    expect(outlook.appendToDescription(editor(), 'Goal:\nTopics:')).toBe(true);
    expect(outlook.readEvent(editor()).description).toBe('Goal:\nTopics:');
  });

  it('knows the finishing button, whichever it reads', () => {
    const finish = document.getElementById('fixture-finish')!;
    expect(outlook.isSaveActivation(new MouseEvent('click'), editor())).toBe(false);
    const click = new MouseEvent('click', { bubbles: true });
    let seen = false;
    finish.addEventListener('click', (e) => (seen = outlook.isSaveActivation(e, editor())));
    finish.dispatchEvent(click);
    expect(seen).toBe(true);
    finish.setAttribute('aria-label', 'Send');
    finish.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(seen).toBe(true);
  });
});

describe('Outlook display formats', () => {
  it.each([
    ['12/9/2026', 'en-US', [2026, 11, 9]],
    ['Wed 12/9/2026', 'en-US', [2026, 11, 9]],
    ['09/12/2026', 'en-GB', [2026, 11, 9]],
    ['9.12.2026', 'de-DE', [2026, 11, 9]],
    ['2026-12-09', 'sv-SE', [2026, 11, 9]],
    ['9/12/26', 'fr-FR', [2026, 11, 9]],
  ] as const)('%s (%s)', (raw, lang, [y, m, d]) => {
    expect(parseDisplayDate(raw, lang)).toEqual(new Date(y, m, d));
  });

  it('rejects what is not a date', () => {
    expect(parseDisplayDate('13/13/2026', 'en-US')).toBeNull();
    expect(parseDisplayDate('10:00 AM', 'en-US')).toBeNull();
  });

  it.each([
    ['Occurs every Monday', 'weekly'],
    ['Occurs every 2 weeks on Tuesday', 'biweekly'],
    ['Occurs every weekday', 'daily'],
    ['Occurs every day', 'daily'],
    ["Don't repeat", 'none'],
  ] as const)('%s → %s', (raw, expected) => {
    expect(parseOccurs(raw)).toBe(expected);
  });
});
