import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { getDb } from '../../../utils/db/database';
import { SAFETY_ALARM, TRANSITION_ALARM } from '../../../utils/background/focus';
import { focusStateItem } from '../../../utils/focus/state-item';

const T0 = Date.UTC(2026, 4, 6, 8, 0);

async function send(type: string, payload: unknown) {
  return fakeBrowser.runtime.sendMessage({ type, payload }) as Promise<{ ok: boolean; data?: Record<string, unknown>; error?: string }>;
}

describe('the real background entry point', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
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
  });
});
