import { browser } from '#imports';
import { getDb, type FocusgateDb } from '../platform/db/database';
import type { FocusBlock } from '../platform/db/records';
import type { FocusState } from '../platform/messaging/protocol';
import { focusFor } from './schedule/quick';
import { overlaps } from './schedule/spans';
import { minutesBetween, startOfLocalDay, systemZone } from './schedule/zone';
import { getSettings } from '../platform/settings/storage';
import { dayKey } from '../stats/day-key';
import { counters } from '../stats/metric-keys';
import { badgeText, completedNotice, startedNotice } from './badge';
import { focusStateItem } from './state-item';
import {
  activeSchedules,
  blocksBetween,
  checkSpan,
  deleteSchedule,
  endRunning,
  materialise,
  occurrenceBlocks,
  readFocusState,
  restoreSchedule,
  settleBlocks,
  type Settled,
} from './store';
import type { BackgroundModule } from '../platform/background/module';
import { createSerial } from '../platform/background/serial';
import { notHeldItem, totalNotHeld } from '../notify/not-held';
import type { Signal } from '../platform/background/signal';

/** One-shot: fires at the next start or end of any block. */
export const TRANSITION_ALARM = 'focus-transition';
/** Every minute while focusing: refreshes the badge (and settles, in case). */
export const TICK_ALARM = 'focus-tick';
/** Periodic safety net: materialises schedules and settles even if an alarm was lost. */
export const SAFETY_ALARM = 'focus-safety';
/** Chrome fires alarms no sooner than 30 s after they are set. */
export const MIN_ALARM_DELAY_MS = 30_000;
/** Start/end notifications only for transitions this recent (not for blocks closed out on relaunch). */
const NOTIFY_WITHIN_MS = 2 * 60_000;
const OVERLAP_MAX_MS = 366 * 86_400_000;

export interface FocusModuleOptions {
  db?: () => FocusgateDb;
  /** IANA zone for repeating schedules; the system's by default. */
  tz?: () => string;
  /** Announces every change of the focus state to the worker's other modules. */
  changes?: Pick<Signal<FocusState>, 'emit'>;
}

export function createFocusModule(options: FocusModuleOptions = {}): BackgroundModule {
  const db = options.db ?? getDb;
  const tz = options.tz ?? systemZone;

  const serial = createSerial();

  async function notify(id: string, notice: { title: string; message: string }): Promise<void> {
    if (!(await getSettings()).focusNotifications) return;
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: notice.title,
      message: notice.message,
    });
  }

  async function showBadge(state: FocusState, now: number): Promise<void> {
    try {
      await browser.action.setBadgeText({ text: badgeText(state, now) });
      if (state.active) await browser.action.setBadgeBackgroundColor({ color: '#3b5bdb' });
    } catch (e) {
      console.warn('[focusgate] badge', e);
    }
  }

  /** Points the transition alarm at `next`, leaving an alarm that already fires then alone. */
  async function aimTransition(next: number | null, now: number, onlyIfMissing: boolean): Promise<void> {
    const existing = await browser.alarms.get(TRANSITION_ALARM);
    if (next === null) {
      if (existing && !onlyIfMissing) await browser.alarms.clear(TRANSITION_ALARM);
      return;
    }
    const when = Math.max(next, now + MIN_ALARM_DELAY_MS);
    if (existing && (onlyIfMissing || (existing.scheduledTime >= next && existing.scheduledTime <= when))) return;
    await browser.alarms.create(TRANSITION_ALARM, { when });
  }

  async function aimTick(active: boolean): Promise<void> {
    const existing = await browser.alarms.get(TICK_ALARM);
    if (active && !existing) await browser.alarms.create(TICK_ALARM, { periodInMinutes: 1, delayInMinutes: 1 });
    if (!active && existing) await browser.alarms.clear(TICK_ALARM);
  }

  /** Settles the blocks and makes the outside world follow: mirror, signal, alarms, badge, notices. */
  async function settle(startUp = false): Promise<Settled> {
    const now = Date.now();
    const result = await settleBlocks(db(), now);
    const stored = await focusStateItem.getValue();
    const changed = JSON.stringify(stored) !== JSON.stringify(result.state);
    if (startUp || changed) await focusStateItem.setValue(result.state);
    if (changed) options.changes?.emit(result.state);
    await aimTransition(result.next, now, startUp);
    await aimTick(result.state.active);
    await showBadge(result.state, now);
    try {
      for (const b of result.started) {
        if (now - b.start < NOTIFY_WITHIN_MS && result.state.endsAt) await notify(`focus-start-${b.id}`, startedNotice(result.state.endsAt));
      }
      for (const b of result.completed) {
        if (now - b.end < NOTIFY_WITHIN_MS && !result.state.active) await notify(`focus-end-${b.id}`, completedNotice(minutesBetween(b.start, b.end)));
      }
    } catch (e) {
      console.warn('[focusgate] notification', e);
    }
    return result;
  }

  async function getBlock(id: string): Promise<FocusBlock> {
    const b = await db().blocks.get(id);
    if (!b) throw new Error('No such block');
    return b;
  }

  return {
    name: 'focus',
    alarms: [{ name: SAFETY_ALARM, periodInMinutes: 15 }],

    onStart: () =>
      serial(async () => {
        await materialise(db(), Date.now(), tz());
        await settle(true);
      }),

    onAlarm: (name) => {
      if (name === TRANSITION_ALARM || name === TICK_ALARM) return serial(() => settle()).then(() => undefined);
      if (name === SAFETY_ALARM)
        return serial(async () => {
          await materialise(db(), Date.now(), tz());
          await settle();
        });
    },

    handlers: {
      getFocusState: () => serial(() => readFocusState(db(), Date.now())),

      settleFocus: () => serial(async () => (await settle()).state),

      startFocus: ({ minutes, until }) =>
        serial(async () => {
          const now = Date.now();
          const span = minutes !== undefined ? focusFor(now, minutes) : { start: now, end: until! };
          checkSpan(span.start, span.end, now);
          await db().blocks.add({ id: crypto.randomUUID(), ...span, source: 'now', status: 'scheduled', createdAt: now });
          return (await settle()).state;
        }),

      endFocus: ({ reason }) =>
        serial(async () => {
          const now = Date.now();
          await settleBlocks(db(), now); // a block whose start alarm is still pending counts as running
          const ended = await endRunning(db(), now, reason);
          if (!ended.length) throw new Error('No focus block is running');
          return (await settle()).state;
        }),

      listBlocks: async ({ from, to }) => ({
        blocks: await blocksBetween(db(), from, to),
        schedules: await activeSchedules(db()),
      }),

      scheduleBlock: ({ start, end }) =>
        serial(async () => {
          const now = Date.now();
          checkSpan(start, end, now);
          const id = crypto.randomUUID();
          await db().blocks.add({ id, start, end, source: 'once', status: 'scheduled', createdAt: now });
          await settle();
          return getBlock(id);
        }),

      updateBlock: ({ id, start, end }) =>
        serial(async () => {
          const now = Date.now();
          const b = await getBlock(id);
          if (b.status === 'active') {
            // A running block keeps its start; only its end moves (and not into the past).
            checkSpan(b.start, end, now);
            await db().blocks.update(id, { end });
          } else if (b.status === 'scheduled') {
            checkSpan(start, end, now);
            await db().blocks.update(id, { start, end });
          } else {
            throw new Error('This block is over and can no longer be changed');
          }
          await settle();
          return getBlock(id);
        }),

      deleteBlock: ({ id }) =>
        serial(async () => {
          const b = await getBlock(id);
          if (b.status === 'active') throw new Error('This block is running: end it early instead');
          if (b.status !== 'scheduled') throw new Error('Only upcoming blocks can be deleted');
          // A schedule's occurrence stays as "cancelled" so the schedule does not bring it back.
          if (b.source === 'schedule') await db().blocks.update(id, { status: 'cancelled' });
          else await db().blocks.delete(id);
          await settle();
          return { ok: true as const };
        }),

      restoreBlock: ({ block }) =>
        serial(async () => {
          const current = await db().blocks.get(block.id);
          if (current && current.status !== 'cancelled') throw new Error('This block already exists');
          if (block.status !== 'scheduled') throw new Error('Only upcoming blocks can be restored');
          checkSpan(block.start, block.end, Date.now());
          await db().blocks.put(block);
          await settle();
          return { ok: true as const };
        }),

      createSchedule: ({ weekdays, startTime, durationMinutes }) =>
        serial(async () => {
          const now = Date.now();
          const schedule = { id: crypto.randomUUID(), weekdays: [...new Set(weekdays)].sort(), startTime, durationMinutes, createdAt: now };
          await db().schedules.add(schedule);
          await materialise(db(), now, tz());
          await settle();
          return schedule;
        }),

      deleteSchedule: ({ id }) =>
        serial(async () => {
          await deleteSchedule(db(), id, Date.now());
          await settle();
          return { ok: true as const };
        }),

      restoreSchedule: ({ id }) =>
        serial(async () => {
          await restoreSchedule(db(), id, Date.now());
          await materialise(db(), Date.now(), tz());
          await settle();
          return { ok: true as const };
        }),

      getOverlaps: async ({ start, end }) => {
        if (!(end > start)) throw new Error('The range must end after it starts');
        if (end - start > OVERLAP_MAX_MS) throw new Error('The range can span at most a year');
        const stored = await blocksBetween(db(), start, end);
        const now = Date.now();
        // Occurrences further ahead than the materialised horizon come straight from the rules;
        // one stored in any state (a cancelled one included) is never projected again.
        const candidates = (await activeSchedules(db())).flatMap((s) => occurrenceBlocks(s, start, end, tz(), now));
        const existing = await db().blocks.bulkGet(candidates.map((b) => b.id));
        const projected = candidates.filter((b, i) => !existing[i] && b.end > now);
        return { blocks: [...stored, ...projected].filter((b) => overlaps(b, { start, end })).sort((a, b) => a.start - b.start) };
      },

      getTodaySummary: async () => {
        const now = Date.now();
        const { count, sum } = counters((await db().rollups.get(dayKey(now)))?.metrics ?? {});
        const midnight = startOfLocalDay(now);
        const running = (await db().blocks.where('status').equals('active').toArray())
          .filter((b) => b.start <= now)
          .reduce((sum, b) => sum + Math.max(0, Math.min(now, b.end) - Math.max(b.start, midnight)), 0);
        const kept = sum('focus-completed', 'actualMinutes') + sum('focus-ended-early', 'actualMinutes') + Math.floor(running / 60_000);
        return {
          focusMinutesKept: kept,
          heldToday: count('notification-held'),
          brokeThroughToday: count('notification-breakthrough'),
          notHeld: totalNotHeld(await notHeldItem.getValue()),
        };
      },
    },
  };
}

