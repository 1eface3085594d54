/**
 * Where a storyboard preview reads its metadata: the page's own URL, or the playback ID's
 * `storyboard.{vtt|json}` as {@link storyboardUrl} builds it. One rule for the preview and the player.
 */
import { storyboardUrl } from './image-urls.ts';
import { ErrorCode, PlayerError } from './player-error.ts';

/** Instant-clip times (seconds or epoch seconds, as the attributes hold them). */
export interface StoryboardClip {
  assetStartTime?: string | number | undefined;
  assetEndTime?: string | number | undefined;
  programStartTime?: string | number | undefined;
  programEndTime?: string | number | undefined;
}

/** What a storyboard preview is asked to show. */
export interface StoryboardSource extends StoryboardClip {
  /** A metadata URL of the page's own; wins over `playbackId`. */
  src?: string | undefined;
  playbackId?: string | undefined;
  domain?: string | undefined;
  /** Storyboard token (`aud: "s"`) of a signed playback ID. */
  token?: string | undefined;
  /** Default `vtt`. */
  format?: 'vtt' | 'json' | undefined;
}

const CLIP_PARAMS = [
  ['asset_start_time', 'assetStartTime'],
  ['asset_end_time', 'assetEndTime'],
  ['program_start_time', 'programStartTime'],
  ['program_end_time', 'programEndTime'],
] as const;

/**
 * The metadata URL, or undefined when there is nothing to load. A public ID carries the clip as
 * parameters so tiles match it; a signed one carries the token alone (the clip is in its claims).
 * @throws {PlayerError} `INVALID_ATTRIBUTE` (format), `INVALID_PLAYBACK_ID`, `INVALID_DOMAIN` (category `storyboard`).
 */
export function storyboardMetadataUrl(source: StoryboardSource): string | undefined {
  if (source.src) return source.src;
  const { playbackId, domain, token, format = 'vtt' } = source;
  if (!playbackId) return undefined;
  // The attribute is any string at runtime, whatever its type says.
  if ((format as string) !== 'vtt' && (format as string) !== 'json') {
    throw new PlayerError(
      ErrorCode.INVALID_ATTRIBUTE,
      `format="${format}" is not a storyboard format: use "vtt" or "json"`,
      {
        category: 'storyboard',
        context: { attribute: 'format', value: format },
      },
    );
  }
  const extraParams = new URLSearchParams();
  for (const [param, key] of token ? [] : CLIP_PARAMS) {
    const value = source[key];
    if (value !== undefined && value !== '') extraParams.set(param, String(value));
  }
  // WebP tiles, as the platform's player asks (see `PosterInputs.format`); a signed URL carries the
  // token alone, so its sheet format is the token's.
  const imageFormat = token ? undefined : 'webp';
  return storyboardUrl({ playbackId, domain, token, format, extraParams, imageFormat }).url;
}
