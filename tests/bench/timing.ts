/** Times `fn` over `runs` calls (after a warm-up) and returns median and p95 in milliseconds. */
export function timeCalls(fn: () => unknown, runs = 500, warmup = 50): { median: number; p95: number; runs: number } {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95), runs };
}

export function fmtMs(ms: number): string {
  return `${ms.toFixed(3)} ms`;
}
