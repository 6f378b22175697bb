import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addPause, NO_PAUSE, parsePause, pausedUntil, removePause, scopeUntil } from '../../../utils/compose/pause';
import { readPause } from '../../../utils/compose/pause-item';
import { coachPauseModule } from '../../../utils/compose/background';
import { createRouter } from '../../../utils/platform/messaging/router';

const NOW = new Date(2026, 4, 6, 10, 0).getTime();
const HOUR = 3_600_000;

describe('coach pause (pure)', () => {
  it('pauses one site for an hour: that site only, and it ends by itself', () => {
    const p = addPause(NO_PAUSE, 'slack', NOW);
    expect(pausedUntil(p, 'slack', NOW)).toBe(NOW + HOUR);
    expect(pausedUntil(p, 'gmail', NOW)).toBeNull();
    expect(pausedUntil(p, 'slack', NOW + HOUR)).toBeNull();
  });

  it('pausing everywhere covers every site; a site comes back at the later of its two pauses', () => {
    const site = addPause(NO_PAUSE, 'slack', NOW);
    const both = addPause(site, 'all', NOW + 30 * 60_000);
    expect(pausedUntil(both, 'gmail', NOW + 31 * 60_000)).toBe(NOW + 90 * 60_000);
    expect(pausedUntil(both, 'slack', NOW + 31 * 60_000)).toBe(NOW + 90 * 60_000);
    expect(scopeUntil(both, 'slack', NOW + 31 * 60_000)).toBe(NOW + HOUR);
  });

  it('resuming a site keeps the pause everywhere; resuming everywhere ends every pause', () => {
    const p = addPause(addPause(NO_PAUSE, 'slack', NOW), 'all', NOW);
    expect(pausedUntil(removePause(p, 'slack', NOW), 'slack', NOW)).toBe(NOW + HOUR);
    const none = removePause(p, 'all', NOW);
    expect(pausedUntil(none, 'slack', NOW)).toBeNull();
    expect(scopeUntil(none, 'all', NOW)).toBeNull();
  });

  it('drops ended pauses when it writes a new one', () => {
    const old = addPause(NO_PAUSE, 'gmail', NOW - 2 * HOUR);
    expect(addPause(old, 'slack', NOW).sites).toEqual({ slack: NOW + HOUR });
  });

  it.each([
    [null, NO_PAUSE],
    ['soon', NO_PAUSE],
    [{ all: 'later', sites: { slack: -5, gmail: NOW, evil: NOW } }, { sites: { gmail: NOW } }],
    [{ all: NOW, sites: [] }, { all: NOW, sites: {} }],
  ])('reads whatever was stored (%j) as a valid pause', (raw, expected) => {
    expect(parsePause(raw)).toEqual(expected);
  });
});

describe('coach pause (background)', () => {
  const dispatch = createRouter(coachPauseModule.handlers!);
  const slackPage = { fromExtensionPage: false, url: 'https://app.slack.com/client/T1/C1' };

  beforeEach(() => fakeBrowser.reset());

  it('the panel on Slack pauses Slack, or everywhere; the pause is stored for every page to follow', async () => {
    const reply = await dispatch({ type: 'pauseCoach', payload: { scope: 'slack' } }, slackPage);
    expect(reply.ok).toBe(true);
    const stored = await readPause();
    expect(pausedUntil(stored, 'slack', Date.now())).not.toBeNull();
    expect(pausedUntil(stored, 'gmail', Date.now())).toBeNull();
    await dispatch({ type: 'pauseCoach', payload: { scope: 'all' } }, slackPage);
    expect(pausedUntil(await readPause(), 'gmail', Date.now())).not.toBeNull();
  });

  it('a page may not pause or resume another site; the popup may', async () => {
    const refused = await dispatch({ type: 'pauseCoach', payload: { scope: 'gmail' } }, slackPage);
    expect(refused).toEqual({ ok: false, error: expect.stringContaining('only on its own site') });
    expect(await readPause()).toEqual(NO_PAUSE);
    await dispatch({ type: 'pauseCoach', payload: { scope: 'gmail' } }, { fromExtensionPage: true });
    expect((await dispatch({ type: 'resumeCoach', payload: { scope: 'gmail' } }, slackPage)).ok).toBe(false);
    expect((await dispatch({ type: 'resumeCoach', payload: { scope: 'gmail' } }, { fromExtensionPage: true })).ok).toBe(true);
    expect(scopeUntil(await readPause(), 'gmail', Date.now())).toBeNull();
  });

  it('refuses a scope that is no site', async () => {
    const reply = await dispatch({ type: 'pauseCoach', payload: { scope: 'example' } }, { fromExtensionPage: true });
    expect(reply.ok).toBe(false);
  });
});
