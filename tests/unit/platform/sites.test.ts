import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';
import slackScript from '../../../entrypoints/slack.content/index';
import gmailScript from '../../../entrypoints/gmail.content/index';
import calendarScript from '../../../entrypoints/calendar.content/index';
import teamsScript from '../../../entrypoints/teams.content/index';
import outlookScript from '../../../entrypoints/outlook.content/index';
import guardOnScript from '../../../entrypoints/notify-guard-on.content';
import guardOffScript from '../../../entrypoints/notify-guard-off.content';
import bridgeScript from '../../../entrypoints/notify-bridge.content';
import { DEFAULT_SETTINGS, parseSettings } from '../../../utils/platform/settings/schema';
import {
  SITE_LABELS,
  SITE_TABLE,
  SITES,
  matchesFor,
  siteFromUrl,
  siteHome,
  siteMatches,
  siteNames,
  sitesWith,
} from '../../../utils/platform/sites';

/* The site table is data the manifest, the content scripts and the settings are built from. */

describe('the site table', () => {
  it.each(SITE_TABLE.map((row) => [row.id, row] as const))('%s is well formed', (_id, row) => {
    expect(row.id).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(row.label.trim()).not.toBe('');
    expect(row.name.trim()).not.toBe('');
    expect(row.features.length).toBeGreaterThan(0);
    expect(row.origins.length).toBeGreaterThan(0);
    for (const origin of row.origins) {
      expect(origin.startsWith('https://'), origin).toBe(true);
      expect(new URL(origin).origin, 'an origin only, no path or slash').toBe(origin);
    }
    expect(row.origins).toContain(new URL(row.home).origin);
  });

  it('has one row per id and one site per origin', () => {
    expect(new Set(SITES).size).toBe(SITE_TABLE.length);
    const origins = SITE_TABLE.flatMap((r) => [...r.origins]);
    expect(new Set(origins).size).toBe(origins.length);
  });

  it('knows a site by its exact origin only', () => {
    expect(siteFromUrl('https://app.slack.com/client/T1/C1')).toBe('slack');
    expect(siteFromUrl('https://mail.google.com/mail/u/0/#inbox')).toBe('gmail');
    expect(siteFromUrl('https://calendar.google.com/calendar/u/0/r/week')).toBe('calendar');
    expect(siteFromUrl('http://app.slack.com/client')).toBeNull();
    expect(siteFromUrl('https://app.slack.com.example.test/')).toBeNull();
    expect(siteFromUrl('https://example.test/?https://app.slack.com/')).toBeNull();
    expect(siteFromUrl('not a url')).toBeNull();
    expect(siteFromUrl(undefined)).toBeNull();
  });

  it('derives match patterns, homes, labels and names', () => {
    expect(siteMatches('gmail')).toEqual(['https://mail.google.com/*']);
    expect(siteMatches('teams')).toEqual(['https://teams.cloud.microsoft/*', 'https://teams.microsoft.com/*', 'https://teams.live.com/*']);
    expect(siteMatches('outlook')).toEqual(['https://outlook.cloud.microsoft/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*']);
    expect(matchesFor('compose')).toEqual(['https://app.slack.com/*', 'https://mail.google.com/*', 'https://teams.cloud.microsoft/*', 'https://teams.microsoft.com/*', 'https://teams.live.com/*', 'https://outlook.cloud.microsoft/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*']);
    expect(matchesFor('meeting')).toEqual(['https://calendar.google.com/*', 'https://outlook.cloud.microsoft/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*']);
    expect(matchesFor()).toEqual(['https://app.slack.com/*', 'https://mail.google.com/*', 'https://calendar.google.com/*', 'https://teams.cloud.microsoft/*', 'https://teams.microsoft.com/*', 'https://teams.live.com/*', 'https://outlook.cloud.microsoft/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*']);
    expect(sitesWith('notify')).toEqual(['slack', 'gmail', 'calendar', 'teams', 'outlook']);
    expect(siteHome('calendar')).toBe('https://calendar.google.com/');
    expect(siteHome('teams')).toBe('https://teams.cloud.microsoft/');
    expect(siteHome('outlook')).toBe('https://outlook.cloud.microsoft/');
    expect(SITE_LABELS).toEqual({ slack: 'Slack', gmail: 'Gmail', calendar: 'Calendar', teams: 'Teams', outlook: 'Outlook' });
    expect(siteNames('notify')).toBe('Slack, Gmail, Google Calendar, Teams or Outlook');
    expect(siteNames('meeting')).toBe('Google Calendar or Outlook');
  });
});

describe('what derives from the site table', () => {
  it('gives every site a coach switch, on by default, each falling back on its own', () => {
    expect(Object.keys(DEFAULT_SETTINGS.coach)).toEqual(SITES);
    expect(Object.values(DEFAULT_SETTINGS.coach).every((on) => on)).toBe(true);
    const parsed = parseSettings({ coach: { slack: false, gmail: 'yes' } });
    expect(parsed.coach).toEqual({ ...DEFAULT_SETTINGS.coach, slack: false });
  });

  it('builds the manifest’s host permissions and web-accessible matches from it', () => {
    const manifest = config.manifest as (env: { browser: string }) => {
      host_permissions: string[];
      web_accessible_resources: { resources: string[]; matches: string[] }[];
    };
    const m = manifest({ browser: 'chrome' });
    expect(m.host_permissions).toEqual(matchesFor());
    expect(m.web_accessible_resources.map((w) => [w.resources, w.matches])).toEqual([
      [['coach-parts.js'], [...new Set([...matchesFor('compose'), ...matchesFor('meeting')])]],
      [['coach-parts/*.js'], [...new Set([...matchesFor('compose'), ...matchesFor('meeting')])]],
    ]);
  });

  it('gives each content script the matches of its site or feature at build time, none in the script itself', async () => {
    const scripts = { slack: slackScript, gmail: gmailScript, calendar: calendarScript, teams: teamsScript, outlook: outlookScript, 'notify-guard-on': guardOnScript, 'notify-guard-off': guardOffScript, 'notify-bridge': bridgeScript };
    const entries = Object.keys(scripts).map((name) => ({ name, type: 'content-script', options: {} as { matches?: string[] } }));
    const popup = { name: 'popup', type: 'popup', options: {} as { matches?: string[] } };
    const resolved = (config.hooks as Record<string, unknown>)['entrypoints:resolved'] as (wxt: unknown, entries: unknown[]) => Promise<void> | void;
    await resolved({}, [...entries, popup]);
    expect(Object.fromEntries(entries.map((e) => [e.name, e.options.matches]))).toEqual({
      slack: siteMatches('slack'),
      gmail: siteMatches('gmail'),
      calendar: siteMatches('calendar'),
      teams: siteMatches('teams'),
      outlook: siteMatches('outlook'),
      'notify-guard-on': matchesFor('notify'),
      'notify-guard-off': matchesFor('notify'),
      'notify-bridge': matchesFor('notify'),
    });
    expect(popup.options.matches).toBeUndefined();
    // The scripts carry no site table at run time: their definitions have no matches.
    for (const script of Object.values(scripts)) expect(script.matches).toBeUndefined();
  });
});
