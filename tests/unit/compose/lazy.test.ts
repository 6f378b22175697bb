// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from '#imports';
import { startWhenComposerFocused } from '../../../utils/compose/lazy';
import { slackAdapter } from '../../../utils/compose/hosts/slack';
import { loadFixture, slackComposers } from './fixture-dom';

let controller: AbortController;
beforeEach(() => {
  controller = new AbortController();
});
const ctx = {
  addEventListener: (target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) =>
    target.addEventListener(type, handler, { ...options, signal: controller.signal }),
} as unknown as ContentScriptContext;

afterEach(() => controller.abort());

describe('startWhenComposerFocused', () => {
  it('loads the coach once, on the first focus in a composer, and not for other focus', async () => {
    loadFixture('slack-channel.html');
    const load = vi.fn(async () => undefined);
    startWhenComposerFocused(ctx, slackAdapter, load);
    expect(load).not.toHaveBeenCalled();
    document.querySelector<HTMLElement>('[role="treeitem"]')!.setAttribute('tabindex', '0');
    document.querySelector<HTMLElement>('[role="treeitem"]')!.focus();
    expect(load).not.toHaveBeenCalled();
    const [channel, thread] = slackComposers();
    channel!.focus();
    thread!.focus();
    channel!.focus();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads at once when a composer already has focus, and survives a failing load', async () => {
    loadFixture('slack-dm.html');
    slackComposers()[0]!.focus();
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const load = vi.fn(() => Promise.reject(new Error('chunk failed')));
    startWhenComposerFocused(ctx, slackAdapter, load);
    expect(load).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(debug).toHaveBeenCalled());
  });
});
