export type PreferPlayback = 'mse' | 'native';
export type EngineKind = 'hls.js' | 'native';

/** What the browser can do, probed once per load (and injectable in tests). */
export interface PlaybackCapabilities {
  mediaSource: boolean;
  nativeHls: boolean;
  /** Safari plays HLS natively better than MSE does there (AirPlay, power, low latency). */
  safari: boolean;
}

export function probeCapabilities(media: HTMLMediaElement): PlaybackCapabilities {
  const mediaSource =
    typeof globalThis.MediaSource !== 'undefined' ||
    typeof (globalThis as { ManagedMediaSource?: unknown }).ManagedMediaSource !== 'undefined';
  const nativeHls = media.canPlayType('application/vnd.apple.mpegurl') !== '';
  const { userAgent } = globalThis.navigator;
  const safari = userAgent.includes('Safari/') && !/Chrome|Chromium|CriOS|FxiOS|EdgiOS|Android/.test(userAgent);
  return { mediaSource, nativeHls, safari };
}

/**
 * hls.js wherever MediaSource exists except Safari; the browser's own HLS otherwise.
 * Chromium answers "maybe" for native HLS, so that answer alone never wins.
 */
export function chooseEngine(
  source: 'hls' | 'mp4',
  prefer: PreferPlayback | undefined,
  can: PlaybackCapabilities,
): EngineKind {
  if (source === 'mp4') return 'native';
  if (prefer === 'native' && can.nativeHls) return 'native';
  if (prefer === 'mse' && can.mediaSource) return 'hls.js';
  if (can.mediaSource && !can.safari) return 'hls.js';
  if (can.nativeHls) return 'native';
  return can.mediaSource ? 'hls.js' : 'native';
}
