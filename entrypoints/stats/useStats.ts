import { useCallback, useEffect, useRef, useState } from 'react';
import { countOf } from '@/utils/platform/plural';
import { sendParsed } from '@/utils/platform/messaging/client';
import { messageOf } from '@/utils/platform/messaging/transport';
import type { StatsSummary } from '@/utils/stats/summary';
import { dayKey } from '@/utils/stats/day-key';
import type { StatsPageProps } from '@/components/stats/StatsPage';
import type { DataMessage, ImportChoice, PendingImport } from '@/components/stats/DataSection';
import { rangeBounds, type RangeChoice } from '@/components/stats/RangePicker';
import { MAX_IMPORT_CHARS, parseExportFile } from '@/utils/stats/export-file';
import { previewImport } from '@/utils/stats/import-preview';

const TOO_LARGE = `Import refused, nothing was changed. The file is larger than ${MAX_IMPORT_CHARS / 1e6} million characters.`;

/** The file's text, read in chunks and given up on as soon as it passes `max` characters (null then). */
async function readText(file: File, max: number): Promise<string | null> {
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  const parts: string[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return parts.join('');
    length += value.length;
    if (length > max) {
      await reader.cancel();
      return null;
    }
    parts.push(value);
  }
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
  const [pending, setPending] = useState<(PendingImport & { json: string }) | null>(null);
  const request = useRef(0);
  const { from, to } = rangeBounds(range, now);

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
      pendingImport: pending,
      // First read and check the file here and show what it would change; nothing is written
      // until the user confirms (settings and upcoming blocks only if they say so).
      onImport: (file) =>
        void run(async () => {
          // A file needs at least one byte per character: one far too large is refused unread.
          if (file.size > 4 * MAX_IMPORT_CHARS) return { kind: 'error', text: TOO_LARGE };
          const json = await readText(file, MAX_IMPORT_CHARS);
          if (json === null) return { kind: 'error', text: TOO_LARGE };
          const parsed = parseExportFile(json);
          if (!parsed.ok) return { kind: 'error', text: `Import refused, nothing was changed. ${parsed.error}` };
          setPending({ name: file.name, json, preview: previewImport(parsed.file, await sendParsed('getSettings', {})) });
          return null;
        }, `Reading ${file.name}…`),
      onCancelImport: () => {
        setPending(null);
        setMessage({ kind: 'ok', text: 'Import cancelled, nothing was changed.' });
      },
      onConfirmImport: (choice: ImportChoice) => {
        if (!pending) return;
        const { json, name } = pending;
        setPending(null);
        void run(async () => {
          const reply = await sendParsed('importData', { json, ...choice });
          if (!reply.ok) return { kind: 'error', text: `Import refused, nothing was changed. ${reply.error}` };
          await load();
          const a = reply.added;
          const leftOut = a.leftOut ? ` ${a.leftOut} upcoming blocks or schedules were left out.` : '';
          return {
            kind: 'ok',
            text: `Imported ${countOf(a.events ?? 0, 'event')}, ${countOf(a.blocks ?? 0, 'focus block')} and ${countOf(a.schedules ?? 0, 'schedule')}; anything already here was kept as is.${leftOut} ${choice.replaceSettings ? 'Your settings are now the ones in the file.' : 'Your settings were kept.'}`,
          };
        }, `Importing ${name}… a year of data takes a minute.`);
      },
      onRebuild: () =>
        void run(async () => {
          const { days } = await sendParsed('rebuildRollups', {});
          await load();
          return { kind: 'ok', text: `Totals recounted for ${countOf(days, 'day')}.` };
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
