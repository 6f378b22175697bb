import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureAlarms, startBackground } from '../../../../utils/platform/background/start';
import type { BackgroundModule } from '../../../../utils/platform/background/module';

describe('ensureAlarms', () => {
  it('creates missing alarms and never resets existing ones', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-26T10:00:00Z') });
    await fakeBrowser.alarms.create('keep', { periodInMinutes: 60, delayInMinutes: 5 });
    const before = await fakeBrowser.alarms.get('keep');
    vi.setSystemTime(new Date('2026-11-26T10:04:00Z'));
    const created = await ensureAlarms(fakeBrowser.alarms, [
      { name: 'keep', periodInMinutes: 60 },
      { name: 'fresh', periodInMinutes: 15 },
    ]);
    expect(created).toEqual(['fresh']);
    expect(await fakeBrowser.alarms.get('keep')).toEqual(before);
    expect((await fakeBrowser.alarms.get('fresh'))?.periodInMinutes).toBe(15);
    vi.useRealTimers();
  });
});

describe('startBackground', () => {
  it('registers its listeners synchronously, before any await', () => {
    void startBackground([]);
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    expect(fakeBrowser.alarms.onAlarm.hasListeners()).toBe(true);
  });

  it('calls every module’s listen() synchronously, in list order', () => {
    const order: string[] = [];
    void startBackground([
      { name: 'a', listen: () => order.push('a') },
      { name: 'b' },
      { name: 'c', listen: () => order.push('c') },
    ]);
    expect(order).toEqual(['a', 'c']);
  });

  it('refuses two modules handling the same message', () => {
    const a: BackgroundModule = { name: 'a', handlers: { getFocusState: vi.fn() } };
    const b: BackgroundModule = { name: 'b', handlers: { getFocusState: vi.fn() } };
    expect(() => startBackground([a, b])).toThrow('Two background modules handle "getFocusState"');
  });

  it('routes alarms to modules and runs each start-up even when one fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const seen: string[] = [];
    const broken: BackgroundModule = { name: 'broken', onStart: () => Promise.reject(new Error('boom')) };
    const ok: BackgroundModule = {
      name: 'ok',
      alarms: [{ name: 'ok:tick', periodInMinutes: 1 }],
      onStart: () => void seen.push('start'),
      onAlarm: (name) => void seen.push(name),
    };
    await startBackground([broken, ok]);
    expect(seen).toEqual(['start']);
    expect(await fakeBrowser.alarms.get('ok:tick')).toBeDefined();
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'ok:tick', scheduledTime: Date.now(), persistAcrossSessions: false } as Browser.alarms.Alarm);
    expect(seen).toEqual(['start', 'ok:tick']);
  });

  it('still reconciles every module when the alarms cannot be read', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.alarms, 'get').mockRejectedValueOnce(new Error('alarms unavailable'));
    const seen: string[] = [];
    const mod: BackgroundModule = { name: 'm', alarms: [{ name: 'm:tick', periodInMinutes: 1 }], onStart: () => void seen.push('start') };
    await expect(startBackground([mod])).resolves.toBeUndefined();
    expect(seen).toEqual(['start']);
    expect(error).toHaveBeenCalledWith('[focusgate] alarms', expect.any(Error));
    vi.restoreAllMocks();
  });
});
