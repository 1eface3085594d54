/**
 * Image URLs on `image.{domain}` (seed "Get thumbnails and images", "Create timeline hover
 * previews"). Options become query parameters for public IDs and token claims for signed ones.
 */
import { serviceOrigin } from './domain.ts';
import type { ErrorCategory } from './player-error.ts';
import type { InputProblem } from './modifiers.ts';
import { validatePlaybackId } from './playback-id.ts';
import { show } from './show.ts';
import { signedOrPublic, type UrlParam } from './signed-params.ts';

/** How a thumbnail fits `width` × `height` (seed "Thumbnail Query String Parameters"). */
export type FitMode = 'preserve' | 'stretch' | 'crop' | 'smartcrop' | 'pad';
const FIT_MODES: readonly string[] = ['preserve', 'stretch', 'crop', 'smartcrop', 'pad'];

/** Options of {@link thumbnailUrl}. */
export interface ThumbnailOptions {
  playbackId: string;
  domain?: string;
  /** Thumbnail token (`aud: "t"`) of a signed playback ID. */
  token?: string;
  /** Seconds into the video; the platform defaults to the middle. */
  time?: number;
  width?: number;
  height?: number;
  rotate?: 90 | 180 | 270;
  fitMode?: FitMode;
  flipV?: boolean;
  flipH?: boolean;
  /** Latest frame of an active live stream. */
  latest?: boolean;
  /** Epoch seconds of a live stream's frame (instant clips). */
  programTime?: number;
  /** Default `jpg`. */
  format?: 'jpg' | 'png' | 'webp';
}

/** Options of {@link animatedUrl}. */
export interface AnimatedOptions {
  playbackId: string;
  domain?: string;
  /** GIF token (`aud: "g"`). */
  token?: string;
  /** Seconds; default 0. */
  start?: number;
  /** Seconds; default start + 5; at most 10 s after start. */
  end?: number;
  width?: number;
  height?: number;
  fps?: number;
  /** Default `gif`. */
  format?: 'gif' | 'webp';
}

/** Options of {@link storyboardUrl}. */
export interface StoryboardOptions {
  playbackId: string;
  domain?: string;
  /** Storyboard token (`aud: "s"`). */
  token?: string;
  /** `vtt`/`json` metadata, or the sheet itself as `jpg`/`png`/`webp`. */
  format: 'vtt' | 'json' | 'jpg' | 'png' | 'webp';
  /** Sheet format the `vtt`/`json` metadata points at (`?format=`); the platform defaults to jpg. */
  imageFormat?: 'jpg' | 'webp';
  /** Clipping parameters (`asset_start_time`…) so tiles match an instant clip. */
  extraParams?: URLSearchParams;
}

type Rule = 'seconds' | 'size' | 'rotate' | 'fit' | 'flag';

const MESSAGES: Record<Rule, string> = {
  seconds: 'a non-negative number of seconds',
  size: 'a positive whole number of pixels',
  rotate: '90, 180 or 270',
  fit: FIT_MODES.join(', '),
  flag: 'true or false',
};

function valid(rule: Rule, value: unknown): boolean {
  switch (rule) {
    case 'seconds':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0;
    case 'size':
      return typeof value === 'number' && Number.isInteger(value) && value > 0;
    case 'rotate':
      return value === 90 || value === 180 || value === 270;
    case 'fit':
      return typeof value === 'string' && FIT_MODES.includes(value);
    case 'flag':
      return typeof value === 'boolean';
  }
}

/** Valid options as parameters (flags only when true); invalid ones dropped with a warning. */
function collect(
  entries: readonly [param: string, value: unknown, rule: Rule][],
  what: string,
): { params: UrlParam[]; warnings: InputProblem[] } {
  const params: UrlParam[] = [];
  const warnings: InputProblem[] = [];
  for (const [param, value, rule] of entries) {
    if (value === undefined) continue;
    if (!valid(rule, value)) {
      warnings.push({
        attribute: param,
        value: show(value),
        message: `${what} option ${param}=${show(value)} is invalid and left out: use ${MESSAGES[rule]}`,
      });
    } else if (value !== false) {
      params.push({ attribute: param, param, value: value as string | number | boolean });
    }
  }
  return { params, warnings };
}

function build(
  o: { playbackId: string; domain?: string | undefined; token?: string | undefined },
  category: ErrorCategory,
  file: string,
  params: readonly UrlParam[],
  tokenAttribute: string,
): { url: string; warnings: InputProblem[] } {
  const id = validatePlaybackId(o.playbackId, category);
  const { query, warnings } = signedOrPublic(params, o.token, tokenAttribute);
  return { url: `${serviceOrigin('image', o.domain, category)}/${id}/${file}${query}`, warnings };
}

/**
 * A thumbnail: `/{id}/thumbnail.{jpg|png|webp}?time=&width=&height=&rotate=&fit_mode=&flip_v=&flip_h=&latest=`.
 * Signed (token set): `?token=` alone, and a warning per option that belongs in the token's claims.
 * @throws {PlayerError} `INVALID_PLAYBACK_ID`, `INVALID_DOMAIN`.
 */
export function thumbnailUrl(o: ThumbnailOptions): { url: string; warnings: InputProblem[] } {
  const { params, warnings } = collect(
    [
      ['time', o.time, 'seconds'],
      ['width', o.width, 'size'],
      ['height', o.height, 'size'],
      ['rotate', o.rotate, 'rotate'],
      ['fit_mode', o.fitMode, 'fit'],
      ['flip_v', o.flipV, 'flag'],
      ['flip_h', o.flipH, 'flag'],
      ['latest', o.latest, 'flag'],
      ['program_time', o.programTime, 'seconds'],
    ],
    'thumbnail',
  );
  const fit = o.fitMode;
  if (fit && fit !== 'preserve' && FIT_MODES.includes(fit) && (o.width === undefined || o.height === undefined)) {
    warnings.push({
      attribute: 'fit_mode',
      value: fit,
      message: `thumbnail option fit_mode=${fit} needs both width and height; set them or use fit_mode=preserve`,
    });
  }
  const built = build(o, 'thumbnail', `thumbnail.${o.format ?? 'jpg'}`, params, 'thumbnail-token');
  return { url: built.url, warnings: [...warnings, ...built.warnings] };
}

/** The platform's limits for animated images (seed "Get an animated GIF"). */
const ANIMATED_LIMITS = { maxSeconds: 10, minSeconds: 0.25, maxSize: 640, maxFps: 30 };

/**
 * An animated GIF/WebP: `/{id}/animated.{gif|webp}?start=&end=&width=&height=&fps=`. Values past the
 * platform's limits (10 s, 640 px, 30 fps) are kept but warned about.
 * @throws {PlayerError} `INVALID_PLAYBACK_ID`, `INVALID_DOMAIN`.
 */
export function animatedUrl(o: AnimatedOptions): { url: string; warnings: InputProblem[] } {
  const { params, warnings } = collect(
    [
      ['start', o.start, 'seconds'],
      ['end', o.end, 'seconds'],
      ['width', o.width, 'size'],
      ['height', o.height, 'size'],
      ['fps', o.fps, 'size'],
    ],
    'animated',
  );
  const limit = (attribute: string, value: number, message: string): void => {
    warnings.push({ attribute, value: String(value), message: `animated option ${attribute}=${value} ${message}` });
  };
  const start = o.start ?? 0;
  if (o.end !== undefined && Number.isFinite(o.end)) {
    const length = o.end - start;
    if (length > ANIMATED_LIMITS.maxSeconds)
      limit('end', o.end, `makes a ${length} s image: the platform allows at most 10 s`);
    if (length < ANIMATED_LIMITS.minSeconds) limit('end', o.end, 'must be at least 0.25 s after start');
  }
  for (const [name, value] of [
    ['width', o.width],
    ['height', o.height],
  ] as const) {
    if (value !== undefined && value > ANIMATED_LIMITS.maxSize)
      limit(name, value, "is above the platform's 640 px maximum");
  }
  if (o.fps !== undefined && o.fps > ANIMATED_LIMITS.maxFps)
    limit('fps', o.fps, "is above the platform's 30 fps maximum");
  const built = build(o, 'thumbnail', `animated.${o.format ?? 'gif'}`, params, 'the GIF token');
  return { url: built.url, warnings: [...warnings, ...built.warnings] };
}

/**
 * A storyboard: metadata `/{id}/storyboard.{vtt|json}?format={imageFormat}` or the sheet
 * `/{id}/storyboard.{jpg|png|webp}`, plus clipping parameters. Signed: `?token=` alone, with warnings.
 * @throws {PlayerError} `INVALID_PLAYBACK_ID`, `INVALID_DOMAIN`.
 */
export function storyboardUrl(o: StoryboardOptions): { url: string; warnings: InputProblem[] } {
  const warnings: InputProblem[] = [];
  const params: UrlParam[] = [];
  const metadata = o.format === 'vtt' || o.format === 'json';
  if (o.imageFormat !== undefined) {
    if (metadata) {
      params.push({ attribute: 'format', param: 'format', value: o.imageFormat });
    } else {
      warnings.push({
        attribute: 'format',
        value: o.imageFormat,
        message: `storyboard imageFormat=${o.imageFormat} only applies to vtt and json metadata; for the sheet itself pick format: "${o.imageFormat}"`,
      });
    }
  }
  for (const [param, value] of o.extraParams ?? []) {
    if (param !== 'format') params.push({ attribute: 'extra-source-params', param, value });
  }
  const built = build(o, 'storyboard', `storyboard.${o.format}`, params, 'storyboard-token');
  return { url: built.url, warnings: [...warnings, ...built.warnings] };
}
