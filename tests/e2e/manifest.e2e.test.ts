import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';

/* The built manifests (Chrome and Firefox), as the stores and browsers will read them. */

const FIREFOX_DIR = resolve(EXTENSION_DIR, '../firefox-mv3');
type Manifest = {
  manifest_version: number;
  permissions: string[];
  host_permissions: string[];
  optional_permissions?: string[];
  content_security_policy?: unknown;
  background: { service_worker?: string; scripts?: string[] };
  content_scripts: { matches: string[]; js: string[]; world?: string; run_at?: string; all_frames?: boolean }[];
  web_accessible_resources: { resources: string[]; matches: string[] }[];
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: unknown } };
};
const read = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const TEAMS = ['https://teams.cloud.microsoft/*', 'https://teams.microsoft.com/*', 'https://teams.live.com/*'];
const OUTLOOK = ['https://outlook.cloud.microsoft/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'];
const HOSTS = ['https://app.slack.com/*', 'https://mail.google.com/*', 'https://calendar.google.com/*', ...TEAMS, ...OUTLOOK];

describe.each([
  ['chrome', EXTENSION_DIR],
  ['firefox', FIREFOX_DIR],
])('%s manifest', (browser, dir) => {
  const m = read(dir);

  it('asks only for what the features need', () => {
    expect(m.manifest_version).toBe(3);
    expect([...m.permissions].sort()).toEqual(['alarms', 'notifications', 'scripting', 'storage', 'unlimitedStorage']);
    expect([...m.host_permissions].sort()).toEqual([...HOSTS].sort());
    expect(m.optional_permissions).toBeUndefined();
    expect(m.content_security_policy).toBeUndefined();
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>|"tabs"|\*:\/\/\*\//);
  });

  it('runs content scripts only on the covered sites; the guard is registered at run time, in two variants', () => {
    for (const cs of m.content_scripts) for (const match of cs.matches) expect(HOSTS).toContain(match);
    // The background registers one of them as the focus state changes (utils/notify/guard-registration.ts).
    expect(m.content_scripts.filter((cs) => cs.js.some((f) => f.includes('notify-guard')))).toEqual([]);
    for (const variant of ['on', 'off']) expect(existsSync(join(dir, `content-scripts/notify-guard-${variant}.js`))).toBe(true);
  });

  it('exposes the coaches’ parts (one script and its chunks) to the coached sites only', () => {
    const parts = Object.fromEntries(m.web_accessible_resources.flatMap((w) => w.resources.map((r) => [r, [...w.matches].sort()])));
    expect(parts).toEqual({
      'coach-parts.js': [...HOSTS].sort(),
      'coach-parts/*.js': [...HOSTS].sort(),
    });
  });

  it(browser === 'firefox' ? 'is a Firefox MV3 add-on with an id and background scripts' : 'has a service worker and no Firefox keys', () => {
    if (browser === 'firefox') {
      expect(m.browser_specific_settings?.gecko).toMatchObject({ id: 'focusgate@focusgate.app', data_collection_permissions: { required: ['none'] } });
      expect(m.background).toEqual({ scripts: ['background.js'] });
    } else {
      expect(m.browser_specific_settings).toBeUndefined();
      expect(m.background).toEqual({ service_worker: 'background.js' });
    }
  });
});
