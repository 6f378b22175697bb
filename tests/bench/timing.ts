/** Medians and p95s of many calls, in wall time and in the process's CPU time. */
export interface Timing {
  median: number;
  p95: number;
  /** CPU time (`process.cpuUsage`, user + system, less the cost of reading it): what the call cost the machine, whatever else runs on it. */
  cpuMedian: number;
  cpuP95: number;
  runs: number;
}

const at = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/** What reading the CPU clock twice costs, in ms (subtracted from each CPU sample). */
const clockCost = (() => {
  const samples: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const c = process.cpuUsage();
    const d = process.cpuUsage(c);
    samples.push((d.user + d.system) / 1000);
  }
  return at(samples.sort((a, b) => a - b), 0.5);
})();

/** One call's wall and CPU time in ms. */
export function timeOnce(fn: () => unknown): { wall: number; cpu: number } {
  const c = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const d = process.cpuUsage(c);
  return { wall, cpu: Math.max(0, (d.user + d.system) / 1000 - clockCost) };
}

/** The median and p95 of `samples` (ms). */
export function quantiles(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: at(sorted, 0.5), p95: at(sorted, 0.95) };
}

/** Times `fn` over `runs` calls (after a warm-up) and returns median and p95 in milliseconds, wall and CPU. */
export function timeCalls(fn: () => unknown, runs = 500, warmup = 50): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = timeOnce(fn);
    wall.push(t.wall);
    cpu.push(t.cpu);
  }
  const w = quantiles(wall);
  const c = quantiles(cpu);
  return { median: w.median, p95: w.p95, cpuMedian: c.median, cpuP95: c.p95, runs };
}

export function fmtMs(ms: number): string {
  return `${ms.toFixed(3)} ms`;
}
