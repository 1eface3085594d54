/** Order statistics for a small sample of timings. */
export interface Summary {
  runs: number;
  median: number;
  p90: number;
  min: number;
  max: number;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const round = (ms: number): number => Math.round(ms * 10) / 10;
  return {
    runs: sorted.length,
    median: round(at(0.5)),
    p90: round(at(0.9)),
    min: round(sorted[0] ?? NaN),
    max: round(sorted.at(-1) ?? NaN),
  };
}
