/**
 * Stats at scale: a year of realistic events (≥ 200,000) written through the real
 * `recordEvents` path (events + roll-ups in one transaction per batch) into fake-indexeddb,
 * then the time to compute a 90-day and a 365-day view from roll-ups and from raw events.
 */
import 'fake-indexeddb/auto';
import { addDays, format } from 'date-fns';
import { recordEvents } from '../../utils/stats/background/events';
import { readSummary, rebuildRollups } from '../../utils/stats/background/rollups';
import { readSummaryFromEvents } from '../oracles/stats';
import { openDb } from '../../utils/platform/db/database';
import { fmtMs } from './timing';
import { yearOfEvents } from './year-of-events';

async function timeAsync(fn: () => Promise<unknown>, runs: number, warmup = true): Promise<{ median: number; max: number }> {
  if (warmup) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)]!, max: samples.at(-1)! };
}

export default async function statsBench(): Promise<void> {
  const db = openDb(`bench-stats-${Date.now()}`);
  const lastDay = new Date(2026, 10, 25);
  const days = yearOfEvents(lastDay);
  const total = days.reduce((n, d) => n + d.length, 0);

  let t0 = performance.now();
  for (const batch of days) await recordEvents(batch, db);
  const seedMs = performance.now() - t0;
  console.log(`seeded ${total.toLocaleString('en')} events over ${days.length} days through recordEvents (one batch per day) in ${(seedMs / 1000).toFixed(1)} s; ${await db.rollups.count()} roll-up rows`);

  const to = format(lastDay, 'yyyy-MM-dd');
  for (const span of [90, 365]) {
    const from = format(addDays(lastDay, -(span - 1)), 'yyyy-MM-dd');
    const fromRollups = await timeAsync(() => readSummary(db, from, to), 20);
    const fromEvents = await timeAsync(() => readSummaryFromEvents(db, from, to), 3, false);
    const check = await readSummary(db, from, to);
    const same = JSON.stringify(check) === JSON.stringify(await readSummaryFromEvents(db, from, to));
    console.log(
      `${span}-day view: from roll-ups median ${fmtMs(fromRollups.median)} (max ${fmtMs(fromRollups.max)}, ${check.dayCount} rows); ` +
        `from raw events median ${fmtMs(fromEvents.median)} (max ${fmtMs(fromEvents.max)}); same figures: ${same}`,
    );
  }

  t0 = performance.now();
  const rebuilt = await rebuildRollups(db);
  console.log(`rebuildRollups from raw events: ${rebuilt} days in ${fmtMs(performance.now() - t0)}`);
  db.close();
  await db.delete();
}
