/**
 * What the element's attributes mean to its parts, read in one place: the session's load
 * settings, the media Cast sends, the storyboard and the poster.
 */
import {
  defaultBeaconDomain,
  targetLiveWindow,
  videoTitleOf,
  type PlaylistInfo,
  type StreamType,
} from '@videokit/core';
import type { HlsConfig } from 'hls.js';
import { STREAM_TYPES } from './attribute-converters.ts';
import { accepted } from './mux-spellings.ts';
import { parseAutoplay } from './autoplay.ts';
import type { CastMedia } from './cast/load-request.ts';
import type { StoryboardSource } from './controls/context.ts';
import type { PreferPlayback } from './engines/choose-engine.ts';
import { collectMetadata } from './metadata.ts';
import type { SessionConfig } from './playback-session.ts';
import { sourceInputsOf, type SourceFields } from './source-inputs.ts';
import { derivedPoster, type ResolvedSource } from './source.ts';
import { PLAYER_NAME, PLAYER_VERSION } from './version.ts';

/** Tokens per use, as the `tokens` property takes them. */
export interface PlayerTokens {
  playback?: string;
  drm?: string;
  thumbnail?: string;
  storyboard?: string;
}

/** The element's fields the parts read (`VideoPlayer` has them all). */
export interface PlayerFields extends SourceFields, HTMLElement {
  /** Renders again (the poster once a thumbnail token's check has loaded). */
  requestUpdate(): void;
  startTime?: number | undefined;
  preload: string;
  autoplay: string | boolean;
  preferPlayback?: PreferPlayback | undefined;
  hlsConfig?: Partial<HlsConfig> | undefined;
  defaultHiddenCaptions: boolean;
  disableTracking: boolean;
  envKey?: string | undefined;
  beaconCollectionDomain?: string | undefined;
  metadata?: Record<string, unknown> | undefined;
  storyboardSrc?: string | undefined;
  storyboardToken?: string | undefined;
  thumbnailToken?: string | undefined;
  playbackToken?: string | undefined;
  drmToken?: string | undefined;
  poster?: string | undefined;
  audio: boolean;
  castCustomData?: Record<string, unknown> | undefined;
  readonly streamType: string;
  readonly currentTime: number;
  readonly paused: boolean;
}

export function sessionConfig(player: PlayerFields, initTime: number): SessionConfig {
  const { autoplay } = player;
  return {
    inputs: sourceInputsOf(player),
    startTime: player.startTime,
    preload: player.preload,
    autoplay: parseAutoplay(autoplay === false ? null : autoplay === true ? '' : autoplay),
    preferPlayback: player.preferPlayback,
    hlsConfig: player.hlsConfig,
    hideCaptions: player.defaultHiddenCaptions,
    analytics: player.disableTracking
      ? undefined
      : () => ({
          envKey: player.envKey,
          beaconCollectionDomain: player.beaconCollectionDomain ?? defaultBeaconDomain(player.customDomain),
          metadata: collectMetadata(player, player.metadata),
          playerName: PLAYER_NAME,
          playerVersion: PLAYER_VERSION,
          playerInitTime: initTime,
          element: player,
        }),
  };
}

/** `storyboard-src`, else the playback ID's own for on-demand IDs (a signed ID needs a storyboard token). */
export function storyboardOf(player: PlayerFields): StoryboardSource | undefined {
  if (player.storyboardSrc) return { src: player.storyboardSrc };
  const { playbackId, playbackToken, storyboardToken } = player;
  if (!playbackId || player.src || (playbackToken && !storyboardToken)) return undefined;
  const text = (value: string | number | undefined): string | undefined =>
    value === undefined || value === '' ? undefined : String(value);
  return {
    playbackId,
    customDomain: player.customDomain,
    token: storyboardToken,
    assetStartTime: text(player.assetStartTime),
    assetEndTime: text(player.assetEndTime),
  };
}

/** `poster` as set, else the playback ID's thumbnail; none for `src`, audio players or an invalid source. */
export function posterOf(
  explicit: string | undefined,
  player: PlayerFields,
  source: ResolvedSource,
): string | undefined {
  if (explicit !== undefined) return explicit || undefined;
  // An invalid source has already said what is wrong; no second message for its poster.
  // An audio-only player has no picture to preview (and its assets have no thumbnails).
  if (player.src || player.audio || source.status === 'invalid') return undefined;
  const { url, problem } = derivedPoster(sourceInputsOf(player), () => player.requestUpdate());
  if (problem) console.warn(`<video-player> no poster: ${problem.message}`);
  return url;
}

/** What Cast sends to the receiver for the current source. */
export function castMediaOf(player: PlayerFields, source: ResolvedSource): CastMedia | undefined {
  if (source.status !== 'ready') return undefined;
  return {
    url: source.url,
    kind: source.kind,
    playbackId: player.playbackId,
    drmToken: source.drm?.token,
    live: player.streamType === 'live',
    currentTime: player.currentTime,
    autoplay: !player.paused,
    title: videoTitleOf({
      'metadata-video-title': player.getAttribute('metadata-video-title'),
      'video-title': player.getAttribute('video-title'),
      title: player.title,
    }),
    poster: player.poster,
    customData: player.castCustomData,
  };
}

export const tokensOf = (player: PlayerFields): PlayerTokens => ({
  playback: player.playbackToken,
  drm: player.drmToken,
  thumbnail: player.thumbnailToken,
  storyboard: player.storyboardToken,
});

export function setTokens(player: PlayerFields, tokens: PlayerTokens | undefined): void {
  player.playbackToken = tokens?.playback;
  player.drmToken = tokens?.drm;
  player.thumbnailToken = tokens?.thumbnail;
  player.storyboardToken = tokens?.storyboard;
}

/** `stream-type` when set, else what the playlist says (`unknown` until it loads). */
/** `stream-type`, else the playlist's, else Mux Player's `default-stream-type` until the playlist loads. */
export const streamTypeOf = (
  explicit: StreamType | undefined,
  playlist: PlaylistInfo | undefined,
  fallback: string | null,
): StreamType =>
  explicit ??
  playlist?.streamType ??
  (fallback && accepted('default-stream-type', fallback, STREAM_TYPES) ? (fallback as StreamType) : 'unknown');

/** `target-live-window` when set; else 0 for an explicit live stream not loaded yet, else the playlist's. */
export function liveWindowOf(
  explicit: number | undefined,
  explicitType: StreamType | undefined,
  playlist: PlaylistInfo | undefined,
): number {
  if (explicit !== undefined) return explicit;
  if (explicitType === 'live' && !playlist) return 0;
  return playlist ? targetLiveWindow(playlist) : NaN;
}

/** Seconds between now and `playingDate` (ms since the epoch) on a live stream; NaN otherwise. */
export function liveLatencyOf(streamType: StreamType, playingDate: number): number {
  return streamType === 'live' && Number.isFinite(playingDate) ? (Date.now() - playingDate) / 1000 : NaN;
}
