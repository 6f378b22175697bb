import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eventsModule } from '../../../utils/stats/background/events';
import { getDb } from '../../../utils/platform/db/database';
import { createRouter, type MessageSender } from '../../../utils/platform/messaging/router';

const contentScript: MessageSender = { url: 'https://app.slack.com/client/T1/C1', tabId: 4, frameId: 0, fromExtensionPage: false };
const extensionPage: MessageSender = { url: 'chrome-extension://test-extension-id/stats.html', fromExtensionPage: true };
const dispatch = createRouter(eventsModule.handlers!);

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {}); // the router logs refused handlers
});
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(getDb().tables.map((t) => t.clear()));
});

describe('recordEvent', () => {
  it("takes a content script's site from where it runs, whatever it claims", async () => {
    expect(await dispatch({ type: 'recordEvent', payload: { kind: 'ping-caught', site: 'gmail' } }, contentScript)).toEqual({ ok: true, data: { ok: true } });
    expect(await getDb().events.toArray()).toMatchObject([{ kind: 'ping-caught', site: 'slack' }]);
  });

  it.each(['focus-completed', 'notification-held', 'digest-delivered'] as const)(
    'refuses %s from a content script: only the background records it',
    async (kind) => {
      const reply = await dispatch({ type: 'recordEvent', payload: { kind, data: { actualMinutes: 600 } } }, contentScript);
      expect(reply).toEqual({ ok: false, error: `"${kind}" events are recorded by Focusgate itself` });
      expect(await getDb().events.count()).toBe(0);
      expect(await getDb().rollups.count()).toBe(0);
    },
  );

  it('lets our own pages record any kind, with the site they name', async () => {
    const reply = await dispatch({ type: 'recordEvent', payload: { kind: 'focus-completed', site: 'extension', data: { actualMinutes: 50 } } }, extensionPage);
    expect(reply.ok).toBe(true);
    expect(await getDb().events.toArray()).toMatchObject([{ kind: 'focus-completed', site: 'extension' }]);
  });
});
