/// <reference types="chromecast-caf-sender" preserve="true" />

/** Parts of the current sender API that the `@types/chrome` cast typings predate. */
interface CurrentMediaNamespace {
  HlsSegmentFormat?: { FMP4: string };
  HlsVideoSegmentFormat?: { FMP4: string };
}
type CurrentMediaInfo = chrome.cast.media.MediaInfo & {
  contentUrl?: string;
  hlsSegmentFormat?: string;
  hlsVideoSegmentFormat?: string;
};

/** What the player knows about the media it hands to a receiver. */
export interface CastMedia {
  /** The HLS (or MP4) URL, with the playback token for signed IDs. */
  url: string;
  kind: 'hls' | 'mp4';
  playbackId: string | undefined;
  drmToken: string | undefined;
  live: boolean;
  /** Seconds to start the receiver at: where local playback is. */
  currentTime: number;
  autoplay: boolean;
  title: string | undefined;
  poster: string | undefined;
  /** The app's `castCustomData`, merged into the request's `customData`. */
  customData: Record<string, unknown> | undefined;
}

/**
 * The `LoadRequest` for a receiver, as the platform's DRM casting guide builds it: the HLS URL
 * with its token, fMP4 segment formats for DRM streams (their segments are always fMP4), and
 * `customData.mux` with the playback ID and DRM token so the receiver can build licence URLs.
 */
export function buildLoadRequest(chromeCast: typeof chrome.cast, media: CastMedia): chrome.cast.media.LoadRequest {
  const { MediaInfo, LoadRequest, GenericMediaMetadata, StreamType } = chromeCast.media;
  const { HlsSegmentFormat, HlsVideoSegmentFormat } = chromeCast.media as CurrentMediaNamespace;
  const info: CurrentMediaInfo = new MediaInfo(media.url, media.kind === 'hls' ? 'application/x-mpegurl' : 'video/mp4');
  info.contentUrl = media.url;
  info.streamType = media.live ? StreamType.LIVE : StreamType.BUFFERED;
  if (media.drmToken) {
    info.hlsSegmentFormat = HlsSegmentFormat?.FMP4 ?? 'fmp4';
    info.hlsVideoSegmentFormat = HlsVideoSegmentFormat?.FMP4 ?? 'fmp4';
  }
  const metadata = new GenericMediaMetadata();
  if (media.title) metadata.title = media.title;
  if (media.poster) metadata.images = [new chromeCast.Image(media.poster)];
  info.metadata = metadata;
  const mux = media.playbackId
    ? { mux: { playbackId: media.playbackId, ...(media.drmToken ? { tokens: { drm: media.drmToken } } : {}) } }
    : {};
  info.customData = { ...mux, ...media.customData };
  const request = new LoadRequest(info);
  // Live joins at the live edge; on demand resumes where the viewer is.
  if (!media.live) request.currentTime = media.currentTime;
  request.autoplay = media.autoplay;
  return request;
}
