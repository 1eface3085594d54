/**
 * Delays for retrying a stream that is not live yet (`412`): quick at first, since a stream
 * often starts moments after the page, then backing off so idle viewers cost little.
 */
export function notLiveRetryDelay(attempt: number): number {
  return Math.min(2_000 * 2 ** attempt, 30_000);
}
