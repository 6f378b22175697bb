import { describe, expect, it, vi } from 'vitest';
import { statsModule } from '../../../utils/stats/background/stats';
import { createRouter } from '../../../utils/platform/messaging/router';

const dispatch = createRouter(statsModule.handlers!);
const getStats = (from: string, to: string) => dispatch({ type: 'getStats', payload: { from, to } }, { fromExtensionPage: true });

describe('getStats', () => {
  it('answers a range of real days', async () => {
    const reply = await getStats('2026-11-01', '2026-11-07');
    expect(reply).toMatchObject({ ok: true, data: { from: '2026-11-01', to: '2026-11-07', dayCount: 7 } });
  });

  it.each([
    ['ends before it starts', '2026-11-07', '2026-11-01'],
    ['a day that does not exist', '2026-02-30', '2026-03-01'],
    ['a month that does not exist', '2026-13-01', '2026-13-02'],
  ])('refuses a range that %s with a clear error instead of empty figures', async (_name, from, to) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await getStats(from, to)).toEqual({ ok: false, error: 'Choose real days, the first on or before the last' });
    vi.restoreAllMocks();
  });

  it('refuses more than ten years', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await getStats('2010-01-01', '2026-01-01')).toEqual({ ok: false, error: 'Choose a range of at most ten years' });
    vi.restoreAllMocks();
  });
});
