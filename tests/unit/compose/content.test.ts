// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { settingsModule } from '../../../utils/platform/settings/background';
import { coachPauseModule } from '../../../utils/compose/background';
import { coachAnalyzer, startCoach } from '../../../utils/compose/content';
import { loadedPack } from '../../../utils/compose/analysis/lang/packs';
import type { CoachActions, CoachUi } from '../../../utils/compose/types';
import { slackAdapter } from '../../../utils/compose/hosts/slack';
import { createRouter } from '../../../utils/platform/messaging/router';
import { key, loadFixture, setLines, slackComposers } from './fixture-dom';

/*
 * The page wiring with the real settings path: settings are read through the background's
 * handler (validated there) and followed live; recordEvent goes out as a message. The renderer
 * is a recorder, so no React is needed here.
 */
let ctx: ContentScriptContext;
let recorded: { type: string; payload: { kind?: string } }[];
let rendered: number;
let actions: CoachActions | undefined;

function background(): void {
  const dispatch = createRouter({ ...settingsModule.handlers, ...coachPauseModule.handlers });
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const m = message as { type: string; payload: { kind?: string } };
    if (m.type === 'recordEvent') {
      recorded.push(m);
      sendResponse({ ok: true, data: { ok: true } });
      return true;
    }
    void dispatch(message, { fromExtensionPage: false, url: 'https://app.slack.com/client/T1/C1' }).then(sendResponse);
    return true;
  });
}

/** Types a bare ping and waits until its Enter is held (the coach is on). */
async function heldPing(editor: HTMLElement): Promise<void> {
  await vi.waitFor(() => {
    editor.focus();
    setLines(editor, ['hey']);
    expect(key(editor, { key: 'Enter' }).defaultPrevented).toBe(true);
  });
}

function start(): HTMLElement {
  const ui: CoachUi = {
    render: (_view, a) => {
      rendered++;
      actions = a;
    },
    focusPanel: () => undefined, owns: () => false, destroy: () => undefined };
  // happy-dom's dispatched events are untrusted; here they stand for the user's own.
  startCoach(ctx, { site: 'slack', adapter: slackAdapter, createRenderer: () => ui, css: '', isUserInput: () => true });
  return slackComposers()[0]!;
}

beforeEach(() => {
  loadFixture('slack-dm.html');
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 600, 800, 90));
  ctx = new ContentScriptContext('slack');
  recorded = [];
  rendered = 0;
  actions = undefined;
  background();
});
afterEach(() => ctx.abort());

describe('startCoach', () => {
  it('holds a bare ping once settings are read, and records the hold as a message without text', async () => {
    const editor = start();
    await vi.waitFor(async () => {
      editor.focus();
      setLines(editor, ['hey']);
      expect(key(editor, { key: 'Enter' }).defaultPrevented).toBe(true);
    });
    await vi.waitFor(() => expect(recorded.map((m) => m.payload.kind)).toContain('send-held'));
    expect(JSON.stringify(recorded)).not.toContain('hey');
    await vi.waitFor(() => expect(rendered).toBeGreaterThan(0)); // the panel mounts a task after the verdict
  });

  it('stays out of the way when settings.coach.slack is off, and follows a change live', async () => {
    await fakeBrowser.storage.sync.set({ settings: { coach: { slack: false, gmail: true, calendar: true } } });
    const editor = start();
    editor.focus();
    setLines(editor, ['hey']);
    await new Promise((r) => setTimeout(r, 50));
    expect(key(editor, { key: 'Enter' }).defaultPrevented).toBe(false);

    await fakeBrowser.storage.sync.set({ settings: { coach: { slack: true, gmail: true, calendar: true }, gateMode: 'ping-only' } });
    await vi.waitFor(() => expect(key(editor, { key: 'Enter' }).defaultPrevented).toBe(true));
    await vi.waitFor(() => expect(actions).toBeDefined()); // the panel mounts a task after the verdict
    actions!.backToDraft(); // "Add context": the held send is closed

    await fakeBrowser.storage.sync.set({ settings: { gateMode: 'off' } });
    // Until the change arrives an Enter is still held: close each such gate and try again.
    await vi.waitFor(() => {
      const held = key(editor, { key: 'Enter' }).defaultPrevented;
      if (held) actions!.backToDraft();
      expect(held).toBe(false);
    });
  });

  it('pausing from the panel: the coach steps aside on Slack (sends pass) and comes back when the pause ends', async () => {
    const editor = start();
    await heldPing(editor);
    await vi.waitFor(() => expect(actions?.pause).toBeDefined());
    expect(actions!.pause!.siteLabel).toBe('Slack');
    actions!.pause!.run('site');
    await vi.waitFor(() => expect(key(editor, { key: 'Enter' }).defaultPrevented).toBe(false));
    const stored = (await fakeBrowser.storage.local.get('coachPause')).coachPause as { sites: { slack?: number } };
    expect(stored.sites.slack! - Date.now()).toBeGreaterThan(59 * 60_000);

    // A pause that ends in a moment: the coach is back by itself, with no further change.
    await fakeBrowser.storage.local.set({ coachPause: { sites: { slack: Date.now() + 150 } } });
    await new Promise((r) => setTimeout(r, 50));
    expect(key(editor, { key: 'Enter' }).defaultPrevented).toBe(false);
    await heldPing(editor);
  });

  it('a pause everywhere, from the popup, reaches a page that is already open', async () => {
    const editor = start();
    await heldPing(editor);
    await vi.waitFor(() => expect(actions).toBeDefined());
    actions!.backToDraft();
    await fakeBrowser.storage.local.set({ coachPause: { all: Date.now() + 3_600_000, sites: {} } });
    await vi.waitFor(() => {
      const held = key(editor, { key: 'Enter' }).defaultPrevented;
      if (held) actions!.backToDraft();
      expect(held).toBe(false);
    });
  });

  it('reads a French draft once the French rules have arrived, then holds its bare ping', async () => {
    expect(loadedPack('fr')).toBeUndefined(); // nothing but English until a draft needs more
    // The French module compiled ahead (a loaded test machine can take longer than the coach's
    // wait for it); the pack is still only taken when a French draft asks for it.
    await import('../../../utils/compose/analysis/lang/fr');
    const editor = start();
    // The coach listening (settings read), then a French ping sent at once.
    await heldPing(editor);
    await vi.waitFor(() => expect(recorded.map((m) => m.payload.kind)).toContain('send-held'));
    await vi.waitFor(() => expect(actions).toBeDefined());
    actions!.backToDraft();
    recorded.length = 0;
    setLines(editor, ['Salut, t’as une minute ?']);
    expect(loadedPack('fr')).toBeUndefined();
    // Enter before the French rules have arrived waits for them, then holds the ping.
    expect(key(editor, { key: 'Enter' }).defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(recorded.map((m) => m.payload.kind)).toContain('send-held'), { timeout: 5000 });
    expect(loadedPack('fr')?.code).toBe('fr');
  });
});

describe('coachAnalyzer', () => {
  it('gives no verdict on a draft whose language is still loading, and says when it can', async () => {
    const loaded = vi.fn();
    const analyze = coachAnalyzer('en-US', loaded);
    const now = new Date(2026, 10, 25, 10, 0);
    expect(loadedPack('pt')).toBeUndefined();
    expect(analyze('Oi, tem um minuto?', now)).toBeNull();
    await vi.waitFor(() => expect(loaded).toHaveBeenCalled());
    expect(analyze('Oi, tem um minuto?', now)).toMatchObject({ language: 'pt', ping: true });
    // A language the coach cannot read needs nothing loaded: the neutral state at once.
    expect(analyze('Ciao Giulia, hai un minuto?', now)).toMatchObject({ language: null, ping: false });
  });
});
