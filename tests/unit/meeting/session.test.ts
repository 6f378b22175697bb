// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { calendarAdapter } from '../../../utils/meeting/calendar-adapter';
import { startSession, type MeetingSessionOptions } from '../../../utils/meeting/session';
import type { MeetingView } from '../../../utils/meeting/types';
import { $, loadFixture } from './calendar-fixture';

/*
 * The meeting session on Calendar's event editor, with the page acting alone: events a page
 * script dispatches are untrusted (happy-dom's, like a browser's for dispatchEvent). The page
 * must not get a save recorded, nor focus blocks looked up for dates it set.
 */
let ctx: ContentScriptContext;
let messages: { type: string; payload: Record<string, unknown> }[];
let views: MeetingView[];

function start(options: Partial<MeetingSessionOptions> = {}) {
  const editor = calendarAdapter.findEditor(document)!;
  return startSession(ctx, calendarAdapter, editor, {
    css: '',
    createRenderer: () => ({ render: (view) => void views.push(view), destroy: () => undefined }),
    hours: () => ({ start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] }),
    ...options,
  });
}

/** The page's own script types into a field (untrusted input). */
function pageTypes(sel: string, value: string): void {
  const input = $<HTMLInputElement>(sel);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const kinds = () => messages.filter((m) => m.type === 'recordEvent').map((m) => m.payload.kind);
const overlapLookups = () => messages.filter((m) => m.type === 'getOverlaps');

beforeEach(() => {
  loadFixture();
  ctx = new ContentScriptContext('calendar');
  messages = [];
  views = [];
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const m = message as { type: string; payload: Record<string, unknown> };
    messages.push(m);
    sendResponse({ ok: true, data: m.type === 'getOverlaps' ? { blocks: [{ id: 'b1', start: 0, end: 1, status: 'scheduled' }] } : { ok: true } });
    return true;
  });
});
afterEach(() => {
  ctx.abort();
  fakeBrowser.reset();
});

describe('meeting session, the page acting alone', () => {
  it('gives the first analysis and the panel’s first render a task each, apart from the start', () => {
    const tasks: (() => void)[] = [];
    vi.spyOn(ctx, 'setTimeout').mockImplementation((task: () => void) => (tasks.push(task), 0));
    const read = vi.spyOn(calendarAdapter, 'readEvent');
    const session = start();
    expect(read).not.toHaveBeenCalled();
    tasks.shift()!(); // the first analysis (its regular expressions compile): no render yet
    expect(read).toHaveBeenCalledTimes(1);
    expect(views).toEqual([]);
    tasks.shift()!(); // the panel's first render
    expect(views).toHaveLength(1);
    session.stop();
  });

  it('records no save for a Save click the page dispatches; the user’s own counts', async () => {
    const session = start();
    await vi.waitFor(() => expect(kinds()).toContain('meeting-coach-shown'));
    $('button[aria-label="Save"]').click(); // untrusted: a page script's click()
    await new Promise((r) => setTimeout(r, 50));
    expect(kinds()).not.toContain('meeting-saved');
    session.stop();

    // The same click as the user's (what a browser marks isTrusted) is recorded.
    const trusted = start({ isUserInput: () => true });
    $('button[aria-label="Save"]').click();
    await vi.waitFor(() => expect(kinds()).toContain('meeting-saved'));
    trusted.stop();
  });

  it('looks up no focus blocks for dates the page sets, only after the user’s own input in the editor', async () => {
    const session = start();
    await vi.waitFor(() => expect(views.length).toBeGreaterThan(0));
    $('#xStDaIn').setAttribute('data-date', '20261201');
    $('#xEnDaIn').setAttribute('data-date', '20261201');
    pageTypes('#xTiIn', 'Probe');
    await new Promise((r) => setTimeout(r, 300));
    expect(overlapLookups()).toEqual([]);
    expect(views.at(-1)?.model.overlappingBlocks).toBeNull();
    session.stop();

    // The user's own keystroke in the editor: from then on the panel may say what it overlaps.
    let user = false;
    const trusted = start({ isUserInput: () => user });
    pageTypes('#xTiIn', 'Still the page');
    await new Promise((r) => setTimeout(r, 300));
    expect(overlapLookups()).toEqual([]);
    user = true;
    $('#xTiIn').dispatchEvent(new KeyboardEvent('keyup', { key: 'a', bubbles: true }));
    await vi.waitFor(() => expect(overlapLookups()).toHaveLength(1));
    await vi.waitFor(() => expect(views.at(-1)?.model.overlappingBlocks).toBe(1));
    trusted.stop();
  });
});
