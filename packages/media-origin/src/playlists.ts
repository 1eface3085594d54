import type { AssetManifest, AudioRendition, LoadedAsset, Segment, VideoRendition } from './assets.ts';
import type { KeyFormat } from './catalog.ts';
import { closestLanguage, type Modifiers } from './modifiers.ts';

/** What every playlist of one playback request shares. */
export interface PlaylistContext {
  playbackId: string;
  asset: LoadedAsset;
  modifiers: Modifiers;
  /** Query string carried to child playlists: the request's own (`?token=…` or the modifiers). */
  childQuery: string;
  /** Query string for media segments: `?token=…` for signed IDs, else empty. */
  segmentQuery: string;
  /** `http://stream2.localhost:PORT` when `redundant_streams=true`. */
  redundantOrigin: string | null;
  /** The key system encrypted playlists advertise. */
  keyFormat: KeyFormat;
}

/** The "p" number of a rendition: its short side, so portrait video is graded like landscape. */
const resolutionOf = (rendition: Picture): number => Math.min(rendition.width, rendition.height);

/** What the resolution modifiers read of a rendition (on-demand or low-latency live). */
type Picture = Pick<VideoRendition, 'width' | 'height'>;

/**
 * Applies `max_resolution`/`min_resolution` (capping to the nearest available rendition, as the
 * platform does) and orders the result: highest first for `rendition_order=desc`, otherwise a
 * middle rendition first so players that start with the first variant start sensibly.
 */
export function selectRenditions<T extends Picture>(video: readonly T[], modifiers: Modifiers): T[] {
  const ascending = [...video].sort((a, b) => resolutionOf(a) - resolutionOf(b));
  let kept = ascending;
  if (modifiers.maxResolution !== undefined) {
    const max = modifiers.maxResolution;
    const capped = kept.filter((rendition) => resolutionOf(rendition) <= max);
    kept = capped.length ? capped : kept.slice(0, 1);
  }
  if (modifiers.minResolution !== undefined) {
    const min = modifiers.minResolution;
    const floored = kept.filter((rendition) => resolutionOf(rendition) >= min);
    kept = floored.length ? floored : kept.slice(-1);
  }
  if (modifiers.renditionOrder === 'desc') return [...kept].reverse();
  const middle = kept[Math.floor(kept.length / 2)];
  return middle ? [middle, ...kept.filter((rendition) => rendition !== middle)] : kept;
}

export const playlistVersion = (asset: AssetManifest): number => (asset.container === 'fmp4' ? 7 : 6);

const attribute = (value: string): string => `"${value.replaceAll('"', "'")}"`;

/**
 * One copy of the media: where its URIs point and the rendition group IDs its variants use.
 * Redundant streams get a second copy on another host with its own groups, so failing over
 * moves audio and subtitles too, not only video.
 */
interface MediaCopy {
  /** '' for URIs relative to the multivariant, else an absolute origin. */
  origin: string;
  audioGroup: string;
  subtitleGroup: string;
}

const PRIMARY: MediaCopy = { origin: '', audioGroup: 'audio', subtitleGroup: 'subs' };

function audioGroupLines(context: PlaylistContext, copy: MediaCopy): string[] {
  const { asset, playbackId, childQuery } = context;
  if (!asset.video.length) return [];
  return asset.audio.map((audio) =>
    [
      `#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="${copy.audioGroup}"`,
      `NAME=${attribute(audio.label)}`,
      `LANGUAGE=${attribute(audio.language)}`,
      'AUTOSELECT=YES',
      `DEFAULT=${audio.default ? 'YES' : 'NO'}`,
      `CHANNELS="${audio.channels}"`,
      `URI=${attribute(`${copy.origin}/${playbackId}/audio/${audio.name}.m3u8${childQuery}`)}`,
    ].join(','),
  );
}

function subtitleGroupLines(context: PlaylistContext, copy: MediaCopy): string[] {
  const { asset, playbackId, childQuery, modifiers } = context;
  const wanted = modifiers.defaultSubtitlesLang;
  const defaultLanguage = wanted
    ? closestLanguage(
        wanted,
        asset.subtitles.map((track) => track.language),
      )
    : undefined;
  return asset.subtitles.map((track) =>
    [
      `#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID="${copy.subtitleGroup}"`,
      `NAME=${attribute(track.label)}`,
      `LANGUAGE=${attribute(track.language)}`,
      'AUTOSELECT=YES',
      `DEFAULT=${track.language === defaultLanguage ? 'YES' : 'NO'}`,
      'FORCED=NO',
      `URI=${attribute(`${copy.origin}/${playbackId}/subtitles/${track.language}.m3u8${childQuery}`)}`,
    ].join(','),
  );
}

function maxAudio(audio: readonly AudioRendition[]): AudioRendition | undefined {
  return [...audio].sort((a, b) => b.bandwidth - a.bandwidth)[0];
}

function videoVariantLines(context: PlaylistContext, copy: MediaCopy): string[] {
  const { asset, playbackId, childQuery } = context;
  const audio = maxAudio(asset.audio);
  const lines: string[] = [];
  for (const video of selectRenditions(asset.video, context.modifiers)) {
    const codecs = [video.codecs, video.muxedAudioCodecs ?? audio?.codecs].filter(Boolean).join(',');
    const attributes = [
      `BANDWIDTH=${video.bandwidth + (audio?.bandwidth ?? 0)}`,
      `AVERAGE-BANDWIDTH=${video.averageBandwidth + (audio?.bandwidth ?? 0)}`,
      `CODECS="${codecs}"`,
      `RESOLUTION=${video.width}x${video.height}`,
      `FRAME-RATE=${video.frameRate.toFixed(3)}`,
    ];
    if (audio) attributes.push(`AUDIO="${copy.audioGroup}"`);
    if (asset.subtitles.length) attributes.push(`SUBTITLES="${copy.subtitleGroup}"`);
    attributes.push('CLOSED-CAPTIONS=NONE');
    lines.push(
      `#EXT-X-STREAM-INF:${attributes.join(',')}`,
      `${copy.origin}/${playbackId}/rendition/${video.name}.m3u8${childQuery}`,
    );
  }
  return lines;
}

function audioOnlyVariantLines(context: PlaylistContext, copy: MediaCopy): string[] {
  const { asset, playbackId, childQuery } = context;
  return asset.audio.flatMap((audio) => [
    `#EXT-X-STREAM-INF:BANDWIDTH=${audio.bandwidth},CODECS="${audio.codecs}"`,
    `${copy.origin}/${playbackId}/audio/${audio.name}.m3u8${childQuery}`,
  ]);
}

/** The multivariant playlist for on-demand and live IDs alike. */
export function multivariantPlaylist(context: PlaylistContext): string {
  const copy = (media: MediaCopy): string[] => [
    ...audioGroupLines(context, media),
    ...subtitleGroupLines(context, media),
    ...(context.asset.video.length ? videoVariantLines(context, media) : audioOnlyVariantLines(context, media)),
  ];
  const sessionKey = keyLine(context.asset, context.keyFormat, 'SESSION-KEY');
  const lines = [
    '#EXTM3U',
    `#EXT-X-VERSION:${playlistVersion(context.asset)}`,
    '#EXT-X-INDEPENDENT-SEGMENTS',
    ...(sessionKey ? [sessionKey] : []),
    ...copy(PRIMARY),
  ];
  if (context.modifiers.redundantStreams && context.redundantOrigin) {
    lines.push(...copy({ origin: context.redundantOrigin, audioGroup: 'audio-2', subtitleGroup: 'subs-2' }));
  }
  return `${lines.join('\n')}\n`;
}

const WIDEVINE_SYSTEM_ID = 'edef8ba979d64acea3c827dcd51d21ed';

/** A version 0 `pssh` box for Widevine whose data names the key ID, as a packager writes it. */
function widevinePssh(keyIdHex: string): Buffer {
  // WidevinePsshData protobuf: field 2 (key_id), length-delimited, 16 bytes.
  const data = Buffer.concat([Buffer.from([0x12, 0x10]), Buffer.from(keyIdHex, 'hex')]);
  const header = Buffer.alloc(12);
  header.writeUInt32BE(12 + 16 + 4 + data.length, 0);
  header.write('pssh', 4, 'latin1');
  // version 0, flags 0 stay zero
  const size = Buffer.alloc(4);
  size.writeUInt32BE(data.length, 0);
  return Buffer.concat([header, Buffer.from(WIDEVINE_SYSTEM_ID, 'hex'), size, data]);
}

/**
 * The `EXT-X-KEY` a player starts a key session from: for ClearKey the KID as a data URI, for
 * Widevine a `pssh` box. The multivariant repeats it as `EXT-X-SESSION-KEY` so players pick
 * the key system before any media playlist.
 */
export function keyLine(
  asset: AssetManifest,
  format: KeyFormat = 'clearkey',
  tag: 'KEY' | 'SESSION-KEY' = 'KEY',
): string | null {
  if (!asset.encryption) return null;
  if (format === 'widevine') {
    const pssh = widevinePssh(asset.encryption.keyId).toString('base64');
    return `#EXT-X-${tag}:METHOD=SAMPLE-AES,URI="data:text/plain;base64,${pssh}",KEYFORMAT="urn:uuid:edef8ba9-79d6-4ace-a3c8-27dcd51d21ed",KEYFORMATVERSIONS="1"`;
  }
  const kid = Buffer.from(asset.encryption.keyId, 'hex').toString('base64');
  return `#EXT-X-${tag}:METHOD=SAMPLE-AES-CTR,URI="data:text/plain;base64,${kid}",KEYFORMAT="org.w3.clearkey",KEYFORMATVERSIONS="1"`;
}

export const targetDuration = (segments: readonly Segment[]): number =>
  Math.max(1, ...segments.map((segment) => Math.round(segment.duration)));

export const extinf = (segment: Segment): string => `#EXTINF:${segment.duration.toFixed(5)},`;

/** Segments overlapping `[start, end)`, with the index of the first (the media sequence). */
export function clip(
  segments: readonly Segment[],
  start = 0,
  end = Number.POSITIVE_INFINITY,
): { first: number; segments: Segment[] } {
  let time = 0;
  let first = -1;
  const kept: Segment[] = [];
  segments.forEach((segment, index) => {
    const segmentEnd = time + segment.duration;
    if (segmentEnd > start && time < end) {
      if (first < 0) first = index;
      kept.push(segment);
    }
    time = segmentEnd;
  });
  return { first: Math.max(first, 0), segments: kept };
}

/** An on-demand media playlist, clipped by `asset_start_time`/`asset_end_time`. */
export function vodMediaPlaylist(
  context: PlaylistContext,
  track: { init: string | null; segments: Segment[] },
): string {
  const { asset, playbackId, segmentQuery, modifiers } = context;
  const { first, segments } = clip(track.segments, modifiers.assetStartTime, modifiers.assetEndTime);
  const media = (uri: string): string => `/${playbackId}/media/${uri}${segmentQuery}`;
  const lines = [
    '#EXTM3U',
    `#EXT-X-VERSION:${playlistVersion(asset)}`,
    `#EXT-X-TARGETDURATION:${targetDuration(track.segments)}`,
    `#EXT-X-MEDIA-SEQUENCE:${first}`,
    '#EXT-X-PLAYLIST-TYPE:VOD',
    '#EXT-X-INDEPENDENT-SEGMENTS',
  ];
  const key = keyLine(asset, context.keyFormat);
  if (key) lines.push(key);
  if (track.init) lines.push(`#EXT-X-MAP:URI="${media(track.init)}"`);
  for (const segment of segments) lines.push(extinf(segment), media(segment.uri));
  lines.push('#EXT-X-ENDLIST');
  return `${lines.join('\n')}\n`;
}

/** A subtitles media playlist: one WebVTT file spanning the (clipped) asset. */
export function subtitlesPlaylist(context: PlaylistContext, language: string): string {
  const { asset, playbackId, segmentQuery, modifiers } = context;
  const start = modifiers.assetStartTime ?? 0;
  const end = Math.min(modifiers.assetEndTime ?? asset.duration, asset.duration);
  const duration = Math.max(end - start, 0);
  return `${[
    '#EXTM3U',
    `#EXT-X-TARGETDURATION:${Math.ceil(duration)}`,
    '#EXT-X-MEDIA-SEQUENCE:0',
    '#EXT-X-PLAYLIST-TYPE:VOD',
    `#EXTINF:${duration.toFixed(5)},`,
    `/${playbackId}/text/${language}.vtt${segmentQuery}`,
    '#EXT-X-ENDLIST',
  ].join('\n')}\n`;
}
