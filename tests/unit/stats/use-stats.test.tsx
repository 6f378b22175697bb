// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import type { StatsPageProps } from '../../../components/stats/StatsPage';
import { summarize } from '../../../utils/stats/summary';
import { buildExportFile } from '../../../utils/stats/export-file';
import { DEFAULT_SETTINGS } from '../../../utils/platform/settings/schema';
import { flush, render } from '../focus/popup/render';

const send = vi.fn();
vi.mock('../../../utils/platform/messaging/client', async (original) => ({
  ...(await original<typeof import('../../../utils/platform/messaging/client')>()),
  sendParsed: (...args: unknown[]) => send(...args),
}));
const { useStats } = await import('../../../entrypoints/stats/useStats');

let cleanup: (() => void) | undefined;

/** Renders the hook; `current` holds what it returned last. */
function mount(): { current?: StatsPageProps } {
  const props: { current?: StatsPageProps } = {};
  function Probe() {
    props.current = useStats();
    return null;
  }
  ({ cleanup } = render(<Probe />));
  return props;
}
afterEach(() => {
  cleanup?.();
  vi.useRealTimers();
  send.mockReset();
});

describe('useStats', () => {
  it('a page left open past midnight asks for the new day when it is shown again', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 26, 23, 50));
    send.mockImplementation(async (_type: string, { from, to }: { from: string; to: string }) => summarize([], from, to));
    const props = mount();
    await flush();
    expect(send).toHaveBeenLastCalledWith('getStats', { from: '2026-11-20', to: '2026-11-26' });

    vi.setSystemTime(new Date(2026, 10, 27, 8, 0));
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    await flush();
    await flush();
    expect(props.current!.today).toBe('2026-11-27');
    expect(send).toHaveBeenLastCalledWith('getStats', { from: '2026-11-21', to: '2026-11-27' });
    expect(props.current!.summary?.to).toBe('2026-11-27');
  });

  const exportOf = (retentionDays: number) =>
    JSON.stringify(buildExportFile({ settings: { ...DEFAULT_SETTINGS, retentionDays }, blocks: [], schedules: [], events: [], rollups: [] }));
  const answer = (added: Record<string, number>) => async (type: string, payload: { from: string; to: string }) =>
    type === 'importData' ? { ok: true, added } : type === 'getSettings' ? DEFAULT_SETTINGS : summarize([], payload.from, payload.to);

  it('an import shows what the file changes first, and sends it with the user\'s choice only once confirmed', async () => {
    send.mockImplementation(answer({ events: 3, blocks: 1, schedules: 0, rollupDays: 2, leftOut: 0 }));
    const props = mount();
    await flush();
    const json = exportOf(7);
    act(() => props.current!.data.onImport(new File([json], 'export.json', { type: 'application/json' })));
    await vi.waitFor(async () => {
      await flush();
      expect(props.current!.data.pendingImport).not.toBeNull();
    });
    expect(props.current!.data.pendingImport!.preview.settingsChanges).toEqual(['Keep events for: 90 days → 7 days (older events will be deleted)']);
    expect(send).not.toHaveBeenCalledWith('importData', expect.anything());

    act(() => props.current!.data.onConfirmImport({ replaceSettings: true, includeUpcoming: false }));
    await vi.waitFor(async () => {
      await flush();
      expect(props.current!.data.message?.kind).toBe('ok');
    });
    expect(send).toHaveBeenCalledWith('importData', { json, replaceSettings: true, includeUpcoming: false });
    expect(props.current!.data.pendingImport).toBeNull();
    expect(props.current!.data.message?.text).toBe(
      'Imported 3 events, 1 focus block and 0 schedules; anything already here was kept as is. Your settings are now the ones in the file.',
    );
  });

  it('refuses a damaged file on the page, and a cancelled import sends nothing', async () => {
    send.mockImplementation(answer({}));
    const props = mount();
    await flush();
    act(() => props.current!.data.onImport(new File(['{"format":"focusgate-export"'], 'broken.json')));
    await vi.waitFor(async () => {
      await flush();
      expect(props.current!.data.message?.text).toMatch(/^Import refused, nothing was changed. The file is not valid JSON/);
    });
    act(() => props.current!.data.onImport(new File([exportOf(90)], 'same.json')));
    await vi.waitFor(async () => {
      await flush();
      expect(props.current!.data.pendingImport?.preview.settingsChanges).toEqual([]);
    });
    act(() => props.current!.data.onCancelImport());
    expect(props.current!.data.message?.text).toBe('Import cancelled, nothing was changed.');
    expect(send).not.toHaveBeenCalledWith('importData', expect.anything());
  });
});
