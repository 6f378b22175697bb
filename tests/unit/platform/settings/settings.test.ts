import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, settingsInputSchema } from '../../../../utils/platform/settings/schema';
import { getSettings, saveSettings, settingsItem } from '../../../../utils/platform/settings/storage';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingsModule } from '../../../../utils/platform/settings/background';
import { createRouter } from '../../../../utils/platform/messaging/router';

describe('parseSettings', () => {
  it.each([undefined, null, 'corrupt', 42, []])('gives the defaults for %j', (raw) => {
    expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and replaces only the invalid ones', () => {
    const parsed = parseSettings({
      gateMode: 'always-ask',
      retentionDays: -4,
      coach: { slack: false, gmail: 'yes' },
      breakthrough: { keywords: ['fire'], repeatCount: 'many', vipSenders: ['Ana'] },
      digestTimes: ['12:00', '25:00'],
      workingHours: { start: '08:00', end: '16:00', days: [1, 9] },
    });
    expect(parsed.gateMode).toBe('always-ask');
    expect(parsed.retentionDays).toBe(DEFAULT_SETTINGS.retentionDays);
    expect(parsed.coach).toEqual({ slack: false, gmail: true, calendar: true, teams: true, outlook: true });
    expect(parsed.breakthrough).toEqual({ ...DEFAULT_SETTINGS.breakthrough, keywords: ['fire'], vipSenders: ['Ana'] });
    expect(parsed.digestTimes).toEqual(DEFAULT_SETTINGS.digestTimes);
    expect(parsed.workingHours).toEqual({ start: '08:00', end: '16:00', days: DEFAULT_SETTINGS.workingHours.days });
  });

  it('refuses working hours that end before they start', () => {
    expect(parseSettings({ workingHours: { start: '18:00', end: '09:00', days: [1] } }).workingHours).toEqual({
      start: '09:00',
      end: '17:00',
      days: [1],
    });
    const strict = settingsInputSchema.safeParse({ ...DEFAULT_SETTINGS, workingHours: { start: '18:00', end: '09:00', days: [] } });
    expect(strict.success).toBe(false);
    expect(strict.error?.issues[0]?.message).toBe('Working hours must end after they start');
  });

  it('keeps a repeated summary time once when reading, and refuses it when editing', () => {
    expect(parseSettings({ digestTimes: ['12:00', '15:00', '12:00'] }).digestTimes).toEqual(['12:00', '15:00']);
    const strict = settingsInputSchema.safeParse({ ...DEFAULT_SETTINGS, digestTimes: ['12:00', '12:00'] });
    expect(strict.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['digestTimes', 'Each summary time once: remove the repeated one']]);
  });

  it('ignores unknown stored keys', () => {
    expect(parseSettings({ telemetry: true })).toEqual(DEFAULT_SETTINGS);
  });
});

describe('settings storage', () => {
  it('lives in the sync area and reads back validated', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, gateMode: 'off' });
    const stored = (await fakeBrowser.storage.sync.get('settings')).settings as { gateMode: string };
    expect(stored.gateMode).toBe('off');
    await fakeBrowser.storage.sync.set({ settings: { gateMode: 'bogus', retentionDays: 30 } });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, retentionDays: 30 });
  });

  it('gives defaults when nothing is stored', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('quick toggles (setQuickSettings, from the popup)', () => {
  const dispatch = createRouter(settingsModule.handlers!);

  it('changes only the send gate, or only one site’s coach, keeping every other setting', async () => {
    fakeBrowser.reset();
    await saveSettings({ ...DEFAULT_SETTINGS, retentionDays: 30, digestTimes: ['12:00'] });
    const gate = await dispatch({ type: 'setQuickSettings', payload: { gateMode: 'always-ask' } }, { fromExtensionPage: true });
    expect(gate.ok).toBe(true);
    await dispatch({ type: 'setQuickSettings', payload: { coach: { site: 'gmail', on: false } } }, { fromExtensionPage: true });
    const saved = await getSettings();
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, retentionDays: 30, digestTimes: ['12:00'], gateMode: 'always-ask', coach: { ...DEFAULT_SETTINGS.coach, gmail: false } });
  });

  it('is for Focusgate’s own pages only, and refuses what is no setting', async () => {
    const fromPage = await dispatch({ type: 'setQuickSettings', payload: { gateMode: 'off' } }, { fromExtensionPage: false, url: 'https://app.slack.com/' });
    expect(fromPage.ok).toBe(false);
    const bad = await dispatch({ type: 'setQuickSettings', payload: { gateMode: 'never' } }, { fromExtensionPage: true });
    expect(bad.ok).toBe(false);
  });
});
