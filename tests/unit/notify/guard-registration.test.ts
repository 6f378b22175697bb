import { describe, expect, it } from 'vitest';
import { GUARD_SCRIPT_ID, guardFile, registerGuard } from '../../../utils/notify/guard-registration';

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
});
