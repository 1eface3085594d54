/**
 * How long a live stream that stopped arriving is waited for. Two watchers share these numbers:
 * the stall controller (playing, no data) and the hls.js engine (the playlist stopped changing),
 * so whichever notices first gives up at the same bound.
 */

import { DEFAULT_RECONNECT_RETRIES } from './controllers/live-stall-link.ts';

export { DEFAULT_RECONNECT_RETRIES };
/** How long a live stream may wait for data before the viewer is told it is waiting for the stream. */
export const LIVE_STALL_MS = 3000;
/** One reconnect attempt: a blocking playlist reload's bound on a low-latency stream (three 2 s segments). */
export const RECONNECT_ATTEMPT_MS = 6000;

/** `max-reconnect-retries` as a count of attempts: a whole number ≥ 0, else the default. */
export function reconnectAttempts(value: number): number {
  return Number.isInteger(value) && value >= 0 ? value : DEFAULT_RECONNECT_RETRIES;
}

/** The whole wait for `attempts` reconnect attempts, in milliseconds. */
export function reconnectWindowMs(attempts: number): number {
  return LIVE_STALL_MS + attempts * RECONNECT_ATTEMPT_MS;
}

/** What the viewer is told when a live stream did not come back within `attempts` reconnect attempts. */
export function disconnectedMessage(attempts: number): string {
  const seconds = String(reconnectWindowMs(attempts) / 1000);
  return `the live stream stopped arriving and did not come back after ${String(attempts)} reconnect attempts (${seconds} s); raise max-reconnect-retries to wait longer`;
}
