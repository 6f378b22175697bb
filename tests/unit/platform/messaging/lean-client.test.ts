import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MessageError, send } from '../../../../utils/platform/messaging/lean-client';
import { getSettingsFromBackground, watchSettingsFromBackground } from '../../../../utils/platform/settings/remote';
import { settingsModule } from '../../../../utils/platform/settings/background';
import { createRouter } from '../../../../utils/platform/messaging/router';
import { DEFAULT_SETTINGS } from '../../../../utils/platform/settings/schema';

function answer(fn: (message: unknown) => unknown) {
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    Promise.resolve(fn(message)).then(sendResponse);
    return true;
  });
}

describe('lean send', () => {
  it('unwraps an ok reply', async () => {
    answer(() => ({ ok: true, data: { ok: true } }));
    await expect(send('recordEvent', { kind: 'coach-shown' })).resolves.toEqual({ ok: true });
  });

  it.each([
    [{ ok: false, error: 'Invalid "recordEvent" message: kind' }, 'recordEvent: Invalid "recordEvent" message: kind'],
    ['nope', 'recordEvent: malformed reply'],
    [{ ok: 'yes' }, 'recordEvent: malformed reply'],
    [undefined, 'recordEvent: malformed reply'],
  ])('rejects %j', async (reply, error) => {
    answer(() => reply);
    await expect(send('recordEvent', { kind: 'coach-shown' })).rejects.toThrow(new MessageError('recordEvent', error.replace('recordEvent: ', '')));
  });
});

describe('settings from the background', () => {
  it('are read through the background, validated there', async () => {
    await fakeBrowser.storage.sync.set({ settings: { gateMode: 'always-ask', retentionDays: 'forever' } });
    const dispatch = createRouter(settingsModule.handlers!);
    answer((m) => dispatch(m, { fromExtensionPage: false, url: 'https://app.slack.com/client/T1/C1' }));
    expect(await getSettingsFromBackground()).toEqual({ ...DEFAULT_SETTINGS, gateMode: 'always-ask' });
  });

  it('are read again when the sync area changes, and not after unwatching', async () => {
    const dispatch = createRouter(settingsModule.handlers!);
    answer((m) => dispatch(m, { fromExtensionPage: false }));
    const seen = vi.fn();
    const stop = watchSettingsFromBackground(seen);
    await fakeBrowser.storage.sync.set({ settings: { gateMode: 'off' } });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, gateMode: 'off' }));
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    stop();
    await fakeBrowser.storage.sync.set({ settings: { gateMode: 'ping-only' } });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toHaveBeenCalledTimes(1);
  });
});
