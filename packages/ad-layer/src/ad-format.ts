/** "Ad 1 of 2", or "Ad" for a single ad. */
export function adLabel(position: number, total: number): string {
  return total > 1 ? `Ad ${String(position)} of ${String(total)}` : 'Ad';
}

/** Remaining seconds as `m:ss`, rounded up so the count never shows 0:00 while playing. */
export function formatCountdown(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '';
  const whole = Math.ceil(seconds);
  return `${String(Math.floor(whole / 60))}:${String(whole % 60).padStart(2, '0')}`;
}

/** Seconds until an ad may be skipped, or 0 once it may (-1 offsets are never skippable). */
export function secondsUntilSkip(skipOffset: number, currentTime: number): number {
  if (skipOffset < 0) return Infinity;
  return Math.max(0, Math.ceil(skipOffset - currentTime));
}
