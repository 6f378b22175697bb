// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCoachController, RULES_WAIT_MS, type CoachDeps } from '../../../utils/compose/controller';
import type { CoachActions, CoachAnalysis, CoachEventKind, CoachUi, CoachView } from '../../../utils/compose/types';
import { gmailAdapter } from '../../../utils/compose/hosts/gmail';
import { slackAdapter } from '../../../utils/compose/hosts/slack';
import type { HostAdapter } from '../../../utils/compose/hosts/types';
import type { GateMode } from '../../../utils/platform/settings/schema';
import { gmailComposers, key, loadFixture, mouse, setLines, slackComposers } from './fixture-dom';

/*
 * The controller is tested with a small rule-based stand-in for the analyser so each case
 * controls the verdict exactly (the real analyser is exercised end to end in the e2e test).
 */
function testAnalyze(text: string): CoachAnalysis {
  const ping = /^(hi|hey|ping|got a sec\??)( @\w+)?[!?.]*$/i.test(text.trim());
  const urgent = /\b(urgent|asap|down)\b/i.test(text);
  // An Italian draft: a language the coach cannot read, so no verdict (as analyzeMessage says).
  if (/\bciao\b/i.test(text)) return { language: null, mode: 'async', ping: false, context: false, ask: false, deadline: null, deadlineText: null, prompts: [], urgency: 'normal', reasons: ['Focusgate coaches English, Spanish, German, French and Portuguese'] };
  return {
    language: 'en',
    mode: urgent ? 'sync' : 'async',
    ping,
    context: /\bbecause\b/.test(text),
    ask: /\?/.test(text) && !ping,
    deadline: /\bby friday\b/i.test(text) ? new Date('2026-11-27T17:00:00Z') : null,
    deadlineText: null,
    urgency: urgent ? 'high' : 'normal',
    reasons: ping ? ['Only a greeting'] : [],
    prompts: text.match(/\[fill: \w+\]/g) ?? [],
  };
}

interface Harness {
  views: CoachView[];
  actions: () => CoachActions;
  events: { kind: CoachEventKind; data?: { mode?: 'async' | 'sync' } }[];
  analyze: ReturnType<typeof vi.fn>;
  last: () => CoachView;
  setMode: (m: GateMode) => void;
  controller: ReturnType<typeof createCoachController>;
}

let teardown: (() => void)[] = [];

function start(adapter: HostAdapter, extra: Partial<CoachDeps> = {}): Harness {
  const views: CoachView[] = [];
  let latest: CoachActions | null = null;
  const events: Harness['events'] = [];
  let mode: GateMode = 'ping-only';
  const analyze = vi.fn(testAnalyze);
  const ui: CoachUi = {
    render(view, actions) {
      views.push(view);
      latest = actions;
    },
    focusPanel: () => undefined,
    owns: () => false,
    destroy: () => undefined,
  };
  const controller = createCoachController({
    adapter,
    doc: document,
    listen: (target, type, handler, options) => {
      target.addEventListener(type, handler, options);
      teardown.push(() => target.removeEventListener(type, handler, options));
    },
    analyze,
    rewrite: (text, a) => (a.ask ? { text, firstPrompt: null } : { text: `${text}\n[fill: why]\n[fill: what]`, firstPrompt: '[fill: why]' }),
    record: (kind, data) => events.push(data ? { kind, data } : { kind }),
    mountUi: async () => ui,
    gateMode: () => mode,
    // happy-dom's dispatched events are all untrusted; here they stand for the user's own.
    isUserInput: () => true,
    ...extra,
  });
  controller.start();
  teardown.push(() => controller.destroy());
  return {
    views,
    events,
    analyze,
    controller,
    actions: () => latest!,
    last: () => views[views.length - 1]!,
    setMode: (m) => (mode = m),
  };
}

/** The host page's own (bubble-phase) listener, removed after the test. */
function hostListen(type: string, handler: (e: Event) => void): void {
  document.addEventListener(type, handler);
  teardown.push(() => document.removeEventListener(type, handler));
}

async function typeInto(editor: HTMLElement, lines: string[], tag = 'p'): Promise<void> {
  setLines(editor, lines, tag);
  await vi.advanceTimersByTimeAsync(200);
}

beforeEach(() => {
  vi.useFakeTimers();
  // happy-dom does no layout: give every box a size so the panel has somewhere to sit.
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(240, 600, 600, 90));
});
afterEach(() => {
  teardown.forEach((t) => t());
  teardown = [];
  vi.useRealTimers();
});

/** Counts how often the coach's mutation observers are called back (each call is a task's worth of work for the page). */
function countMutationCallbacks(): () => number {
  const Native = globalThis.MutationObserver;
  let calls = 0;
  vi.stubGlobal(
    'MutationObserver',
    class extends Native {
      constructor(callback: MutationCallback) {
        super((records, observer) => {
          calls++;
          callback(records, observer);
        });
      }
    },
  );
  teardown.push(() => vi.unstubAllGlobals());
  return () => calls;
}

function enableSlackButtons(): void {
  document.querySelectorAll('[data-qa="texty_send_button"]').forEach((b) => {
    b.classList.remove('c-wysiwyg_container__button--disabled');
    b.setAttribute('aria-disabled', 'false');
  });
}

describe('coach controller on Slack', () => {
  let channel: HTMLElement;
  let thread: HTMLElement;
  let hostSends: string[];

  /** The coach on the channel composer with the send gate in `mode`, `lines` typed there and settled. */
  async function typedInChannel(mode: GateMode, lines: string[]): Promise<Harness> {
    const h = start(slackAdapter);
    h.setMode(mode);
    channel.focus();
    await typeInto(channel, lines);
    return h;
  }

  beforeEach(() => {
    loadFixture('slack-channel.html');
    [channel, thread] = slackComposers() as [HTMLElement, HTMLElement];
    enableSlackButtons();
    hostSends = [];
    // Slack's own handlers: Enter in the editor and a click on the send button post the draft.
    hostListen('keydown', (e) => {
      const ed = slackAdapter.composerFor(e.target);
      if (ed && (e as KeyboardEvent).key === 'Enter' && !(e as KeyboardEvent).shiftKey) hostSends.push(`enter:${slackAdapter.readText(ed)}`);
    });
    hostListen('click', (e) => {
      if ((e.target as Element).closest('[data-qa="texty_send_button"]')) hostSends.push('button');
    });
  });

  it('follows the focused composer and settles the verdict after typing stops, analysing once', async () => {
    const h = start(slackAdapter);
    thread.focus();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.last().analysis).toBeNull(); // empty draft: nothing shown

    setLines(thread, ['need the deck']);
    await vi.advanceTimersByTimeAsync(20);
    setLines(thread, ['need the deck asap']);
    await vi.advanceTimersByTimeAsync(50);
    expect(h.analyze).not.toHaveBeenCalled(); // nothing on the keystroke path
    await vi.advanceTimersByTimeAsync(200);
    expect(h.analyze).toHaveBeenCalledTimes(1);
    expect(h.last().analysis?.mode).toBe('sync');
    expect(h.last().anchor).toMatchObject({ top: 600, left: 240 });

    channel.focus();
    await typeInto(channel, ['hey']);
    expect(h.last().analysis?.ping).toBe(true);
    expect(h.events.map((e) => e.kind)).toEqual(['coach-shown', 'coach-shown', 'ping-caught']);
  });

  it('a burst of keystrokes arms one settle timer and reaches the mutation observer once, not once per keystroke, and still settles once after the last', async () => {
    const callbacks = countMutationCallbacks();
    const h = start(slackAdapter);
    channel.focus();
    await vi.advanceTimersByTimeAsync(0);
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const cleared = vi.spyOn(globalThis, 'clearTimeout');
    const draft = 'need the deck by friday';
    for (let i = 1; i <= draft.length; i++) {
      // A keystroke: its keydown, then the editor's change.
      key(channel, { key: draft[i - 1]! });
      setLines(channel, [draft.slice(0, i)]);
      await vi.advanceTimersByTimeAsync(30);
    }
    // 23 keystrokes 30 ms apart: one timer, re-armed once each time it comes due mid-burst.
    expect(timers.mock.calls.length).toBeLessThanOrEqual(6);
    expect(cleared).not.toHaveBeenCalled();
    expect(callbacks()).toBe(1);
    expect(h.analyze).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(110);
    expect(h.analyze).not.toHaveBeenCalled(); // 140 ms after the last keystroke: not yet
    await vi.advanceTimersByTimeAsync(20);
    expect(h.analyze).toHaveBeenCalledTimes(1);
    expect(h.analyze).toHaveBeenCalledWith(draft, expect.any(Date));

    // Observed again once settled: the next change (a paste, no key) is read 150 ms later.
    setLines(channel, [`${draft}, because QA found a bug`]);
    await vi.advanceTimersByTimeAsync(0);
    expect(callbacks()).toBe(2);
    await vi.advanceTimersByTimeAsync(150);
    expect(h.analyze).toHaveBeenLastCalledWith(`${draft}, because QA found a bug`, expect.any(Date));
  });

  it('reads a change made without a key while a settle is due (a paste from the menu) at that settle', async () => {
    const h = start(slackAdapter);
    channel.focus();
    await vi.advanceTimersByTimeAsync(0);
    key(channel, { key: 'h' });
    setLines(channel, ['h']);
    await vi.advanceTimersByTimeAsync(100);
    setLines(channel, ['hey, the deck is late because QA found a bug']);
    await vi.advanceTimersByTimeAsync(60);
    expect(h.analyze).toHaveBeenCalledTimes(1);
    expect(h.analyze).toHaveBeenCalledWith('hey, the deck is late because QA found a bug', expect.any(Date));
    expect(h.last().analysis?.context).toBe(true);
  });

  it('does not re-render the panel when what it shows is unchanged (scrolls, same draft settled again)', async () => {
    const h = start(slackAdapter);
    channel.focus();
    await typeInto(channel, ['the deck is late because of QA, can you check?']);
    const rendered = h.views.length;
    window.dispatchEvent(new Event('scroll'));
    await vi.advanceTimersByTimeAsync(50);
    // A mutation that leaves the same text settles to the same (cached) analysis.
    await typeInto(channel, ['the deck is late because of QA, can you check?']);
    expect(h.views).toHaveLength(rendered);

    await typeInto(channel, ['the deck is late because of QA, can you check by friday?']);
    expect(h.views).toHaveLength(rendered + 1);
    vi.mocked(Element.prototype.getBoundingClientRect).mockReturnValue(new DOMRect(240, 500, 600, 190));
    window.dispatchEvent(new Event('resize'));
    await vi.advanceTimersByTimeAsync(50);
    expect(h.views).toHaveLength(rendered + 2);
    expect(h.last().anchor).toMatchObject({ top: 500, height: 190 });
  });

  it('does not re-render the panel when a new analysis differs only in what the panel does not show', async () => {
    // The real analyser's result carries fields the panel does not show (complexity, decision),
    // and each settle makes a new object with a new deadline Date.
    const h = start(slackAdapter, {
      analyze: vi.fn((text: string) => ({ ...testAnalyze(text), complexity: text.length > 50 ? 'medium' : 'low', decision: 'none' })),
    });
    channel.focus();
    await typeInto(channel, ['the deck is late because of QA, can you check by friday?']);
    const rendered = h.views.length;
    const shown = h.last().analysis;
    await typeInto(channel, ['the deck is late because of QA, can you check it by friday?']);
    await typeInto(channel, ['the deck is late because of QA again, can you check it by friday?']);
    expect(h.views).toHaveLength(rendered);
    expect(h.last().analysis).toBe(shown);

    // A change it shows renders: the ask goes.
    await typeInto(channel, ['the deck is late because of QA again, check it by friday']);
    expect(h.views).toHaveLength(rendered + 1);
    expect(h.last().analysis?.ask).toBe(false);
  });

  it('records coach-shown once per composer session however much is typed', async () => {
    const h = start(slackAdapter);
    channel.focus();
    await typeInto(channel, ['the deck']);
    await typeInto(channel, ['the deck is late because of QA']);
    await typeInto(channel, ['the deck is late because of QA, can you check?']);
    expect(h.events.filter((e) => e.kind === 'coach-shown')).toHaveLength(1);
  });

  it('holds Enter on a bare ping, then "Send anyway" sends through the host send button', async () => {
    const h = start(slackAdapter);
    channel.focus();
    await typeInto(channel, ['hey @sam']);
    const enter = key(channel, { key: 'Enter' });
    expect(enter.defaultPrevented).toBe(true);
    expect(hostSends).toEqual([]);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.last().gate).toBe('ping');
    expect(h.events.at(-1)).toEqual({ kind: 'send-held', data: { mode: 'async' } });

    h.actions().sendAnyway();
    expect(hostSends).toEqual(['button']);
    expect(h.last().gate).toBeNull();
    expect(h.events.at(-1)?.kind).toBe('sent-anyway');
  });

  it('a send the page dispatches itself (untrusted) is neither held nor recorded', async () => {
    // The controller's own default: only events the browser marks as the user's (isTrusted).
    const h = start(slackAdapter, { isUserInput: undefined });
    channel.focus();
    await typeInto(channel, ['hey @sam']);
    expect(h.last().analysis?.ping).toBe(true);
    const enter = key(channel, { key: 'Enter' });
    expect(enter.isTrusted).toBeFalsy(); // happy-dom leaves it undefined; a browser says false
    expect(enter.defaultPrevented).toBe(false);
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
      expect(mouse(document.querySelector('[data-qa="texty_send_button"]')!, type).defaultPrevented).toBe(false);
    }
    await vi.advanceTimersByTimeAsync(0);
    expect(hostSends).toEqual(['enter:hey @sam', 'button']);
    expect(h.last().gate).toBeNull();
    expect(h.events.map((e) => e.kind)).not.toContain('send-held');
  });

  it('never holds a send it could not complete: without the send button, Enter on a bare ping goes to Slack', async () => {
    document.querySelectorAll('[data-qa="texty_send_button"]').forEach((b) => b.remove());
    const h = start(slackAdapter);
    channel.focus();
    await typeInto(channel, ['hey @sam']);
    expect(h.last().analysis?.ping).toBe(true); // the coach still reads the draft
    const enter = key(channel, { key: 'Enter' });
    expect(enter.defaultPrevented).toBe(false);
    expect(hostSends).toEqual(['enter:hey @sam']);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.last().gate).toBeNull();
    expect(h.events.map((e) => e.kind)).not.toContain('send-held');
  });

  it('tells site health whether a rewrite landed', async () => {
    const landed: boolean[] = [];
    const h = start({ ...slackAdapter, replaceDraft: () => false }, { rewriteLanded: (ok) => landed.push(ok) });
    channel.focus();
    await typeInto(channel, ['hey']);
    h.actions().rewrite();
    const h2 = start(slackAdapter, { rewriteLanded: (ok) => landed.push(ok) });
    thread.focus();
    await typeInto(thread, ['hey']);
    h2.actions().rewrite();
    expect(landed).toEqual([false, true]);
  });

  it('closes the gate on an Escape pressed before focus reached the dialog, and keeps it from the host', async () => {
    const h = start(slackAdapter);
    channel.focus();
    await typeInto(channel, ['hey @sam']);
    key(channel, { key: 'Enter' });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.last().gate).toBe('ping');
    const escape = key(channel, { key: 'Escape' });
    expect(escape.defaultPrevented).toBe(true);
    expect(h.last().gate).toBeNull();
    expect(document.activeElement).toBe(channel);
    expect(hostSends).toEqual([]);
    // With no gate open, Escape is the host's again.
    expect(key(channel, { key: 'Escape' }).defaultPrevented).toBe(false);
  });

  it('"Add context" closes the gate, puts focus back in the draft, sends nothing, and notes the edit once', async () => {
    const h = start(slackAdapter);
    thread.focus();
    await typeInto(thread, ['ping']);
    key(thread, { key: 'Enter' });
    await vi.advanceTimersByTimeAsync(0);
    (document.activeElement as HTMLElement | null)?.blur();
    h.actions().backToDraft();
    expect(h.last().gate).toBeNull();
    expect(document.activeElement).toBe(thread);
    expect(hostSends).toEqual([]);
    await typeInto(thread, ['ping: is the deck final?']);
    await typeInto(thread, ['ping: is the deck final? because legal asked']);
    expect(h.events.filter((e) => e.kind === 'edited-after-hold')).toHaveLength(1);
  });

  it('notes the edit after "Add context" when the writer types straight through to Enter, with no pause to settle', async () => {
    const h = start(slackAdapter);
    thread.focus();
    await typeInto(thread, ['ping']);
    // A key before the settle: the observer is off until the draft settles.
    setLines(thread, ['ping?']);
    await vi.advanceTimersByTimeAsync(20);
    key(thread, { key: 'Enter' });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.last().gate).toBe('ping');
    h.actions().backToDraft();
    setLines(thread, ['ping? is the deck final, legal asked for it by Friday']);
    key(thread, { key: 'a' });
    await vi.advanceTimersByTimeAsync(20);
    expect(key(thread, { key: 'Enter' }).defaultPrevented).toBe(false);
    expect(h.events.filter((e) => e.kind === 'edited-after-hold')).toHaveLength(1);
  });

  it('does not count "Add context" as an edit when the draft goes out unchanged', async () => {
    const h = start(slackAdapter);
    h.setMode('ping-only');
    thread.focus();
    await typeInto(thread, ['ping']);
    key(thread, { key: 'Enter' });
    await vi.advanceTimersByTimeAsync(0);
    h.actions().backToDraft();
    await vi.advanceTimersByTimeAsync(500);
    key(thread, { key: 'Enter' });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.last().gate).toBe('ping');
    h.actions().sendAnyway();
    expect(h.events.map((e) => e.kind)).not.toContain('edited-after-hold');
  });

  it.each([
    ['Shift+Enter', { key: 'Enter', shiftKey: true }],
    ['Enter during IME composition', { key: 'Enter', isComposing: true }],
    ['Enter with keyCode 229 (IME)', { key: 'Enter', keyCode: 229 }],
  ])('never holds %s', async (_name, init) => {
    const h = start(slackAdapter);
    channel.focus();
    await typeInto(channel, ['hi']);
    expect(key(channel, init).defaultPrevented).toBe(false);
    expect(h.events.some((e) => e.kind === 'send-held')).toBe(false);
  });

  it('never holds Enter between compositionstart and compositionend', async () => {
    start(slackAdapter);
    channel.focus();
    await typeInto(channel, ['hi']);
    channel.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    expect(key(channel, { key: 'Enter' }).defaultPrevented).toBe(false);
    channel.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }));
    expect(key(channel, { key: 'Enter' }).defaultPrevented).toBe(true);
  });

  it.each([
    ['aria-expanded', (ed: HTMLElement) => ed.setAttribute('aria-expanded', 'true')],
    ['aria-activedescendant', (ed: HTMLElement) => ed.setAttribute('aria-activedescendant', 'texty_autocomplete_option_0')],
    [
      'a visible listbox',
      () => {
        const list = document.createElement('div');
        list.setAttribute('role', 'listbox');
        document.querySelector('.ReactModalPortal')!.append(list);
      },
    ],
  ])('lets Enter pick an autocomplete suggestion (%s)', async (_name, open) => {
    start(slackAdapter);
    channel.focus();
    await typeInto(channel, ['hey @al']);
    open(channel);
    expect(key(channel, { key: 'Enter' }).defaultPrevented).toBe(false);
    expect(hostSends).toEqual(['enter:hey @al']);
  });

  it('lets a message with its question through in ping-only, and holds urgent ones only in always-ask', async () => {
    const h = start(slackAdapter);
    channel.focus();
    await typeInto(channel, ['prod is down, can you look asap?']);
    expect(key(channel, { key: 'Enter' }).defaultPrevented).toBe(false);
    h.setMode('always-ask');
    expect(key(channel, { key: 'Enter' }).defaultPrevented).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.last().gate).toBe('sync');
    h.actions().backToDraft();
    h.setMode('off');
    await typeInto(channel, ['hi']);
    expect(key(channel, { key: 'Enter' }).defaultPrevented).toBe(false);
  });

  it('shows a draft in a language it cannot read without a verdict: nothing held, recorded or rewritten', async () => {
    const h = await typedInChannel('always-ask', ['ciao, il sito è giù, urgente!']);
    expect(h.last().analysis?.language).toBeNull();
    h.actions().rewrite();
    expect(slackAdapter.readText(channel)).toBe('ciao, il sito è giù, urgente!');
    expect(key(channel, { key: 'Enter' }).defaultPrevented).toBe(false);
    expect(hostSends).toEqual(['enter:ciao, il sito è giù, urgente!']);
    expect(h.events).toEqual([]);
  });

  it('shows nothing while the draft’s language is still loading, then reads it again on refresh', async () => {
    let loaded = false;
    const h = start(slackAdapter, { analyze: (text) => (loaded ? testAnalyze(text) : null) });
    channel.focus();
    await typeInto(channel, ['hey']);
    expect(h.last().analysis).toBeNull();
    loaded = true;
    h.controller.refresh();
    expect(h.last().analysis?.ping).toBe(true);
    expect(key(channel, { key: 'Enter' }).defaultPrevented).toBe(true);
    expect(h.events.map((e) => e.kind)).toEqual(['coach-shown', 'ping-caught', 'send-held']);
  });

  it('ordinary typing reaches no keyup listener of ours; a held Enter\'s keyup is kept from Slack even after another key\'s', async () => {
    const keyups: string[] = [];
    const h = start(slackAdapter, {
      listen: (target, type, handler, options) => {
        const counted: EventListener = (event) => (keyups.push((event as KeyboardEvent).key), handler(event));
        if (type === 'keyup') target.addEventListener(type, counted, options);
        else target.addEventListener(type, handler, options);
        teardown.push(() => target.removeEventListener(type, type === 'keyup' ? counted : handler, options));
      },
    });
    channel.focus();
    await typeInto(channel, ['hey']);
    for (const k of ['h', 'e', 'y']) expect(key(channel, { key: k }, 'keyup').defaultPrevented).toBe(false);
    expect(keyups).toEqual([]);
    h.controller.refresh();
    expect(key(channel, { key: 'Enter' }).defaultPrevented).toBe(true);
    expect(key(channel, { key: 'Shift' }, 'keyup').defaultPrevented).toBe(false);
    expect(key(channel, { key: 'Enter' }, 'keyup').defaultPrevented).toBe(true);
    // Once it is kept, typing again reaches no keyup listener of ours.
    expect(key(channel, { key: 'a' }, 'keyup').defaultPrevented).toBe(false);
    expect(keyups).toEqual(['Shift', 'Enter']);
  });

  it('a send pressed while the rules load waits for them: a bare ping is then held, its keyup kept from Slack', async () => {
    let loaded = false;
    const h = start(slackAdapter, { analyze: (text) => (loaded ? testAnalyze(text) : null) });
    channel.focus();
    await typeInto(channel, ['hey']);
    expect(key(channel, { key: 'Enter' }).defaultPrevented).toBe(true);
    expect(key(channel, { key: 'Enter' }, 'keyup').defaultPrevented).toBe(true);
    // A second Enter while waiting is kept too, and starts no second wait.
    expect(key(channel, { key: 'Enter' }).defaultPrevented).toBe(true);
    await vi.advanceTimersByTimeAsync(100);
    expect(hostSends).toEqual([]);
    loaded = true;
    h.controller.refresh();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.last().gate).toBe('ping');
    expect(h.events.map((e) => e.kind)).toEqual(['coach-shown', 'ping-caught', 'send-held']);
    await vi.advanceTimersByTimeAsync(RULES_WAIT_MS);
    expect(hostSends).toEqual([]);
  });

  it('a send that waited for the rules goes out through the send button once they say it is fine, or when they never come', async () => {
    let loaded = false;
    const h = start(slackAdapter, { analyze: (text) => (loaded ? testAnalyze(text) : null) });
    channel.focus();
    await typeInto(channel, ['I am updating the onboarding doc because the new hires start Monday, can you review it?']);
    expect(key(channel, { key: 'Enter' }).defaultPrevented).toBe(true);
    // Another language's rules arriving first (refresh, still unread) does not end the wait.
    h.controller.refresh();
    expect(hostSends).toEqual([]);
    loaded = true;
    h.controller.refresh();
    expect(hostSends).toEqual(['button']);
    expect(h.last().gate).toBeNull();

    loaded = false;
    await typeInto(channel, ['hey']);
    expect(key(channel, { key: 'Enter' }).defaultPrevented).toBe(true);
    await vi.advanceTimersByTimeAsync(RULES_WAIT_MS - 10);
    expect(hostSends).toEqual(['button']);
    await vi.advanceTimersByTimeAsync(20);
    // Unread after the wait: it goes out, unheld (the coach never keeps a send it cannot judge).
    expect(hostSends).toEqual(['button', 'button']);
    expect(h.events.map((e) => e.kind)).not.toContain('send-held');
  });

  it('a send waiting for the rules goes out when the coach is turned off or torn down meanwhile', async () => {
    const h = start(slackAdapter, { analyze: () => null });
    channel.focus();
    await typeInto(channel, ['hey']);
    key(channel, { key: 'Enter' });
    h.controller.setEnabled(false);
    expect(hostSends).toEqual(['button']);
    h.controller.setEnabled(true);
    channel.focus();
    await typeInto(channel, ['hey again']);
    key(channel, { key: 'Enter' });
    h.controller.destroy();
    expect(hostSends).toEqual(['button', 'button']);
  });

  it('with the gate off, a send never waits for the rules', async () => {
    const h = start(slackAdapter, { analyze: () => null });
    h.setMode('off');
    channel.focus();
    await typeInto(channel, ['hey']);
    expect(key(channel, { key: 'Enter' }).defaultPrevented).toBe(false);
    expect(hostSends).toEqual(['enter:hey']);
  });

  it('"Not so" on a ping verdict clears it for this draft: the panel says so and the send goes through', async () => {
    const h = start(slackAdapter, {
      analyze: (text) => {
        const a = testAnalyze(text);
        // The analyser's reason lines: the ping's goes with it, the others stay.
        const reasons = a.ping ? ["Bare ping: it doesn't say what you need", 'No context'] : ['No context'];
        return { ...a, reasons, evidence: a.ping ? [{ about: 'ping' as const, why: 'nothing but a greeting', quote: text }] : [] };
      },
    });
    channel.focus();
    await typeInto(channel, ['hey @sam']);
    expect(h.last().analysis?.ping).toBe(true);
    h.actions().dismiss('ping');
    expect(h.last().analysis?.ping).toBe(false);
    expect(h.last().analysis?.reasons).toEqual(['No context']);
    expect(h.last().analysis?.evidence).toEqual([]);
    expect(key(channel, { key: 'Enter' }).defaultPrevented).toBe(false);
    expect(hostSends).toEqual(['enter:hey @sam']);
    // The next draft is judged afresh.
    await typeInto(channel, ['hey @sam']);
    expect(h.last().analysis?.ping).toBe(true);
  });

  it('holds a draft for being better said live once: after "Add context", the same draft sends', async () => {
    const h = await typedInChannel('always-ask', ['prod is down, can you look asap?']);
    expect(key(channel, { key: 'Enter' }).defaultPrevented).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.last().gate).toBe('sync');
    h.actions().backToDraft();
    await typeInto(channel, ['prod is down since 9, can you look asap?']);
    expect(key(channel, { key: 'Enter' }).defaultPrevented).toBe(false);
    expect(h.events.filter((e) => e.kind === 'send-held')).toHaveLength(1);
    // A ping is still held, however often (it says nothing yet).
    await typeInto(channel, ['hey']);
    expect(key(channel, { key: 'Enter' }).defaultPrevented).toBe(true);
  });

  it('never holds the same draft for being better said live twice, even unchanged', async () => {
    const h = await typedInChannel('always-ask', ['prod is down, can you look asap?']);
    expect(key(channel, { key: 'Enter' }).defaultPrevented).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    h.actions().backToDraft();
    expect(key(channel, { key: 'Enter' }).defaultPrevented).toBe(false);
    expect(hostSends).toEqual(['enter:prod is down, can you look asap?']);
    expect(h.events.filter((e) => e.kind === 'send-held')).toHaveLength(1);
    // A new draft is judged afresh.
    await typeInto(channel, ['payments are down, can you look asap?']);
    expect(key(channel, { key: 'Enter' }).defaultPrevented).toBe(true);
  });

  it('"Make it async" adds prompts through the adapter, selects the first, and Enter is held until they are filled', async () => {
    const h = start(slackAdapter);
    channel.focus();
    await typeInto(channel, ['hey']);
    h.actions().rewrite();
    expect(slackAdapter.readText(channel)).toBe('hey\n[fill: why]\n[fill: what]');
    expect(document.getSelection()?.toString()).toBe('[fill: why]');
    // Nothing counted yet: an unfilled template is not a ping turned into a message.
    expect(h.events.map((e) => e.kind)).not.toContain('rewrite-applied');

    await vi.advanceTimersByTimeAsync(200);
    expect(key(channel, { key: 'Enter' }).defaultPrevented).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.last().gate).toBe('prompt');
    expect(hostSends).toEqual([]);
    // "Fill them in" goes back to the first prompt still unfilled.
    await typeInto(channel, ['hey', 'I am fixing the login page', '[fill: what]']);
    h.actions().backToDraft();
    expect(h.last().gate).toBeNull();
    expect(document.getSelection()?.toString()).toBe('[fill: what]');

    await typeInto(channel, ['hey', 'I am fixing the login page', 'can you review it?']);
    expect(key(channel, { key: 'Enter' }).defaultPrevented).toBe(false);
    expect(hostSends).toEqual(['enter:hey\nI am fixing the login page\ncan you review it?']);
    expect(h.events.filter((e) => e.kind === 'rewrite-applied')).toEqual([{ kind: 'rewrite-applied', data: { mode: 'async' } }]);
    expect(h.events.map((e) => e.kind)).not.toContain('edited-after-hold');
  });

  it('an editor that takes the rewrite later (CKEditor): the prompt is selected once the text is there, not before', async () => {
    let land: (() => void) | null = null;
    const later: HostAdapter = {
      ...slackAdapter,
      replaceDraft: (composer, text) =>
        new Promise<boolean>((resolve) => {
          land = () => {
            slackAdapter.replaceDraft(composer, text);
            resolve(true);
          };
        }),
    };
    const h = start(later);
    channel.focus();
    await typeInto(channel, ['hey']);
    document.getSelection()?.removeAllRanges();
    h.actions().rewrite();
    expect(slackAdapter.readText(channel)).toBe('hey');
    expect(document.getSelection()?.toString()).toBe('');
    land!();
    await vi.advanceTimersByTimeAsync(0);
    expect(slackAdapter.readText(channel)).toBe('hey\n[fill: why]\n[fill: what]');
    expect(document.getSelection()?.toString()).toBe('[fill: why]');
    await vi.advanceTimersByTimeAsync(200);
    expect(key(channel, { key: 'Enter' }).defaultPrevented).toBe(true);
  });

  it('a rewrite sent anyway with its prompts unfilled is not counted as a message made async', async () => {
    const h = start(slackAdapter);
    channel.focus();
    await typeInto(channel, ['hey']);
    h.actions().rewrite();
    await vi.advanceTimersByTimeAsync(200);
    key(channel, { key: 'Enter' });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.last().gate).toBe('prompt');
    h.actions().sendAnyway();
    expect(h.events.map((e) => e.kind)).toContain('sent-anyway');
    expect(h.events.map((e) => e.kind)).not.toContain('rewrite-applied');
  });

  it('a draft with nothing missing is left as it is', async () => {
    const h = start(slackAdapter);
    channel.focus();
    await typeInto(channel, ['where is the deck?']);
    const before = h.views.length;
    h.actions().rewrite();
    expect(slackAdapter.readText(channel)).toBe('where is the deck?');
    expect(h.views.length).toBe(before);
  });

  it('turned off by settings: hides, and lets every send through', async () => {
    const h = start(slackAdapter);
    channel.focus();
    await typeInto(channel, ['hey']);
    h.controller.setEnabled(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.last().analysis).toBeNull();
    expect(key(channel, { key: 'Enter' }).defaultPrevented).toBe(false);
  });

  it('hides when the focused composer leaves the page (navigation)', async () => {
    const h = start(slackAdapter);
    thread.focus();
    await typeInto(thread, ['hey']);
    expect(h.last().analysis).not.toBeNull();
    document.querySelector('[data-qa="threads_flexpane"]')!.remove();
    await vi.advanceTimersByTimeAsync(1100);
    expect(h.last().analysis).toBeNull();
  });

  it('keeps the page working when the analyser throws', async () => {
    start(slackAdapter, {
      analyze: () => {
        throw new Error('boom');
      },
    });
    channel.focus();
    await typeInto(channel, ['hey']);
    expect(key(channel, { key: 'Enter' }).defaultPrevented).toBe(false);
    expect(hostSends).toEqual(['enter:hey']);
  });
});

describe('coach controller, whatever the adapter says', () => {
  it('never holds Shift+Enter or an IME Enter, even where the host counts it as a send', async () => {
    loadFixture('gmail-inbox.html');
    const [, c1] = gmailComposers() as HTMLElement[];
    // A host where every Enter in the body sends (as some mail apps do).
    const h = start({ ...gmailAdapter, sendTarget: (e) => (e instanceof KeyboardEvent && e.key === 'Enter' ? gmailAdapter.composerFor(e.target) : null) });
    c1!.focus();
    await typeInto(c1!, ['hi'], 'div');
    expect(key(c1!, { key: 'Enter', shiftKey: true }).defaultPrevented).toBe(false);
    expect(key(c1!, { key: 'Enter', ctrlKey: true, shiftKey: true }).defaultPrevented).toBe(false);
    expect(key(c1!, { key: 'Enter', keyCode: 229 }).defaultPrevented).toBe(false);
    expect(h.events.some((e) => e.kind === 'send-held')).toBe(false);
    expect(key(c1!, { key: 'Enter' }).defaultPrevented).toBe(true);
  });
});

describe('coach controller on Gmail', () => {
  it('holds a ping sent with the Send button (mousedown, mouseup and click) in one of two windows', async () => {
    loadFixture('gmail-inbox.html');
    const [, c1, c2] = gmailComposers() as HTMLElement[];
    const h = start(gmailAdapter);
    const pressed: string[] = [];
    for (const t of ['mousedown', 'mouseup', 'click']) hostListen(t, () => pressed.push(t));
    c2!.focus();
    await typeInto(c2!, ['got a sec?'], 'div');
    c1!.focus();
    await typeInto(c1!, ['Here are the onboarding notes because Sam asked. Can you review by Friday?'], 'div');
    const send2 = gmailAdapter.sendButtonFor(c2!)!;
    const send1 = gmailAdapter.sendButtonFor(c1!)!;
    for (const t of ['mousedown', 'mouseup', 'click']) expect(mouse(send2, t).defaultPrevented).toBe(true);
    expect(pressed).toEqual([]);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.last().gate).toBe('ping');
    expect(h.events.filter((e) => e.kind === 'send-held')).toHaveLength(1);

    h.actions().sendAnyway();
    expect(pressed).toEqual(['mousedown', 'mouseup', 'click']);
    pressed.length = 0;
    for (const t of ['mousedown', 'mouseup', 'click']) mouse(send1, t);
    expect(pressed).toEqual(['mousedown', 'mouseup', 'click']); // a complete message is not held
  });

  it('holds Ctrl+Enter and Space on Send (and Space\'s keyup), never plain Enter', async () => {
    loadFixture('gmail-es.html');
    const [c1] = gmailComposers() as HTMLElement[];
    start(gmailAdapter);
    c1!.focus();
    await typeInto(c1!, ['hi'], 'div');
    expect(key(c1!, { key: 'Enter' }).defaultPrevented).toBe(false);
    expect(key(c1!, { key: 'Enter', ctrlKey: true }).defaultPrevented).toBe(true);
    const send = gmailAdapter.sendButtonFor(c1!)!;
    expect(key(send, { key: ' ' }).defaultPrevented).toBe(true);
    expect(key(send, { key: ' ' }, 'keyup').defaultPrevented).toBe(true);
  });
});
