/**
 * When a failed request is worth another attempt, and how long to wait first.
 * Pure functions, so the policy is tested without a network or a clock.
 */

/**
 * The longest an upload waits before a retry: one hour. Backoff never exceeds it, options may
 * not ask for more, and a `Retry-After` asking for more ends the upload with an error rather
 * than retrying sooner than the server allowed (a timer cannot wait past 2^31-1 ms anyway; it
 * fires at once, which is how a huge `Retry-After` used to turn into an immediate retry).
 */
export const MAX_RETRY_DELAY_MS = 60 * 60 * 1000;

export interface RetryPolicy {
  /**
   * Tries before giving up; the count restarts only when the server confirms bytes beyond any
   * it confirmed before (see RetryBudget).
   */
  attempts: number;
  /** The delay (ms) before every retry (`constant`), or the first one (`exponential`). */
  baseDelayMs: number;
  /** Ceiling of the exponential backoff (ms); `Retry-After` may ask for longer and is honoured. */
  maxDelayMs: number;
  /** Statuses to retry; `null` means 408, 429 and every 5xx. Network errors and stalls always retry. */
  retryCodes: readonly number[] | null;
  /** `constant` waits `baseDelayMs` each time (UpChunk); `exponential` doubles it, with jitter. */
  backoff: 'constant' | 'exponential';
}

/** UpChunk's default `retryCodes`: the statuses that say "try the same request later". */
export const UPCHUNK_RETRY_CODES: readonly number[] = [408, 502, 503, 504];

export function isRetriableStatus(status: number, policy: Pick<RetryPolicy, 'retryCodes'>): boolean {
  if (policy.retryCodes) return policy.retryCodes.includes(status);
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}

/**
 * Exponential backoff with "equal jitter": half the delay is fixed, half random, so
 * many clients that failed together do not retry together, yet none retries at once.
 * `failures` counts the failed attempts so far (1 for the first retry).
 */
export function backoffDelay(failures: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const exponent = Math.max(0, failures - 1);
  const ceiling = Math.min(policy.maxDelayMs, MAX_RETRY_DELAY_MS, policy.baseDelayMs * 2 ** exponent);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** `Retry-After` as a delay (ms): delta-seconds or an HTTP-date; `null` if absent or unreadable. */
export function retryAfterDelay(header: string | null, now: number = Date.now()): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  if (!/[a-z]/i.test(value)) return null;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * The wait before the next attempt: the server's `Retry-After` when it gave one, else backoff.
 * May exceed `MAX_RETRY_DELAY_MS` only through `Retry-After`; the caller refuses such a wait.
 */
export function nextDelay(
  failures: number,
  policy: RetryPolicy,
  retryAfter: string | null,
  random: () => number = Math.random,
  now: number = Date.now(),
): number {
  const asked = retryAfterDelay(retryAfter, now);
  if (asked !== null) return asked;
  const delay = policy.backoff === 'constant' ? policy.baseDelayMs : backoffDelay(failures, policy, random);
  return Math.min(delay, MAX_RETRY_DELAY_MS);
}
