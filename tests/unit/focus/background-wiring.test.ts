import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { getDb } from '../../../utils/platform/db/database';
import { SAFETY_ALARM, TRANSITION_ALARM } from '../../../utils/focus/background';
import { focusStateItem } from '../../../utils/focus/state-item';
import { DIGEST_NOTIFICATION } from '../../../utils/notify/background';

const T0 = Date.UTC(2026, 4, 6, 8, 0);

type Reply = { ok: boolean; data?: Record<string, unknown>; error?: string };

/** Sends as the browser would from `url` (fakeBrowser's own sendMessage reports no sender). */
function send(type: string, payload: unknown, url = fakeBrowser.runtime.getURL('/popup.html')): Promise<Reply> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger({ type, payload }, { id: fakeBrowser.runtime.id, url }, (r: unknown) => resolve(r as Reply));
  });
}

describe('the real background entry point', () => {
  /** The keyboard shortcut's listener (fakeBrowser has no commands events of its own). */
  let onCommand: ((command: string) => void) | undefined;
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
    if (!getDb().isOpen()) await getDb().open(); // the previous test deleted and closed it
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((cb) => void (onCommand = cb as (command: string) => void));
  });
  afterEach(async () => {
    vi.useRealTimers();
    await getDb().delete();
    getDb().close();
  });

  it('registers the focus module: its messages, its safety alarm and its transition alarm', async () => {
    await background.main();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(SAFETY_ALARM)).toBeDefined());
    vi.setSystemTime(T0); // waitFor moves fake clocks along
    const started = await send('startFocus', { minutes: 25 });
    expect(started).toMatchObject({ ok: true, data: { active: true, endsAt: T0 + 25 * 60_000 } });
    expect((await fakeBrowser.alarms.get(TRANSITION_ALARM))?.scheduledTime).toBe(T0 + 25 * 60_000);

    // The alarm, delivered through the browser's event, ends the block.
    vi.setSystemTime(T0 + 25 * 60_000);
    await fakeBrowser.alarms.onAlarm.trigger({ name: TRANSITION_ALARM, scheduledTime: T0 + 25 * 60_000, persistAcrossSessions: false } as Browser.alarms.Alarm);
    await vi.waitFor(async () => expect((await focusStateItem.getValue()).active).toBe(false));
    const state = await send('getFocusState', {});
    expect(state).toMatchObject({ ok: true, data: { active: false } });

    // A content script on a covered site may read the state, not change it.
    const slack = 'https://app.slack.com/client/T1/C1';
    expect(await send('getFocusState', {}, slack)).toMatchObject({ ok: true, data: { active: false } });
    expect(await send('startFocus', { minutes: 25 }, slack)).toEqual({ ok: false, error: `"startFocus" is only accepted from Focusgate's own pages` });
    expect((await focusStateItem.getValue()).active).toBe(false);

    // The focus shortcut starts 25 minutes, and ends the running block when pressed again.
    onCommand?.('toggle-focus');
    await vi.waitFor(async () => expect((await focusStateItem.getValue()).active).toBe(true));
    const running = await focusStateItem.getValue();
    expect(running.endsAt! - running.startedAt!).toBe(25 * 60_000);
    onCommand?.('toggle-focus');
    await vi.waitFor(async () => expect((await focusStateItem.getValue()).active).toBe(false));
  });

  it('wires focus to the digest: a notification held during focus is delivered when focus ends', async () => {
    await background.main();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(SAFETY_ALARM)).toBeDefined());
    vi.setSystemTime(T0);
    expect(await send('startFocus', { minutes: 25 })).toMatchObject({ ok: true, data: { active: true } });
    const slack = 'https://app.slack.com/client/T1/C1';
    expect(await send('notify', { title: 'Alice', body: 'lunch?' }, slack)).toEqual({ ok: true, data: { action: 'hold', id: expect.any(String) } });
    const digests = () =>
      Object.entries(fakeBrowser.notifications.getAllCreateOptions() as Record<string, { message: string }>)
        .filter(([id]) => id.startsWith(DIGEST_NOTIFICATION))
        .map(([, n]) => n.message);
    expect(digests()).toEqual([]);
    vi.setSystemTime(T0 + 5 * 60_000);
    expect(await send('endFocus', {})).toMatchObject({ ok: true, data: { active: false } });
    await vi.waitFor(() => expect(digests()).toEqual(['While you focused: 1 Slack']));
  });
});
