/**
 * What a media playlist says about the stream (DESIGN §3 "Live"): no `EXT-X-PLAYLIST-TYPE` is live
 * without DVR, `EVENT` is live with DVR, `VOD` is on demand, `EXT-X-ENDLIST` means no more
 * segments will come, and `EXT-X-PART-INF` marks low-latency HLS.
 */

/** `unknown` until a media playlist has been read. */
export type StreamType = 'on-demand' | 'live' | 'unknown';

/** What {@link playlistInfo} reads from a media playlist; durations in seconds. */
export interface PlaylistInfo {
  /** `live` while segments may still be added; `on-demand` once the playlist is complete. */
  streamType: StreamType;
  /** Live with a growing window the viewer can seek back into (`EVENT`). */
  dvr: boolean;
  lowLatency: boolean;
  /** `EXT-X-ENDLIST` is present: the stream is complete (an on-demand asset, or a live stream that ended). */
  ended: boolean;
  /** `EXT-X-PLAYLIST-TYPE`, if any. */
  playlistType?: 'VOD' | 'EVENT';
  targetDuration?: number;
  partTarget?: number;
  holdBack?: number;
  partHoldBack?: number;
}

/** Reads a numeric attribute (`NAME=1.5`) from a tag's attribute list. */
function attribute(list: string, name: string): number | undefined {
  const match = new RegExp(`(?:^|,)${name}=([0-9.]+)`).exec(list);
  const value = match?.[1] === undefined ? Number.NaN : Number(match[1]);
  return Number.isFinite(value) ? value : undefined;
}

const UNKNOWN: PlaylistInfo = { streamType: 'unknown', dvr: false, lowLatency: false, ended: false };

/**
 * Classifies a media playlist. A multivariant playlist, or text that is not a playlist, is
 * `unknown`: the stream type lives in the media playlists. A playlist with `EXT-X-ENDLIST` is
 * `on-demand` even when it was live (`ended` and `playlistType: 'EVENT'` tell a finished event
 * apart): it has a fixed duration and plays to its end.
 */
export function playlistInfo(mediaPlaylistText: string): PlaylistInfo {
  const lines = mediaPlaylistText.split(/\r?\n/).map((line) => line.trim());
  if (lines[0]?.replace(/^\uFEFF/, '') !== '#EXTM3U') return { ...UNKNOWN };
  if (lines.some((line) => line.startsWith('#EXT-X-STREAM-INF:'))) return { ...UNKNOWN };
  let playlistType: 'VOD' | 'EVENT' | undefined;
  let ended = false;
  let lowLatency = false;
  const info: Partial<PlaylistInfo> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    const tag = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1);
    switch (tag) {
      case '#EXT-X-PLAYLIST-TYPE':
        if (value === 'VOD' || value === 'EVENT') playlistType = value;
        break;
      case '#EXT-X-ENDLIST':
        ended = true;
        break;
      case '#EXT-X-TARGETDURATION':
        info.targetDuration = attribute(`X=${value}`, 'X');
        break;
      case '#EXT-X-PART-INF':
        lowLatency = true;
        info.partTarget = attribute(value, 'PART-TARGET');
        break;
      case '#EXT-X-SERVER-CONTROL':
        info.holdBack = attribute(value, 'HOLD-BACK');
        info.partHoldBack = attribute(value, 'PART-HOLD-BACK');
        break;
    }
  }
  const live = playlistType !== 'VOD' && !ended;
  const result: PlaylistInfo = {
    streamType: live ? 'live' : 'on-demand',
    dvr: live && playlistType === 'EVENT',
    lowLatency,
    ended: ended || playlistType === 'VOD',
  };
  if (playlistType) result.playlistType = playlistType;
  for (const key of ['targetDuration', 'partTarget', 'holdBack', 'partHoldBack'] as const) {
    const value = info[key];
    if (value !== undefined) result[key] = value;
  }
  return result;
}

/**
 * Seconds behind the live edge a player should sit: `PART-HOLD-BACK` (else 3 × part target) for
 * low-latency playlists, else `HOLD-BACK` (else 3 × target duration, the HLS spec's minimum).
 * 0 for on-demand or unknown streams.
 */
export function liveEdgeOffset(info: PlaylistInfo): number {
  if (info.streamType !== 'live') return 0;
  if (info.lowLatency) {
    if (info.partHoldBack !== undefined) return info.partHoldBack;
    if (info.partTarget !== undefined) return 3 * info.partTarget;
  }
  if (info.holdBack !== undefined) return info.holdBack;
  return info.targetDuration === undefined ? 0 : 3 * info.targetDuration;
}

/**
 * The seekable window a UI should offer (Mux Player's `target-live-window`): `NaN` for on-demand
 * or unknown, `0` for live without DVR (stay at the edge), `Infinity` for DVR.
 */
export function targetLiveWindow(info: PlaylistInfo): number {
  if (info.streamType !== 'live') return Number.NaN;
  return info.dvr ? Number.POSITIVE_INFINITY : 0;
}
