/**
 * Mux Player's spellings of what this element names otherwise: aliases onto one implementation,
 * so a page written for Mux Player works after renaming the tag (its property names are accessors
 * in `player-properties.ts`). Warnings go out once per page.
 */

/** Mux Player attribute → this element's attribute. */
export const ATTRIBUTE_ALIASES: Readonly<Record<string, string>> = {
  playbackrates: 'playback-rates',
  'no-volume-pref': 'no-volume-preference',
};

/** Warnings already given on this page, so a repeated render or player says each once. */
const warned = new Set<string>();

export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`<video-player> ${message}`);
}

/** True for an accepted value; otherwise warns once, naming the attribute and what it accepts. */
export function accepted(attribute: string, value: string, values: readonly string[]): boolean {
  if (values.includes(value)) return true;
  warnOnce(
    `${attribute}="${value}" is not a known value and is ignored: use one of ${values.map((v) => `"${v}"`).join(', ')}`,
  );
  return false;
}

/** Mux Player's deprecated `stream-type` values. */
export type LegacyStreamType = 'll-live' | 'live:dvr' | 'll-live:dvr';

/**
 * Mux Player's deprecated stream types: `ll-live`, `live:dvr`, `ll-live:dvr` are `live`, with
 * DVR for the `:dvr` ones (low latency follows the playlist itself). Undefined for other values.
 */
export function legacyStreamType(value: string): { dvr: boolean } | undefined {
  if (value !== 'll-live' && value !== 'live:dvr' && value !== 'll-live:dvr') return undefined;
  const dvr = value.endsWith(':dvr');
  warnOnce(
    `stream-type="${value}" is deprecated: use stream-type="live"${dvr ? ' with target-live-window="Infinity"' : ''} (low latency is read from the stream)`,
  );
  return { dvr };
}
