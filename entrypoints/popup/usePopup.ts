import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { browser } from '#imports';
import { send } from '@/utils/platform/messaging/lean-client';
import { messageOf } from '@/utils/platform/messaging/transport';
import type { MessageType, Req, Res } from '@/utils/platform/messaging/protocol';
import type { FocusBlock, FocusSchedule } from '@/utils/platform/db/records';
import { focusStateItem } from '@/utils/focus/state-item';
import { localDays, startOfLocalDay } from '@/utils/focus/schedule/zone';
import { HORIZON_DAYS } from '@/utils/focus/schedule/weekly';
import { dayKey } from '@/utils/stats/day-key';
import type { PopupActions, PopupProps } from '@/components/focus/Popup';
import { describeJoin, describeSpan } from '@/components/focus/copy';
import { describeRule } from '@/components/focus/UpcomingList';
import { joinedStretch } from '@/utils/focus/schedule/upcoming';
import { TOGGLE_FOCUS_COMMAND } from '@/utils/focus/shortcut';

const UNDO_MS = 10_000;
const NOTICE_MS = 8_000;

/**
 * The popup's data and actions: asks the background only for what the popup shows (the focus
 * state, blocks from now to the schedule horizon, today's roll-up) and follows the focus state
 * mirror, so it stays right while open.
 */
export function usePopup(): Omit<PopupProps, 'quick'> {
  const [now, setNow] = useState(() => Date.now());
  const [state, setState] = useState<PopupProps['state']>(null);
  const [list, setList] = useState<Res<'listBlocks'>>({ blocks: [], schedules: [] });
  const [summary, setSummary] = useState<PopupProps['summary']>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [undo, setUndo] = useState<{ label: string; restore: () => Promise<unknown> } | null>(null);
  const undoTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [notice, setNotice] = useState<string | null>(null);
  const [shortcut, setShortcut] = useState<string | null>(null);
  const noticeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const load = useCallback(async () => {
    const t = Date.now();
    try {
      const [s, l, sum] = await Promise.all([
        send('getFocusState', {}),
        send('listBlocks', { from: t, to: t + HORIZON_DAYS * 86_400_000 }),
        send('getTodaySummary', {}),
      ]);
      setState(s);
      setList(l);
      setSummary(sum);
    } catch (e) {
      setError(messageOf(e));
    }
  }, []);

  useEffect(() => {
    browser.commands?.getAll().then(
      (all) => setShortcut(all.find((c) => c.name === TOGGLE_FOCUS_COMMAND)?.shortcut || null),
      () => setShortcut(null),
    );
  }, []);

  useEffect(() => {
    void load();
    const unwatch = focusStateItem.watch(() => void load());
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      unwatch();
      clearInterval(tick);
      clearTimeout(undoTimer.current);
      clearTimeout(noticeTimer.current);
    };
  }, [load]);

  // The end alarm can fire up to 30 s late: the popup has the block settled, so it never sits at 0:00.
  const overdue = !!state?.active && state.endsAt !== null && now >= state.endsAt;
  useEffect(() => {
    if (overdue) void send('settleFocus', {}).then(load, load);
  }, [overdue, load]);

  /** Sends one change, shows its error if any, and reloads what the popup shows. */
  const run = useCallback(
    async <K extends MessageType>(type: K, payload: Req<K>): Promise<Res<K> | null> => {
      setBusy(true);
      try {
        const res = await send(type, payload);
        setError(null);
        return res;
      } catch (e) {
        setError(messageOf(e));
        return null;
      } finally {
        setBusy(false);
        await load();
      }
    },
    [load],
  );

  const offerUndo = useCallback((label: string, restore: () => Promise<unknown>) => {
    clearTimeout(undoTimer.current);
    setUndo({ label, restore });
    undoTimer.current = setTimeout(() => setUndo(null), UNDO_MS);
  }, []);

  /** Says what a booking did, in the status region, for a few seconds. */
  const tell = useCallback((text: string) => {
    clearTimeout(noticeTimer.current);
    setNotice(text);
    noticeTimer.current = setTimeout(() => setNotice(null), NOTICE_MS);
  }, []);

  const actions = useMemo<PopupActions>(
    () => ({
      start: (minutes) => void run('startFocus', { minutes }),
      startUntil: (until) => void run('startFocus', { until }),
      end: (reason) => void run('endFocus', reason ? { reason } : {}),
      scheduleOnce: async (start, end) => {
        // Overlapping or touching blocks run as one stretch: say so rather than merge silently.
        const joined = joinedStretch({ start, end }, list.blocks, Date.now());
        const ok = (await run('scheduleBlock', { start, end })) !== null;
        if (ok) tell(`Booked ${describeSpan({ start, end }, startOfLocalDay(Date.now()))}. ${describeJoin(joined)}`.trim());
        return ok;
      },
      createSchedule: async (rule) => {
        const saved = await run('createSchedule', rule);
        if (saved) tell(`Repeating: ${describeRule(saved, startOfLocalDay(Date.now()))}.`);
        return saved !== null;
      },
      updateBlock: async (id, start, end) => (await run('updateBlock', { id, start, end })) !== null,
      deleteBlock: (block: FocusBlock) =>
        void run('deleteBlock', { id: block.id }).then((r) => {
          if (r) offerUndo(`Deleted ${describeSpan(block, startOfLocalDay(Date.now()))}.`, () => run('restoreBlock', { block }));
        }),
      deleteSchedule: (schedule: FocusSchedule) =>
        void run('deleteSchedule', { id: schedule.id }).then((r) => {
          if (r) offerUndo(`Deleted the repeating block ${describeRule(schedule, startOfLocalDay(Date.now()))}.`, () => run('restoreSchedule', { id: schedule.id }));
        }),
      undo: () => {
        const u = undo;
        setUndo(null);
        void u?.restore();
      },
      dismissUndo: () => setUndo(null),
      openOptions: () => void browser.runtime.openOptionsPage(),
    }),
    [run, offerUndo, undo, tell, list.blocks],
  );

  const day = dayKey(now);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- recomputed when the local day changes
  const today = useMemo(() => startOfLocalDay(now), [day]);
  const days = useMemo(() => localDays(today, HORIZON_DAYS), [today]);

  return { now, today, days, state, blocks: list.blocks, schedules: list.schedules, summary, busy, error, undoLabel: undo?.label ?? null, notice, shortcut, actions };
}
