/**
 * {@link redactTokens} over structured data (an error's context, an analytics beacon). Its own
 * module so that the eager player, which needs only `redactTokens`, does not carry it.
 */
import { redactTokens } from './redact.ts';

/**
 * A copy of `value` with {@link redactTokens} applied to every string in it, however deeply nested;
 * objects are copied as their own enumerable properties (plain data, as reports and beacons are).
 */
export function redactValues<T>(value: T): T {
  if (typeof value === 'string') return redactTokens(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => redactValues(item)) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactValues(item)])) as T;
}
