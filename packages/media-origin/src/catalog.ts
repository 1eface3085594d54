/**
 * The playback IDs this origin knows, and what each one plays. `signed` and `drm` IDs need a
 * token on every URL (DRM requires signed URLs on the platform); `public` IDs refuse one.
 */
export type PlaybackPolicy = 'public' | 'signed' | 'drm';

export type LiveMode = 'sliding' | 'dvr' | 'not-started' | 'ended';

export interface PlaybackEntry {
  policy: PlaybackPolicy;
  /** Fixture directory holding the media. */
  asset: string;
  /** Fixture directory holding thumbnails and storyboards (same content, packaged once). */
  images: string | null;
  /** Absent for on-demand assets. */
  live?: LiveMode;
  /**
   * A low-latency stream (LL-HLS parts, blocking reload) whose encoder tests and the demo drive
   * through `control.{domain}/live/{id}/…`. Its media is `test/fixtures/media/live-ll/`.
   */
  lowLatency?: boolean;
  /** Which key system the playlists of an encrypted asset advertise (default ClearKey). */
  keyFormat?: KeyFormat;
}

/** ClearKey plays here; Widevine is advertised to prove a player reports a missing CDM clearly. */
export type KeyFormat = 'clearkey' | 'widevine';

export const CATALOG: Readonly<Record<string, PlaybackEntry>> = {
  vod: { policy: 'public', asset: 'vod', images: 'vod' },
  'vod-fmp4': { policy: 'public', asset: 'vod-fmp4', images: 'vod' },
  'vod-clearkey': { policy: 'drm', asset: 'vod-clearkey', images: 'vod' },
  'vod-widevine': { policy: 'drm', asset: 'vod-clearkey', images: 'vod', keyFormat: 'widevine' },
  'audio-only': { policy: 'public', asset: 'audio-only', images: null },
  'signed-vod': { policy: 'signed', asset: 'vod', images: 'vod' },
  live: { policy: 'public', asset: 'live-source', images: 'live-source', live: 'sliding' },
  'live-dvr': { policy: 'public', asset: 'live-source', images: 'live-source', live: 'dvr' },
  'live-not-started': { policy: 'public', asset: 'live-source', images: 'live-source', live: 'not-started' },
  'live-ended': { policy: 'public', asset: 'live-source', images: 'live-source', live: 'ended' },
  'live-ll': { policy: 'public', asset: 'live-ll', images: null, live: 'sliding', lowLatency: true },
  'live-ll-dvr': { policy: 'public', asset: 'live-ll', images: null, live: 'dvr', lowLatency: true },
  // One encoder per Storybook state, so stories that disconnect or end a stream run side by side.
  'live-ll-waiting': { policy: 'public', asset: 'live-ll', images: null, live: 'sliding', lowLatency: true },
  'live-ll-slate': { policy: 'public', asset: 'live-ll', images: null, live: 'sliding', lowLatency: true },
  'live-ll-ended': { policy: 'public', asset: 'live-ll', images: null, live: 'sliding', lowLatency: true },
  'signed-live': { policy: 'signed', asset: 'live-source', images: 'live-source', live: 'sliding' },
};
