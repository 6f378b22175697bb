// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import type { StatsPageProps } from '../../../components/stats/StatsPage';
import { summarize } from '../../../utils/stats/summary';
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

  it('an import says the settings now come from the file (the background saves the file\'s settings)', async () => {
    send.mockImplementation(async (type: string, payload: { from: string; to: string }) =>
      type === 'importData' ? { ok: true, added: { events: 3, blocks: 1, schedules: 0, rollupDays: 2 } } : summarize([], payload.from, payload.to),
    );
    const props = mount();
    await flush();
    act(() => props.current!.data.onImport(new File(['{}'], 'export.json', { type: 'application/json' })));
    await vi.waitFor(async () => {
      await flush();
      expect(props.current!.data.message?.kind).toBe('ok');
    });
    expect(send).toHaveBeenCalledWith('importData', { json: '{}' });
    expect(props.current!.data.message?.text).toBe(
      'Imported 3 events, 1 focus blocks and 0 schedules; anything already here was kept as is. Your settings are now the ones in the file.',
    );
  });
});
