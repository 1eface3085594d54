import type { PlayerError, PlaylistInfo } from '@videokit/core';
import type { DrmSource } from '../drm/drm-source.ts';

/** An alternate audio rendition, as the element lists it. */
export interface AudioTrackInfo {
  id: string;
  label: string;
  language: string;
  enabled: boolean;
}

/** A video rendition the viewer (or the app) can pin, or leave to adaptive selection. */
export interface RenditionInfo {
  id: string;
  width: number;
  height: number;
  bitrate: number;
  selected: boolean;
}

/** What an engine needs to start: the resolved source and how the element wants it loaded. */
export interface EngineSource {
  url: string;
  kind: 'hls' | 'mp4';
  /** Seconds to start at (`start-time`), or undefined for the stream's default. */
  startTime?: number;
  /** Buffer only the start until play (`preload="metadata"`). */
  deferLoading: boolean;
  /** `default-hidden-captions`: select the default subtitles but do not show them. */
  hideCaptions: boolean;
  /** Set when a `drm-token` is: licences for this playback ID. */
  drm?: DrmSource;
  /** `max-reconnect-retries`: how long a live playlist that stopped changing is waited for. */
  reconnectRetries?: number;
}

/** How an engine reports back; the element turns these into state and events. */
export interface EngineEvents {
  error(error: PlayerError): void;
  /** Playlist facts: stream type, DVR, low latency, ended. */
  playlist(info: PlaylistInfo): void;
  /** Audio tracks or renditions were listed or changed selection. */
  tracks(): void;
  /** Loading resumed after a reported error (e.g. the network came back). */
  recovered(): void;
}

/** What analytics (`mux-embed`) follows besides the media element: the engine's own events. */
export interface EngineAnalytics {
  /** An hls.js instance and its class (mux-embed reads its events and constants). */
  hlsjs?: object;
  Hls?: object;
}

/**
 * How the local `<video>` is fed (hls.js, or the browser's own HLS/MP4). The session never
 * reaches past this interface, so engines are interchangeable: each reports its own failures
 * (media errors, encrypted media without a `drm-token`) through `EngineEvents.error`.
 */
export interface PlaybackEngine {
  /** What analytics needs to follow this engine; empty when the media element says it all. */
  readonly analytics: EngineAnalytics;
  load(source: EngineSource): Promise<void>;
  /** Starts loading now (after `preload="none"`, on play). */
  startLoading(): void;
  /** Resolves when enough is buffered to start playing (`min-preload-segments`); at once without it. */
  startable(): Promise<void>;
  readonly audioTracks: readonly AudioTrackInfo[];
  selectAudioTrack(id: string): void;
  readonly renditions: readonly RenditionInfo[];
  /** `'auto'` returns to adaptive selection. */
  selectRendition(id: string): void;
  readonly autoRendition: boolean;
  /** Seconds of the live edge the player should sit at, or NaN for on-demand. */
  readonly liveEdge: number;
  /** Wall-clock time (ms since the epoch) of the playhead from the playlist's program date times, or NaN. */
  readonly playingDate: number;
  /** Removes every listener, timer and hls.js instance; the engine is unusable afterwards. */
  destroy(): void;
}
