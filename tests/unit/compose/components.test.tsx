// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CoachPanel } from '../../../components/compose/CoachPanel';
import { SendGate } from '../../../components/compose/SendGate';
import { CoachRoot } from '../../../components/compose/CoachRoot';
import type { CoachActions, CoachAnalysis, CoachView, VerdictKind } from '../../../utils/compose/types';
import { formatDayTime } from '../../../utils/platform/datetime';

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
  deadlineText: 'by Friday',
  urgency: 'normal',
  reasons: ['States the background', 'No question or request yet'],
  prompts: [],
};
const $ = (sel: string) => shadow.querySelector<HTMLElement>(sel);
const $$ = (sel: string) => Array.from(shadow.querySelectorAll<HTMLElement>(sel));
const press = (el: Element, key: string, shiftKey = false) =>
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true }));
  });

describe('CoachPanel', () => {
  const panel = (
    analysis: CoachAnalysis,
    handlers: Partial<Record<'onRewrite' | 'onEscape' | 'onToggleCollapsed', () => void> & { onDismiss: (about: VerdictKind) => void }> = {},
    collapsed = false,
  ) =>
    act(() =>
      root.render(
        <CoachPanel
          analysis={analysis}
          collapsed={collapsed}
          onToggleCollapsed={handlers.onToggleCollapsed ?? (() => undefined)}
          onRewrite={handlers.onRewrite ?? (() => undefined)}
          onEscape={handlers.onEscape ?? (() => undefined)}
          onDismiss={handlers.onDismiss ?? (() => undefined)}
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

  it('keeps the test contract: verdict mode, one hint, four checks with data-ok, the rewrite button', () => {
    panel(base);
    expect($('[data-testid="coach-verdict"]')?.dataset.mode).toBe('async');
    expect($('[data-testid="coach-verdict"]')?.getAttribute('role')).toBe('status');
    expect($('[data-testid="coach-hint"]')?.dataset.hint).toBe('ask');
    expect($$('[data-testid="coach-check"]').map((c) => [c.dataset.check, c.dataset.ok])).toEqual([
      ['context', 'true'],
      ['ask', 'false'],
      ['deadline', 'true'],
      ['urgency', 'true'],
    ]);
    expect($('[data-testid="coach-rewrite"]')?.tagName).toBe('BUTTON');
    expect($('[data-testid="coach-ping"]')).toBeNull(); // present only for a ping
    // One list: the analyser's reasons are not repeated under the checks.
    expect($$('ul')).toHaveLength(1);
    expect(shadow.textContent).not.toContain('No question or request yet');
  });

  it('expanded, offers to pause the coach for an hour on this site or everywhere; not where it cannot be paused', () => {
    const run = vi.fn();
    act(() =>
      root.render(
        <CoachPanel analysis={base} collapsed={false} onToggleCollapsed={() => undefined} onRewrite={() => undefined} onEscape={() => undefined} onDismiss={() => undefined} pause={{ siteLabel: 'Gmail', run }} />,
      ),
    );
    const group = $('.fg-pause');
    expect(group?.getAttribute('role')).toBe('group');
    expect(group?.getAttribute('aria-label')).toBe('Pause the coach for 1 hour');
    expect($('[data-testid="coach-pause-site"]')?.textContent).toBe('on Gmail');
    act(() => $('[data-testid="coach-pause-site"]')!.click());
    act(() => $('[data-testid="coach-pause-all"]')!.click());
    expect(run.mock.calls).toEqual([['site'], ['all']]);
    panel(base);
    expect($('.fg-pause')).toBeNull();
  });

  it('writes the reply-by in the browser’s format, the one every page uses', () => {
    panel(base);
    expect($('[data-check="deadline"] .fg-reason')?.textContent).toContain(formatDayTime(base.deadline!));
  });

  it('calls a bare ping a ping (not a green "async"), and offers the rewrite', () => {
    panel({ ...base, ping: true, context: false, ask: false, deadline: null, deadlineText: null });
    expect($('[data-testid="coach-hint"]')?.dataset.hint).toBe('ping');
    expect($('.fg-mode')?.dataset.tone).toBe('warn');
    expect($('.fg-mode')?.textContent).toBe('Ping');
    expect($('[data-testid="coach-ping"]')?.textContent).toBe('Ping');
    expect($('[data-check="deadline"]')?.textContent).toContain('Add when you need an answer');
    expect($('[data-testid="coach-rewrite"]')).not.toBeNull();
  });

  it('on a sync verdict offers the live route with its reason, never the rewrite', () => {
    panel({ ...base, mode: 'sync', urgency: 'critical', ask: true, deadline: null, deadlineText: null, reasons: ['Critical: production is down. Call or huddle now'] });
    expect($('[data-testid="coach-verdict"]')?.dataset.mode).toBe('sync');
    expect($('[data-testid="coach-hint"]')?.textContent).toBe('Say it live: start a huddle or call');
    expect($('[data-testid="coach-live"]')?.textContent).toContain('Critical: production is down');
    expect($('[data-check="urgency"]')?.dataset.ok).toBe('false');
    expect($('[data-check="urgency"]')?.textContent).not.toMatch(/missing/);
    expect($('[data-testid="coach-rewrite"]')).toBeNull();
  });

  it('while prompts are unfilled says so and offers no second rewrite', () => {
    panel({ ...base, prompts: ['[a]', '[b]'] });
    expect($('[data-testid="coach-hint"]')?.textContent).toBe('Fill in the 2 marked parts before sending');
    expect($('[data-testid="coach-rewrite"]')).toBeNull();
  });

  it('offers nothing to a complete message: the hint says it is ready', () => {
    panel({ ...base, ask: true });
    expect($('[data-testid="coach-hint"]')?.dataset.hint).toBe('ready');
    expect($('[data-testid="coach-rewrite"]')).toBeNull();
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

  it('quotes the words behind each verdict, and "Not so" dismisses the ones that push for a call or hold the send', () => {
    const onDismiss = vi.fn();
    panel(
      {
        ...base,
        mode: 'sync',
        urgency: 'critical',
        sensitive: true,
        evidence: [
          { about: 'urgency', why: 'a system is down', quote: 'checkout is down' },
          { about: 'sensitive', why: 'an apology', quote: 'I owe you an apology' },
        ],
      },
      { onDismiss },
    );
    const items = $$('[data-testid="coach-evidence"] li');
    expect(items.map((li) => [li.dataset.about, li.querySelector('q')?.textContent])).toEqual([
      ['urgency', 'checkout is down'],
      ['sensitive', 'I owe you an apology'],
    ]);
    expect(items[0]?.textContent).toContain('Critical');
    expect(items[0]?.textContent).toContain('a system is down');
    act(() => items[1]!.querySelector<HTMLButtonElement>('[data-testid="coach-dismiss"]')!.click());
    expect(onDismiss).toHaveBeenCalledWith('sensitive');
    // A low urgency pushes for nothing: shown, with nothing to dismiss.
    panel({ ...base, urgency: 'low', evidence: [{ about: 'urgency', why: 'says there is no rush', quote: 'no rush' }] });
    expect($('[data-testid="coach-evidence"] q')?.textContent).toBe('no rush');
    expect($('[data-testid="coach-dismiss"]')).toBeNull();
    panel(base);
    expect($('[data-testid="coach-evidence"]')).toBeNull();
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

  it('holds unfilled prompts with "Fill in what you need first"', () => {
    act(() => root.render(<SendGate reason="prompt" onSendAnyway={() => undefined} onEdit={() => undefined} />));
    expect($('h2')?.textContent).toBe('Fill in what you need first');
    expect($('[data-testid="gate-edit"]')?.textContent).toBe('Fill them in');
    expect($('[data-testid="gate-send-anyway"]')?.textContent).toBe('Send anyway');
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

describe('CoachRoot', () => {
  const view = (gate: CoachView['gate']): CoachView => ({ analysis: { ...base, ping: true, ask: false }, anchor: { top: 500, left: 100, width: 600, height: 80 }, gate });
  const actions: CoachActions = { rewrite: vi.fn(), sendAnyway: vi.fn(), backToDraft: vi.fn(), focusComposer: vi.fn(), dismiss: vi.fn() };

  it('starts as one line and opens its details by itself when a send is held', () => {
    act(() => root.render(<CoachRoot view={view(null)} actions={actions} />));
    expect($('[data-panel-entry]')?.getAttribute('aria-expanded')).toBe('false');
    expect($$('[data-testid="coach-check"]')).toHaveLength(0);
    act(() => root.render(<CoachRoot view={view('ping')} actions={actions} />));
    expect($('[data-testid="send-gate"]')).not.toBeNull();
    expect($$('[data-testid="coach-check"]')).toHaveLength(4);
    // Closed again by the writer, it stays closed after the gate.
    act(() => $('[data-panel-entry]')!.click());
    act(() => root.render(<CoachRoot view={view(null)} actions={actions} />));
    expect($$('[data-testid="coach-check"]')).toHaveLength(0);
  });
});
