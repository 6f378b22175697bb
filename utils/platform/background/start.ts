import { browser } from '#imports';
import { createRouter, type Handlers, type MessageSender } from '../messaging/router';
import type { AlarmSpec, BackgroundModule } from './module';

type Alarms = Pick<typeof browser.alarms, 'get' | 'create'>;

/** Creates each alarm only if it does not exist, so a worker restart never pushes one back. */
export async function ensureAlarms(alarms: Alarms, specs: readonly AlarmSpec[]): Promise<string[]> {
  const created: string[] = [];
  for (const spec of specs) {
    if (await alarms.get(spec.name)) continue;
    await alarms.create(spec.name, {
      periodInMinutes: spec.periodInMinutes,
      delayInMinutes: spec.delayInMinutes ?? spec.periodInMinutes,
    });
    created.push(spec.name);
  }
  return created;
}

function senderOf(sender: Browser.runtime.MessageSender): MessageSender {
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  const url = sender.url ?? sender.tab?.url;
  return {
    url,
    tabId: sender.tab?.id,
    frameId: sender.frameId,
    fromExtensionPage: sender.id === browser.runtime.id && !!url && new URL(url).origin === extensionOrigin,
  };
}

/**
 * Wires the modules. Everything here runs synchronously in the worker's first turn, so events
 * that woke the worker are not missed; the async work (alarms, reconciliation) comes after.
 */
export function startBackground(modules: readonly BackgroundModule[]): Promise<void> {
  const handlers: Handlers = {};
  for (const m of modules) {
    for (const [type, handler] of Object.entries(m.handlers ?? {})) {
      if (type in handlers) throw new Error(`Two background modules handle "${type}"`);
      (handlers as Record<string, unknown>)[type] = handler;
    }
  }
  const dispatch = createRouter(handlers);

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    dispatch(message, senderOf(sender)).then(sendResponse);
    return true;
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    for (const m of modules) void Promise.resolve(m.onAlarm?.(alarm.name)).catch((e) => console.error(`[focusgate] ${m.name} alarm`, e));
  });
  for (const m of modules) m.listen?.();

  return (async () => {
    try {
      await ensureAlarms(browser.alarms, modules.flatMap((m) => m.alarms ?? []));
    } catch (e) {
      console.error('[focusgate] alarms', e); // the next start tries again; reconciliation still runs
    }
    for (const m of modules) {
      try {
        await m.onStart?.();
      } catch (e) {
        console.error(`[focusgate] ${m.name} start-up`, e);
      }
    }
  })();
}
