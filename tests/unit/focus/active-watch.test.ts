import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FOCUS_PUSH_KEY, pushFocusActive, watchFocusActive } from '../../../utils/focus/active-watch';
import { focusStateItem } from '../../../utils/focus/state-item';

describe('watchFocusActive', () => {
  it('reports the stored state, then every change the background writes, until stopped', async () => {
    await focusStateItem.setValue({ active: true, blockId: 'b1', endsAt: 2, startedAt: 1 });
    const seen = vi.fn();
    const stop = watchFocusActive(seen);
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith(true));
    await focusStateItem.setValue({ active: false, blockId: null, endsAt: null, startedAt: null });
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith(false));
    await fakeBrowser.storage.sync.set({ focusState: { active: true } }); // another area: ignored
    await fakeBrowser.storage.local.set({ other: 1 }); // another key: ignored
    stop();
    await focusStateItem.setValue({ active: true, blockId: 'b2', endsAt: 4, startedAt: 3 });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen.mock.calls).toEqual([[true], [false]]);
  });

  it('treats nothing stored or a malformed value as focus off', async () => {
    const seen = vi.fn();
    watchFocusActive(seen);
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith(false));
    await fakeBrowser.storage.local.set({ focusState: { active: 'yes' } });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledTimes(2));
    expect(seen).toHaveBeenLastCalledWith(false);
  });

  it('hears pushed changes at once, and touches storage only when `readLater` runs (then reads and follows it)', async () => {
    await focusStateItem.setValue({ active: true, blockId: 'b1', endsAt: 2, startedAt: 1 });
    const addListener = vi.spyOn(fakeBrowser.storage.onChanged, 'addListener');
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const seen = vi.fn();
    let read: (() => void) | undefined;
    const stop = watchFocusActive(seen, (r) => (read = r));
    await focusStateItem.setValue({ active: false, blockId: null, endsAt: null, startedAt: null });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).not.toHaveBeenCalled(); // the stored state is not followed yet
    expect(addListener).not.toHaveBeenCalled();
    expect(get).not.toHaveBeenCalled();
    pushFocusActive(FOCUS_PUSH_KEY, true); // as the background's executeScript does
    expect(seen.mock.calls).toEqual([[true]]);
    read?.();
    await vi.waitFor(() => expect(seen).toHaveBeenCalledTimes(2));
    expect(seen).toHaveBeenLastCalledWith(false);
    await focusStateItem.setValue({ active: true, blockId: 'b2', endsAt: 4, startedAt: 3 });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledTimes(3));
    stop();
    pushFocusActive(FOCUS_PUSH_KEY, false);
    await focusStateItem.setValue({ active: false, blockId: null, endsAt: null, startedAt: null });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen.mock.calls).toEqual([[true], [false], [true]]);
  });

  it('never touches storage when stopped before `readLater` runs', () => {
    const addListener = vi.spyOn(fakeBrowser.storage.onChanged, 'addListener');
    const removeListener = vi.spyOn(fakeBrowser.storage.onChanged, 'removeListener');
    let read: (() => void) | undefined;
    watchFocusActive(vi.fn(), (r) => (read = r))();
    read?.();
    expect(addListener).not.toHaveBeenCalled();
    expect(removeListener).not.toHaveBeenCalled();
  });
});
