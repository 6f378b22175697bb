// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuickToggles, type QuickTogglesProps } from '../../../components/settings/QuickToggles';
import { addPause, NO_PAUSE } from '../../../utils/compose/pause';
import { DEFAULT_SETTINGS } from '../../../utils/platform/settings/schema';
import { quickProps } from './quick';
import { formatTime } from '../../../utils/platform/datetime';
import { click, render } from '../focus/popup/render';

const NOW = new Date(2026, 4, 6, 10, 0).getTime();
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const props = (over: Partial<QuickTogglesProps> = {}) => quickProps(NOW, over);

function show(p: QuickTogglesProps) {
  const r = render(<QuickToggles {...p} />);
  cleanup = r.cleanup;
  const $ = <T extends HTMLElement = HTMLElement>(sel: string) => r.host.querySelector<T>(sel);
  return { ...r, $ };
}

describe('QuickToggles (popup)', () => {
  it('folded to one line until something needs the user; opens while paused and stays open after Resume', () => {
    const r = show(props());
    const details = () => r.$<HTMLDetailsElement>('details')!;
    expect(details().open).toBe(false);
    r.rerender(<QuickToggles {...props({ pause: addPause(NO_PAUSE, 'all', NOW) })} />);
    expect(details().open).toBe(true);
    // Resumed: the row the user just pressed stays in view (the section does not fold under them).
    click(r.$('[data-testid="quick-pause-all"] button')!);
    r.rerender(<QuickToggles {...props()} />);
    expect(details().open).toBe(true);
    expect(r.$('[data-testid="quick-pause-all"]')?.dataset.paused).toBe('false');
  });

  it('folds again by itself when what opened it passes and the user did nothing in it', () => {
    const r = show(props({ pause: addPause(NO_PAUSE, 'all', NOW) }));
    const details = () => r.$<HTMLDetailsElement>('details')!;
    expect(details().open).toBe(true);
    r.rerender(<QuickToggles {...props()} />);
    expect(details().open).toBe(false);
  });

  it('on a Slack tab: switches the coach off on Slack, pauses it here or everywhere, changes the send gate', () => {
    const p = props();
    const { $ } = show(p);
    const coach = $<HTMLInputElement>('[data-testid="quick-coach"]')!;
    expect(coach.checked).toBe(true);
    expect(coach.closest('label')?.textContent).toBe('Coach on Slack');
    click(coach);
    expect(p.onCoach).toHaveBeenCalledWith('slack', false);

    click($('[data-testid="quick-pause-site"] button'));
    click($('[data-testid="quick-pause-all"] button'));
    expect(vi.mocked(p.onPause).mock.calls).toEqual([['slack'], ['all']]);
    expect($('[data-testid="quick-pause-site"]')?.textContent).toBe('Pause on Slack for 1 hour');

    const gate = $<HTMLSelectElement>('[data-testid="quick-gate"]')!;
    expect(gate.value).toBe('ping-only');
    expect([...gate.options].map((o) => o.text)).toEqual(['Off', 'Bare pings only', 'Always ask']);
    expect(gate.labels?.[0]?.textContent).toBe('Send gate');
    act(() => {
      gate.value = 'always-ask';
      gate.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(p.onGateMode).toHaveBeenCalledWith('always-ask');
  });

  it('while paused: says until when (in the browser’s format) and offers to resume', () => {
    const pause = addPause(addPause(NO_PAUSE, 'slack', NOW), 'all', NOW - 30 * 60_000);
    const p = props({ pause });
    const { $ } = show(p);
    const here = $('[data-testid="quick-pause-site"]')!;
    expect(here.dataset.paused).toBe('true');
    expect(here.textContent).toContain(`Paused on Slack until ${formatTime(new Date(NOW + 3_600_000))}`);
    const everywhere = $('[data-testid="quick-pause-all"]')!;
    expect(everywhere.textContent).toContain(`Paused everywhere until ${formatTime(new Date(NOW + 30 * 60_000))}`);
    click(everywhere.querySelector('button'));
    expect(p.onResume).toHaveBeenCalledWith('all');
  });

  it('is one line saying where it stands until opened; open by itself while paused or after a failed change', () => {
    const glance = (p: QuickTogglesProps) => {
      const { $, cleanup: done } = show(p);
      const result = { open: $<HTMLDetailsElement>('details')!.open, glance: $('[data-testid="quick-glance"]')!.textContent };
      done();
      return result;
    };
    expect(glance(props())).toEqual({ open: false, glance: 'active on Slack' });
    expect(glance(props({ site: null, settings: { gateMode: 'off', coach: DEFAULT_SETTINGS.coach } }))).toEqual({ open: false, glance: 'send gate: off' });
    expect(glance(props({ pause: addPause(NO_PAUSE, 'all', NOW) }))).toEqual({
      open: true,
      glance: `paused until ${formatTime(new Date(NOW + 3_600_000))} · send gate: bare pings only`,
    });
    expect(glance(props({ error: 'Settings could not be saved' })).open).toBe(true);
  });

  it('on another tab: no per-site switch or pause, still a pause everywhere and the gate', () => {
    const { $ } = show(props({ site: null }));
    expect($('[data-testid="quick-coach"]')).toBeNull();
    expect($('[data-testid="quick-pause-site"]')).toBeNull();
    expect($('[data-testid="quick-pause-all"] button')?.textContent).toBe('Pause everywhere for 1 hour');
    expect($('[data-testid="quick-gate"]')).not.toBeNull();
  });

  it('with the coach off on this site: no pause for it; a failed change is said', () => {
    const { $ } = show(props({ settings: { gateMode: 'off', coach: { ...DEFAULT_SETTINGS.coach, slack: false } }, error: 'Settings could not be saved' }));
    expect($<HTMLInputElement>('[data-testid="quick-coach"]')?.checked).toBe(false);
    expect($('[data-testid="quick-pause-site"]')).toBeNull();
    expect($('[role="alert"]')?.textContent).toBe('Settings could not be saved');
  });
});
