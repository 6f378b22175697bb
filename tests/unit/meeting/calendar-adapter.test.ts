// @vitest-environment happy-dom
import {
  appendToDescription,
  countGuests,
  editorFor,
  findEditor,
  isSaveActivation,
  parseDataDate,
  readEvent,
  type CalendarEditor,
} from '../../../utils/meeting/calendar-adapter';
import { parseRecurrence, parseTimeOfDay } from '../../../utils/meeting/field-text';
import { $, loadFixture } from './calendar-fixture';

function editor(): CalendarEditor {
  const e = findEditor(document);
  if (!e) throw new Error('no editor');
  return e;
}

function addChip(email: string): void {
  const item = document.createElement('div');
  item.setAttribute('role', 'treeitem');
  item.setAttribute('data-email', email);
  item.append(email);
  $('#xGstLst [role="tree"]').append(item);
}

beforeEach(loadFixture);

describe('finding the editor', () => {
  it('finds the full editor, scoped to a root that holds every field', () => {
    const e = editor();
    expect(e.kind).toBe('full');
    for (const sel of ['#xTiIn', '#xGstLst', '#xStTiIn', '[aria-label="Description"]']) expect(e.root.contains($(sel))).toBe(true);
    expect(e.root).not.toBe(document.body);
  });

  it('knows which editor a focused field belongs to, and nothing else', () => {
    expect(editorFor($('#xTiIn'), document)?.kind).toBe('full');
    expect(editorFor($('header [aria-label="More actions"]'), document)).toBeNull();
    expect(editorFor(null, document)).toBeNull();
  });

  it('is not fooled by another view', () => {
    document.body.removeAttribute('data-viewfamily');
    document.body.removeAttribute('data-viewkey');
    expect(findEditor(document)).toBeNull();
  });

  it('finds the quick-create dialog and reads its title', () => {
    document.body.removeAttribute('data-viewfamily');
    document.body.removeAttribute('data-viewkey');
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    const tabs = document.createElement('div');
    tabs.setAttribute('role', 'tablist');
    const tab = document.createElement('button');
    tab.id = 'tabEvent';
    tab.setAttribute('role', 'tab');
    tab.textContent = 'Event';
    tabs.append(tab);
    const title = document.createElement('input');
    title.type = 'text';
    title.setAttribute('aria-label', 'Add title');
    title.value = 'Team lunch';
    dialog.append(title, tabs);
    document.body.append(dialog);
    const e = editorFor(title, document);
    expect(e?.kind).toBe('quick');
    expect(e?.root).toBe(dialog);
    const ev = readEvent(e!);
    expect(ev.title).toBe('Team lunch');
    expect(ev.attendees).toBe(1);
    expect(ev.durationMinutes).toBeNull();
    const save = document.createElement('button');
    save.setAttribute('jsname', 'x8hlje');
    save.textContent = 'Guardar';
    dialog.append(save);
    let saved = false;
    document.addEventListener('click', (ev) => (saved = isSaveActivation(ev, e!)), { once: true, capture: true });
    save.click();
    expect(saved).toBe(true);
  });
});

describe('reading the event', () => {
  it('reads the fixture as Calendar shows it', () => {
    $<HTMLInputElement>('#xTiIn').value = '  Weekly status sync ';
    const ev = readEvent(editor());
    expect(ev).toMatchObject({ title: 'Weekly status sync', attendees: 1, durationMinutes: 60, allDay: false, recurrence: 'none', description: '' });
    expect(ev.start).toEqual(new Date(2026, 10, 30, 10, 0));
    expect(ev.end).toEqual(new Date(2026, 10, 30, 11, 0));
  });

  it('counts guest chips, organiser included once, duplicates once', () => {
    expect(countGuests(editor())).toBe(1);
    addChip('me@acme.example');
    for (let i = 1; i <= 7; i++) addChip(`guest${i}@acme.example`);
    addChip('GUEST1@acme.example');
    expect(countGuests(editor())).toBe(8);
  });

  it('accepts 24-hour data-initial-value and spans across midnight with the end date', () => {
    $('#xStTiIn').setAttribute('data-initial-value', '23:30');
    $('#xEnTiIn').setAttribute('data-initial-value', '00:15');
    $('#xEnDaIn').setAttribute('data-date', '20261201');
    expect(readEvent(editor()).durationMinutes).toBe(45);
  });

  it('gives no duration when the end is not after the start', () => {
    $('#xEnTiIn').setAttribute('data-initial-value', '9:00am');
    const ev = readEvent(editor());
    expect(ev.durationMinutes).toBeNull();
    expect(ev.end).toBeNull();
  });

  it('reads all-day events without a duration', () => {
    $('#xAlDaCbx').setAttribute('aria-checked', 'true');
    const ev = readEvent(editor());
    expect(ev.allDay).toBe(true);
    expect(ev.durationMinutes).toBeNull();
  });

  it.each([
    ['Weekly on Monday', 'weekly'],
    ['Daily', 'daily'],
    ['Monthly on the fifth Monday', 'monthly'],
    ['Every weekday (Monday to Friday)', 'weekly'],
  ] as const)('reads the recurrence option "%s" as %s (from its RRULE data)', (label, expected) => {
    for (const o of Array.from(document.querySelectorAll('#xRecurrence [role="option"]'))) {
      o.setAttribute('aria-selected', String(o.textContent === label));
    }
    expect(readEvent(editor()).recurrence).toBe(expected);
  });

  it('reads the description as lines', () => {
    const box = $('[aria-label="Description"]');
    box.replaceChildren();
    for (const line of ['Agenda:', '1. Release', '2. Hiring']) {
      const div = document.createElement('div');
      div.append(line);
      box.append(div);
    }
    expect(readEvent(editor()).description).toBe('Agenda:\n1. Release\n2. Hiring');
  });

  it('does not throw on an editor with no fields', () => {
    const root = document.createElement('div');
    expect(readEvent({ kind: 'quick', root })).toMatchObject({ title: '', attendees: 1, durationMinutes: null, recurrence: 'none' });
  });
});

describe('parsers', () => {
  it.each([
    ['10:00', 600],
    ['09:05', 545],
    ['23:59', 1439],
    ['10:00am', 600],
    ['12:00am', 0],
    ['12:30pm', 750],
    ['9:30 PM', 1290],
    ['9pm', 1260],
    ['9.30 a.m.', 570],
    ['24:00', null],
    ['13:00pm', null],
    ['10', null],
    ['', null],
    ['noon', null],
  ] as const)('time %j → %j', (raw, minutes) => {
    expect(parseTimeOfDay(raw)).toBe(minutes);
  });

  it.each([
    ['20261130', new Date(2026, 10, 30)],
    ['20260229', null],
    ['2026-11-30', null],
    ['', null],
  ] as const)('date %j', (raw, expected) => {
    expect(parseDataDate(raw)).toEqual(expected);
  });

  it.each([
    ['RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', 'biweekly'],
    ['RRULE:FREQ=WEEKLY;INTERVAL=4', 'monthly'],
    ['RRULE:FREQ=YEARLY', 'none'],
    ['Every 2 weeks on Thursday', 'biweekly'],
    ['Does not repeat', 'none'],
    ['Custom...', 'none'],
  ] as const)('recurrence %j → %s', (raw, expected) => {
    expect(parseRecurrence(raw)).toBe(expected);
  });
});

describe('acting on the editor', () => {
  it('appends to the description through input events, keeping what was there', () => {
    const box = $('[aria-label="Description"]');
    box.replaceChildren('Context first');
    const inputs: Event[] = [];
    box.addEventListener('input', (e) => inputs.push(e));
    expect(appendToDescription(editor(), 'Goal: \n1. ')).toBe(true);
    expect(readEvent(editor()).description).toMatch(/^Context first\nGoal:/);
    expect(inputs.length).toBeGreaterThan(0);
  });

  it('recognises a click on Save, not elsewhere', () => {
    const e = editor();
    const save = $('button[aria-label="Save"]');
    const click = (el: Element) => {
      let hit = false;
      document.addEventListener('click', (ev) => (hit = isSaveActivation(ev, e)), { once: true, capture: true });
      el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      return hit;
    };
    expect(click(save)).toBe(true);
    expect(click($('#xTiIn'))).toBe(false);
  });

  it('recognises Enter and Space on Save, and looks for Save on no other keystroke', () => {
    const e = editor();
    const save = $('button[aria-label="Save"]');
    const press = (el: Element, key: string) => {
      const ev = new KeyboardEvent('keydown', { key, bubbles: true });
      Object.defineProperty(ev, 'target', { value: el });
      return isSaveActivation(ev, e);
    };
    expect(press(save, 'Enter')).toBe(true);
    expect(press(save, ' ')).toBe(true);
    expect(press($('#xTiIn'), 'Enter')).toBe(false);
    const query = vi.spyOn(Element.prototype, 'querySelector');
    try {
      for (const key of ['a', 'Backspace', 'Tab']) expect(press(save, key)).toBe(false);
      expect(query).not.toHaveBeenCalled();
    } finally {
      query.mockRestore();
    }
  });
});
