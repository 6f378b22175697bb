// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { SettingsForm } from '../../../components/settings/SettingsForm';
import { validateSettings, linesToList } from '../../../components/settings/validate';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/platform/settings/schema';
import { click, render } from '../focus/popup/render';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const defaults = () => structuredClone(DEFAULT_SETTINGS) as Settings;

function setup(value: Settings = defaults()) {
  const onSave = vi.fn(async (_s: Settings) => {});
  const r = render(<SettingsForm value={value} onSave={onSave} />);
  cleanup = r.cleanup;
  const q = <T extends Element = HTMLInputElement>(sel: string) => r.host.querySelector<T & Element>(sel)!;
  const input = (id: string) => r.host.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[id="${id}"]`)!;
  const edit = (el: HTMLInputElement | HTMLTextAreaElement, text: string) =>
    act(() => {
      const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, text);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
  const save = () =>
    act(async () => {
      q<HTMLFormElement>('form').requestSubmit();
    });
  const status = () => q('[data-testid="settings-status"]').textContent;
  return { r, q, input, edit, save, status, onSave };
}

describe('SettingsForm', () => {
  it('shows every setting with its current value', () => {
    const { q, input } = setup();
    expect(q('[data-testid="coach-slack"]').checked).toBe(true);
    expect(q<HTMLInputElement>('input[name="gateMode"][value="ping-only"]').checked).toBe(true);
    expect(input('workingHours.start').value).toBe('09:00');
    expect(input('workingHours.end').value).toBe('17:00');
    expect(input('breakthrough.keywords').value.split('\n')).toEqual(DEFAULT_SETTINGS.breakthrough.keywords);
    expect(input('breakthrough.repeatCount').value).toBe('2');
    expect(input('breakthrough.repeatWindowMinutes').value).toBe('5');
    expect(input('retentionDays').value).toBe('90');
    expect(q('[data-testid="focus-notifications"]').checked).toBe(true);
  });

  it('saves valid edits, with lists trimmed and blank lines dropped', async () => {
    const { q, input, edit, save, status, onSave } = setup();
    click(q('[data-testid="coach-gmail"]'));
    click(q('input[name="gateMode"][value="always-ask"]'));
    edit(input('breakthrough.vipSenders'), '  Ada Lovelace \n\nGrace Hopper\n');
    edit(input('breakthrough.keywords'), 'urgent\nprod down');
    edit(input('breakthrough.repeatCount'), '3');
    edit(input('retentionDays'), '365');
    click(q('[data-testid="focus-notifications"]'));
    click(q('[data-testid="add-digest-time"]'));
    edit(input('digestTimes.0'), '16:30');
    await save();
    expect(onSave).toHaveBeenCalledTimes(1);
    const saved = onSave.mock.calls[0]![0];
    expect(saved).toMatchObject({
      coach: { slack: true, gmail: false, calendar: true },
      gateMode: 'always-ask',
      breakthrough: { vipSenders: ['Ada Lovelace', 'Grace Hopper'], keywords: ['urgent', 'prod down'], repeatCount: 3, repeatWindowMinutes: 5 },
      retentionDays: 365,
      focusNotifications: false,
      digestTimes: ['16:30'],
    });
    expect(status()).toBe('Saved.');
  });

  it('refuses out-of-range numbers and empty ones with a message at the field, saving nothing', async () => {
    const { input, edit, save, status, onSave, q } = setup();
    edit(input('breakthrough.repeatCount'), '1');
    edit(input('retentionDays'), '');
    await save();
    expect(onSave).not.toHaveBeenCalled();
    expect(q('[data-testid="error-breakthrough.repeatCount"]').textContent).toBe('At least 2');
    expect(q('[data-testid="error-retentionDays"]').textContent).toBe('Enter a number');
    expect(input('retentionDays').getAttribute('aria-invalid')).toBe('true');
    expect(input('retentionDays').getAttribute('aria-describedby')).toContain('retentionDays-error');
    expect(status()).toMatch(/Not saved: 2 field/);
    // Fixing a field clears its message live, once a save has been tried.
    edit(input('retentionDays'), '30');
    expect(q('[data-testid="error-retentionDays"]')).toBeNull();
    edit(input('breakthrough.repeatCount'), '4');
    await save();
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('working hours must end after they start', async () => {
    const { input, edit, save, onSave, q } = setup();
    edit(input('workingHours.end'), '08:00');
    await save();
    expect(onSave).not.toHaveBeenCalled();
    expect(q('[data-testid="error-workingHours.end"]').textContent).toBe('Working hours must end after they start');
  });

  it('summary times: at most six, an empty one is refused, and they can be removed', async () => {
    const { q, input, edit, save, onSave, r } = setup();
    const add = q<HTMLButtonElement>('[data-testid="add-digest-time"]');
    for (let i = 0; i < 6; i++) click(add);
    expect(add.disabled).toBe(true);
    edit(input('digestTimes.2'), '');
    await save();
    expect(onSave).not.toHaveBeenCalled();
    expect(q('[data-testid="error-digestTimes.2"]').textContent).toMatch(/24-hour time/);
    click([...r.host.querySelectorAll('button')].find((b) => b.textContent === 'Remove'));
    expect(r.host.querySelectorAll('input[type="time"][id^="digestTimes"]')).toHaveLength(5);
  });

  it('a VIP name that is too long is refused', async () => {
    const { input, edit, save, onSave, q } = setup();
    edit(input('breakthrough.vipSenders'), 'x'.repeat(121));
    await save();
    expect(onSave).not.toHaveBeenCalled();
    expect(q('[data-testid="error-breakthrough.vipSenders"]').textContent).toBe('At most 120 characters');
  });

  it('restore defaults fills the form only, says it still needs Save, and can be undone', async () => {
    const edited = { ...defaults(), retentionDays: 30, gateMode: 'off' as const };
    const { q, input, save, onSave, status } = setup(edited);
    expect(input('retentionDays').value).toBe('30');
    const restore = q<HTMLButtonElement>('[data-testid="settings-defaults"]');
    expect(q(`[id="${restore.getAttribute('aria-describedby')}"]`).textContent).toMatch(/nothing changes until you Save/);
    click(restore);
    expect(onSave).not.toHaveBeenCalled();
    expect(input('retentionDays').value).toBe('90');
    expect(status()).toMatch(/^Defaults are in the form, not saved yet: Save to keep them\./);
    click(q('[data-testid="settings-undo-defaults"]'));
    expect(input('retentionDays').value).toBe('30');
    expect(q('[data-testid="settings-undo-defaults"]')).toBeNull();
    click(restore);
    await save();
    expect(onSave).toHaveBeenCalledWith(DEFAULT_SETTINGS);
  });

  it('says when there are unsaved changes and asks before the page is left with them', async () => {
    const { q, input, edit, save, status } = setup();
    const leave = () => {
      const e = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(status()).toBe('');
    expect(leave()).toBe(false);
    edit(input('retentionDays'), '30');
    expect(status()).toBe('Unsaved changes.');
    expect(leave()).toBe(true);
    edit(input('retentionDays'), '90'); // back to what is saved: nothing to lose
    expect(leave()).toBe(false);
    click(q('[data-testid="focus-notifications"]'));
    await save();
    expect(status()).toBe('Saved.');
    expect(leave()).toBe(false);
  });

  it('refuses the same summary time twice; a new time is one not taken yet', async () => {
    const { q, input, edit, save, onSave } = setup();
    click(q('[data-testid="add-digest-time"]'));
    click(q('[data-testid="add-digest-time"]'));
    expect([input('digestTimes.0').value, input('digestTimes.1').value]).toEqual(['12:00', '13:00']);
    edit(input('digestTimes.1'), '12:00');
    await save();
    expect(onSave).not.toHaveBeenCalled();
    expect(q('.fg-opt-error').textContent).toBe('Each summary time once: remove the repeated one');
  });

  it('a failed save puts focus on the first field that needs attention, or on why it failed', async () => {
    const { input, edit, save, r } = setup();
    edit(input('retentionDays'), '2');
    edit(input('breakthrough.repeatCount'), '1');
    await save();
    await vi.waitFor(() => expect(document.activeElement).toBe(input('breakthrough.repeatCount')));
    r.cleanup();

    const failing = vi.fn(async () => {
      throw new Error('storage quota reached');
    });
    const again = render(<SettingsForm value={defaults()} onSave={failing} />);
    cleanup = again.cleanup;
    await act(async () => again.host.querySelector('form')!.requestSubmit());
    const message = again.host.querySelector<HTMLElement>('[data-testid="settings-status"]')!;
    expect(message.textContent).toBe('Not saved: storage quota reached');
    expect(document.activeElement).toBe(message);
  });
});

describe('validateSettings', () => {
  it('accepts the defaults and refuses a foreign shape with paths', () => {
    expect(validateSettings(DEFAULT_SETTINGS).ok).toBe(true);
    const bad = validateSettings({ ...DEFAULT_SETTINGS, gateMode: 'sometimes', retentionDays: 2 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(Object.keys(bad.errors).sort()).toEqual(['gateMode', 'retentionDays']);
      expect(bad.errors.retentionDays).toBe('At least 7');
    }
  });

  it('splits lines', () => {
    expect(linesToList(' a \n\n b\n')).toEqual(['a', 'b']);
  });
});
