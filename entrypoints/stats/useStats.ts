import { useCallback, useEffect, useRef, useState } from 'react';
import { addDays } from 'date-fns';
import { sendParsed } from '@/utils/platform/messaging/client';
import { messageOf } from '@/utils/platform/messaging/transport';
import type { StatsSummary } from '@/utils/stats/summary';
import { dayKey } from '@/utils/stats/keys';
import type { StatsPageProps } from '@/components/stats/StatsPage';
import type { DataMessage } from '@/components/stats/DataSection';
import { PRESETS, type RangeChoice } from '@/components/stats/RangePicker';

/** The protocol takes at most 200 million characters; a file this large is refused before reading. */
const MAX_IMPORT_BYTES = 200_000_000;

function bounds(range: RangeChoice, today: Date): { from: string; to: string } {
  if (range.preset === 'custom') return { from: range.from, to: range.to };
  const days = PRESETS.find((p) => p.id === range.preset)?.days ?? 7;
  return { from: dayKey(addDays(today, -(days - 1))), to: dayKey(today) };
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The stats page's data and actions. Each figure request is timed with the User Timing API so
 * the render time can be read in a real browser: `stats-render` from asking the background to
 * the page having drawn the figures and charts, `stats-draw` from the answer to the drawing.
 */
export function useStats(): StatsPageProps {
  // Read again whenever the page is shown, so one left open past midnight moves on to the new day.
  const [now, setNow] = useState(() => new Date());
  const today = dayKey(now);
  const [range, setRange] = useState<RangeChoice>({ preset: '7' });
  const [summary, setSummary] = useState<StatsSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<DataMessage | null>(null);
  const request = useRef(0);
  const { from, to } = bounds(range, now);

  const load = useCallback(async () => {
    const id = ++request.current;
    performance.mark(`stats-request-${id}`);
    try {
      const next = await sendParsed('getStats', { from, to });
      if (id !== request.current) return;
      performance.mark(`stats-response-${id}`);
      setSummary(next);
      setError(null);
    } catch (e) {
      if (id === request.current) setError(`Could not load your figures: ${messageOf(e)}`);
    }
  }, [from, to]);

  useEffect(() => {
    void load();
    const onVisible = () => {
      if (document.visibilityState !== 'visible') return;
      setNow(new Date()); // a new day gives a new range, which loads by itself
      void load();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [load]);

  // Runs after the charts (child effects) have drawn the new figures.
  useEffect(() => {
    if (!summary) return;
    const id = request.current;
    if (!performance.getEntriesByName(`stats-response-${id}`).length) return;
    const detail = { from: summary.from, to: summary.to };
    performance.measure('stats-render', { start: `stats-request-${id}`, detail });
    performance.measure('stats-draw', { start: `stats-response-${id}`, detail });
  }, [summary]);

  async function run(action: () => Promise<DataMessage | null>, progress: string | null = null) {
    setBusy(true);
    setMessage(progress ? { kind: 'progress', text: progress } : null);
    try {
      const result = await action();
      if (result) setMessage(result);
    } catch (e) {
      setMessage({ kind: 'error', text: messageOf(e) });
    } finally {
      setBusy(false);
    }
  }

  return {
    today,
    range,
    onRangeChange: setRange,
    summary,
    error,
    data: {
      busy,
      message,
      onExportJson: () =>
        void run(async () => {
          const { json } = await sendParsed('exportData', {});
          download(`focusgate-export-${today}.json`, 'application/json', json);
          return { kind: 'ok', text: 'Export ready: check your downloads.' };
        }),
      onExportCsv: () =>
        void run(async () => {
          const { csv } = await sendParsed('exportEventsCsv', {});
          download(`focusgate-events-${today}.csv`, 'text/csv', csv);
          return { kind: 'ok', text: 'Events exported as CSV: check your downloads.' };
        }),
      onImport: (file) =>
        void run(async () => {
          if (file.size > MAX_IMPORT_BYTES) return { kind: 'error', text: `Import refused, nothing was changed. The file is larger than ${MAX_IMPORT_BYTES / 1e6} MB.` };
          const reply = await sendParsed('importData', { json: await file.text() });
          if (!reply.ok) return { kind: 'error', text: `Import refused, nothing was changed. ${reply.error}` };
          await load();
          const a = reply.added;
          return {
            kind: 'ok',
            text: `Imported ${a.events ?? 0} events, ${a.blocks ?? 0} focus blocks and ${a.schedules ?? 0} schedules; anything already here was kept as is. Your settings are now the ones in the file.`,
          };
        }, `Importing ${file.name}… a year of data takes a minute.`),
      onRebuild: () =>
        void run(async () => {
          const { days } = await sendParsed('rebuildRollups', {});
          await load();
          return { kind: 'ok', text: `Totals recounted for ${days} day${days === 1 ? '' : 's'}.` };
        }, 'Recounting totals from your recorded events…'),
      onDeleteAll: () =>
        void run(async () => {
          await sendParsed('deleteAllData', { confirm: 'DELETE' });
          await load();
          return { kind: 'ok', text: 'All your Focusgate data was deleted. Your settings were kept.' };
        }),
    },
  };
}
