import { fill } from '@videokit/core';
import type { AdStrings } from './strings.ts';

/** "Ad 1 of 2", or "Ad" for a single ad, in the words given. */
export function adLabel(words: Pick<AdStrings, 'ad' | 'adOf'>, position: number, total: number): string {
  return total > 1 ? fill(words.adOf, { position, total }) : words.ad;
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
