// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CoachPanel } from '../../../components/compose/CoachPanel';
import { SendGate } from '../../../components/compose/SendGate';
import type { CoachAnalysis } from '../../../utils/compose/types';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLElement;
let shadow: ShadowRoot;
let root: Root;

beforeEach(() => {
  host = document.createElement('focusgate-coach');
  shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadow.append(container);
  document.body.append(host);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const base: CoachAnalysis = {
  language: 'en',
  mode: 'async',
  ping: false,
  context: true,
  ask: false,
  deadline: new Date('2026-11-27T16:00:00Z'),
  urgency: 'normal',
  reasons: ['States the background', 'No question or request yet'],
};
const $ = (sel: string) => shadow.querySelector<HTMLElement>(sel);
const $$ = (sel: string) => Array.from(shadow.querySelectorAll<HTMLElement>(sel));
const press = (el: Element, key: string, shiftKey = false) =>
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true }));
  });

describe('CoachPanel', () => {
  const panel = (analysis: CoachAnalysis, handlers: Partial<Record<'onRewrite' | 'onEscape' | 'onToggleCollapsed', () => void>> = {}, collapsed = false) =>
    act(() =>
      root.render(
        <CoachPanel
          analysis={analysis}
          collapsed={collapsed}
          onToggleCollapsed={handlers.onToggleCollapsed ?? (() => undefined)}
          onRewrite={handlers.onRewrite ?? (() => undefined)}
          onEscape={handlers.onEscape ?? (() => undefined)}
        />,
      ),
    );

  it('in a language it cannot read: says which it coaches, with no verdict, checks or rewrite', () => {
    panel({ ...base, language: null, mode: 'async', reasons: ['Focusgate coaches English, Spanish, German, French and Portuguese'] });
    const verdict = $('[data-testid="coach-verdict"]');
    expect(verdict?.getAttribute('role')).toBe('status');
    expect(verdict?.dataset.mode).toBe('none');
    expect(verdict?.textContent).toBe('Focusgate coaches English, Spanish, German, French and Portuguese');
    expect($$('[data-testid="coach-check"]')).toEqual([]);
    expect($('[data-testid="coach-rewrite"]')).toBeNull();
    expect($('[data-panel-entry]')).toBeNull();
  });

  it('keeps the test contract: verdict mode, four checks with data-ok, the rewrite button', () => {
    panel(base);
    expect($('[data-testid="coach-verdict"]')?.dataset.mode).toBe('async');
    expect($('[data-testid="coach-verdict"]')?.getAttribute('role')).toBe('status');
    expect($$('[data-testid="coach-check"]').map((c) => [c.dataset.check, c.dataset.ok])).toEqual([
      ['context', 'true'],
      ['ask', 'false'],
      ['deadline', 'true'],
      ['urgency', 'true'],
    ]);
    expect($('[data-testid="coach-ping"]')).toBeNull();
    expect($('[data-testid="coach-rewrite"]')?.tagName).toBe('BUTTON');
    expect($('[data-testid="coach-reasons"]')?.textContent).toContain('No question or request yet');
  });

  it('warns about a ping, flags urgency for a sync verdict, and says why each check failed', () => {
    panel({ ...base, ping: true, context: false, deadline: null });
    expect($('[data-testid="coach-ping"]')).not.toBeNull();
    expect($('[data-check="deadline"]')?.textContent).toContain('Add when you need an answer');
    panel({ ...base, mode: 'sync', urgency: 'critical' });
    expect($('[data-testid="coach-verdict"]')?.dataset.mode).toBe('sync');
    expect($('[data-check="urgency"]')?.dataset.ok).toBe('false');
    expect($('[data-testid="coach-verdict"]')?.textContent).toMatch(/call/);
  });

  it('calls back for rewrite, collapse and Escape, and hides the details when collapsed', () => {
    const onRewrite = vi.fn();
    const onEscape = vi.fn();
    const onToggleCollapsed = vi.fn();
    panel(base, { onRewrite, onEscape, onToggleCollapsed });
    act(() => $('[data-testid="coach-rewrite"]')!.click());
    act(() => $('[data-panel-entry]')!.click());
    press($('[data-testid="coach-rewrite"]')!, 'Escape');
    expect([onRewrite.mock.calls.length, onToggleCollapsed.mock.calls.length, onEscape.mock.calls.length]).toEqual([1, 1, 1]);
    expect($('[data-panel-entry]')?.getAttribute('aria-expanded')).toBe('true');
    panel(base, {}, true);
    expect($$('[data-testid="coach-check"]')).toHaveLength(0);
    expect($('[data-panel-entry]')?.getAttribute('aria-expanded')).toBe('false');
    expect($('[data-testid="coach-verdict"]')).not.toBeNull();
  });

  it('shows the verdict in a status region already in the page (one inserted with its text visible is not announced)', () => {
    const seen = new MutationObserver(() => undefined);
    seen.observe(shadow, { subtree: true, attributes: true, attributeOldValue: true, attributeFilter: ['style'] });
    panel(base);
    const status = $('[role="status"]')!;
    expect(status.textContent).toMatch(/async/i);
    const shown = seen.takeRecords().filter((r) => status.contains(r.target) && /hidden/.test(r.oldValue ?? ''));
    expect(shown.map((r) => (r.target as HTMLElement).className).sort()).toEqual(['fg-mode', 'fg-verdict-text']);
    for (const span of Array.from(status.children)) expect((span as HTMLElement).style.visibility).not.toBe('hidden');
    seen.disconnect();
  });

  it('never moves focus by itself', () => {
    const outside = document.createElement('input');
    document.body.append(outside);
    outside.focus();
    panel(base);
    panel({ ...base, ping: true });
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });
});

describe('SendGate', () => {
  it('is a modal dialog that takes focus on "Add context" and keeps Tab inside', () => {
    act(() => root.render(<SendGate reason="ping" onSendAnyway={() => undefined} onEdit={() => undefined} />));
    const dialog = $('[data-testid="send-gate"]')!;
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(shadow.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toMatch(/ping/i);
    const edit = $('[data-testid="gate-edit"]')!;
    const send = $('[data-testid="gate-send-anyway"]')!;
    expect(shadow.activeElement).toBe(edit);
    press(edit, 'Tab');
    expect(shadow.activeElement).toBe(send);
    press(send, 'Tab');
    expect(shadow.activeElement).toBe(edit);
    press(edit, 'Tab', true);
    expect(shadow.activeElement).toBe(send);
  });

  it('Escape and "Add context" edit, "Send anyway" sends', () => {
    const onEdit = vi.fn();
    const onSendAnyway = vi.fn();
    act(() => root.render(<SendGate reason="sync" onSendAnyway={onSendAnyway} onEdit={onEdit} />));
    expect($('[data-testid="send-gate"]')?.textContent).toMatch(/call/);
    press($('[data-testid="gate-edit"]')!, 'Escape');
    act(() => $('[data-testid="gate-edit"]')!.click());
    act(() => $('[data-testid="gate-send-anyway"]')!.click());
    expect(onEdit).toHaveBeenCalledTimes(2);
    expect(onSendAnyway).toHaveBeenCalledTimes(1);
  });
});
