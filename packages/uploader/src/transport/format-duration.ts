const UNITS: [string, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

/** A wait in words for messages: "31,710 years", "2 hours", "1 hour", "5 s". */
export function formatDuration(ms: number): string {
  for (const [unit, size] of UNITS) {
    if (ms >= size) {
      const count = Math.round(ms / size);
      return `${count.toLocaleString('en')} ${unit}${count === 1 ? '' : 's'}`;
    }
  }
  return `${Math.round(ms / 1000)} s`;
}
