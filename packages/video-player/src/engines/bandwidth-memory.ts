/**
 * The last measured bandwidth, kept across page loads so the next start picks the right
 * rendition without a bandwidth test. Storage may be unavailable (privacy modes, sandboxed
 * iframes); then every start uses the default.
 */
const KEY = 'videokit:bandwidth-estimate';

/** hls.js's own default is 500 kbit/s; a broadband page starts sharper with 2 Mbit/s. */
export const DEFAULT_BANDWIDTH = 2_000_000;

export function rememberedBandwidth(): number {
  try {
    const stored = Number(globalThis.localStorage.getItem(KEY));
    return Number.isFinite(stored) && stored > 0 ? stored : DEFAULT_BANDWIDTH;
  } catch {
    return DEFAULT_BANDWIDTH;
  }
}

export function rememberBandwidth(bitsPerSecond: number): void {
  if (!Number.isFinite(bitsPerSecond) || bitsPerSecond <= 0) return;
  try {
    globalThis.localStorage.setItem(KEY, String(Math.round(bitsPerSecond)));
  } catch {
    // storage refused: the estimate lives only as long as the page
  }
}
