import type { PlaylistInfo } from '@videokit/core';

/** The fields of hls.js's `LevelDetails` that say what kind of stream this is. */
export interface LevelDetailsLike {
  live: boolean;
  type: string | null;
  partTarget: number;
  targetduration: number;
  holdBack: number;
  partHoldBack: number;
}

/**
 * hls.js has parsed the playlist already; read the same facts core's `playlistInfo` reads from
 * playlist text, with the same meaning (`live` is false once `EXT-X-ENDLIST` is present).
 */
export function playlistInfoFromDetails(details: LevelDetailsLike): PlaylistInfo {
  const playlistType = details.type === 'VOD' || details.type === 'EVENT' ? details.type : undefined;
  const live = details.live && playlistType !== 'VOD';
  const info: PlaylistInfo = {
    streamType: live ? 'live' : 'on-demand',
    dvr: live && playlistType === 'EVENT',
    lowLatency: details.partTarget > 0,
    ended: !live,
  };
  if (playlistType) info.playlistType = playlistType;
  if (details.targetduration) info.targetDuration = details.targetduration;
  if (details.partTarget) info.partTarget = details.partTarget;
  if (details.holdBack) info.holdBack = details.holdBack;
  if (details.partHoldBack) info.partHoldBack = details.partHoldBack;
  return info;
}
