import { describe, expect, it, vi } from 'vitest';
import { watchFocusActive } from '../../../utils/focus/active-watch';
import { GUARD_SCRIPT_ID, guardFile, pushFocusToOpenPages, registerGuard } from '../../../utils/notify/guard-registration';

type Script = { id: string; js?: string[]; matches?: string[]; matchOriginAsFallback?: boolean; world?: string; runAt?: string };

/** chrome.scripting's registry of dynamic content scripts, optionally refusing matchOriginAsFallback (as Firefox may). */
function fakeScripting(refuseFallback = false) {
  const scripts = new Map<string, Script>();
  const calls: string[] = [];
  const check = (s: Script) => {
    if (refuseFallback && 'matchOriginAsFallback' in s) throw new Error('Unexpected property "matchOriginAsFallback"');
  };
  return {
    scripts,
    calls,
    api: {
      getRegisteredContentScripts: async (filter?: { ids?: string[] }) => [...scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
      registerContentScripts: async (list: Script[]) => {
        calls.push('register');
        for (const s of list) {
          if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          check(s);
          scripts.set(s.id, s);
        }
      },
      updateContentScripts: async (list: Script[]) => {
        calls.push('update');
        for (const s of list) {
          check(s);
          scripts.set(s.id, { ...scripts.get(s.id)!, ...s });
        }
      },
    } as unknown as Parameters<typeof registerGuard>[0],
  };
}

const MATCHES = ['https://app.slack.com/*', 'https://mail.google.com/*'];

describe('guard registration', () => {
  it('registers the variant for the focus state, in the page world at document start in every frame, and switches it', async () => {
    const f = fakeScripting();
    await registerGuard(f.api, false, MATCHES);
    expect(f.scripts.get(GUARD_SCRIPT_ID)).toMatchObject({
      js: [guardFile(false)],
      matches: MATCHES,
      world: 'MAIN',
      runAt: 'document_start',
      allFrames: true,
      matchOriginAsFallback: true,
      persistAcrossSessions: true,
    });
    await registerGuard(f.api, true, MATCHES);
    expect(f.scripts.get(GUARD_SCRIPT_ID)?.js).toEqual(['content-scripts/notify-guard-on.js']);
    await registerGuard(f.api, true, MATCHES);
    expect(f.calls).toEqual(['register', 'update']);
  });

  it('registers without matchOriginAsFallback where the browser refuses it', async () => {
    const f = fakeScripting(true);
    await registerGuard(f.api, true, MATCHES);
    expect(f.scripts.get(GUARD_SCRIPT_ID)).toMatchObject({ js: [guardFile(true)], world: 'MAIN' });
    expect(f.scripts.get(GUARD_SCRIPT_ID)).not.toHaveProperty('matchOriginAsFallback');
  });

  it('pushes a focus change into every frame of each open covered tab, where the bridge’s watcher hears it before it reads storage', async () => {
    const seen = vi.fn();
    const stop = watchFocusActive(seen, () => undefined); // a bridge whose page has not settled yet
    const injected: { tabId: number; allFrames?: boolean }[] = [];
    const tabs = { query: vi.fn(async () => [{ id: 3 }, { id: 7 }, {}]) };
    const scripting = {
      executeScript: vi.fn(async ({ target, func, args }: { target: { tabId: number; allFrames?: boolean }; func: (...a: unknown[]) => void; args: unknown[] }) => {
        if (target.tabId === 7) throw new Error('Cannot access contents of the page'); // a tab closing: left alone
        injected.push(target);
        func(...args); // this test's world stands for the tab's content-script world
        return [];
      }),
    };
    await pushFocusToOpenPages(tabs as never, scripting as never, true, MATCHES);
    expect(tabs.query).toHaveBeenCalledWith({ url: MATCHES });
    expect(scripting.executeScript).toHaveBeenCalledTimes(2);
    expect(injected).toEqual([{ tabId: 3, allFrames: true }]);
    expect(seen.mock.calls).toEqual([[true]]);
    stop();
  });
});

