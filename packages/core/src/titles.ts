/**
 * Rules every package applies the same way: what a video is called, and its default poster
 * (`defaultPoster` in default-poster.ts binds it to the token check).
 * The element, the React placeholder, the embed page, Cast and analytics all read them here.
 */
import { PlayerError } from './player-error.ts';
import { thumbnailUrl } from './image-urls.ts';
import type { TokenExpectation } from './tokens.ts';

/** The first non-empty text: an empty attribute means "not set". */
const firstText = (...values: (string | null | undefined)[]): string | undefined =>
  values.find((value) => !!value) ?? undefined;

/** A video's title inputs, as attributes spell them. */
export interface TitleInputs {
  'metadata-video-title'?: string | null | undefined;
  'video-title'?: string | null | undefined;
  title?: string | null | undefined;
}

/**
 * What the video is called (analytics, Cast, the embed page's title and social tags): the
 * analytics title `metadata-video-title`, else the shown `video-title`, else the element's `title`.
 */
export function videoTitleOf(inputs: TitleInputs): string | undefined {
  return firstText(inputs['metadata-video-title'], inputs['video-title'], inputs.title);
}

/** The title shown over the video and naming the player: `video-title`, else `title`. */
export function shownTitleOf(inputs: TitleInputs): string | undefined {
  return firstText(inputs['video-title'], inputs.title);
}

/** What the default poster depends on. */
export interface PosterInputs {
  playbackId: string | undefined;
  domain?: string | undefined;
  playbackToken?: string | undefined;
  thumbnailToken?: string | undefined;
  thumbnailTime?: number | undefined;
  /**
   * Default `webp`, as the platform's player asks: every browser this code runs in (ES2022: Safari
   * 15.4 and later) decodes it, at about two thirds of the JPEG's bytes. `jpg` for readers that may
   * not (social cards).
   */
  format?: 'jpg' | 'webp' | undefined;
  /** Epoch milliseconds, for token expiry; default `Date.now()`. */
  now?: number;
}

/** Checks a token for one use (core's `checkToken`), passed in so a bundle can load it with the first token. */
export type TokenCheck = (token: string, expect: TokenExpectation) => PlayerError | null;

/**
 * The playback ID's thumbnail as the default poster, or why there is none: a signed ID needs a
 * thumbnail token (without one there is no poster the viewer may see, and no problem to report).
 * `check` is `checkToken` (`defaultPoster` passes it).
 */
export function posterWithCheck(inputs: PosterInputs, check: TokenCheck): { url?: string; problem?: PlayerError } {
  const playbackId = inputs.playbackId?.trim();
  if (!playbackId) return {};
  const token = inputs.thumbnailToken?.trim() ? inputs.thumbnailToken.trim() : undefined;
  if (token) {
    const problem = check(token, { audience: 't', playbackId, attribute: 'thumbnail-token', now: inputs.now });
    if (problem) return { problem };
  } else if (inputs.playbackToken) {
    return {};
  }
  try {
    const { domain, thumbnailTime: time, format = 'webp' } = inputs;
    return { url: thumbnailUrl({ playbackId, domain, token, time, format }).url };
  } catch (error) {
    if (error instanceof PlayerError) return { problem: error };
    throw error;
  }
}
