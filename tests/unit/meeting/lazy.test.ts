// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { calendarAdapter } from '../../../utils/meeting/calendar-adapter';
import { startWhenEventEditorOpens } from '../../../utils/meeting/lazy';
import { $, loadFixture } from './calendar-fixture';

/** The meeting coach's part as the loader gets it: a coach whose every look is recorded. */
const looks: (EventTarget | null | undefined)[] = [];
const started = vi.fn();
vi.mock('../../../utils/platform/lazy-part', () => ({
  loadPart: async () => ({
    start: () => {
      started();
      return { look: (target?: EventTarget | null) => void looks.push(target) };
    },
  }),
}));

/** The user's own key or click (a browser marks it isTrusted; dispatchEvent's are not). */
function userEvent(target: EventTarget, type: string): void {
  const e = type === 'keydown' ? new KeyboardEvent(type, { bubbles: true, key: 'a' }) : new Event(type, { bubbles: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  target.dispatchEvent(e);
}

let ctx: ContentScriptContext;
beforeEach(() => {
  loadFixture();
  looks.length = 0;
  started.mockClear();
  ctx = new ContentScriptContext('calendar');
});
afterEach(() => {
  ctx.abort();
  fakeBrowser.reset();
});

describe('startWhenEventEditorOpens', () => {
  it('starts the coach on the user’s first key in the editor, not because the editor is there nor for the page’s own key', async () => {
    startWhenEventEditorOpens(ctx, 'calendar', calendarAdapter);
    $('#xTiIn').dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'a' })); // the page's
    await new Promise((r) => setTimeout(r, 0));
    expect(started).not.toHaveBeenCalled();
    userEvent($('#xTiIn'), 'keydown');
    await vi.waitFor(() => expect(looks).toEqual([$('#xTiIn')]));
    expect(started).toHaveBeenCalledOnce();
  });

  it('keeps no click or key listener once the coach has started: typing in the editor runs nothing of the loader', async () => {
    startWhenEventEditorOpens(ctx, 'calendar', calendarAdapter);
    userEvent($('#xTiIn'), 'pointerdown');
    await vi.waitFor(() => expect(looks).toHaveLength(1));
    for (let i = 0; i < 5; i++) userEvent($('#xTiIn'), 'keydown');
    userEvent($('#xTiIn'), 'pointerdown');
    await new Promise((r) => setTimeout(r, 0));
    expect(looks).toHaveLength(1);
    // It still follows focus to the editor's fields.
    $('#xTiIn').dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await vi.waitFor(() => expect(looks).toHaveLength(2));
    expect(started).toHaveBeenCalledOnce();
  });
});
