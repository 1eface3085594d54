/**
 * URL builders for the platform contract (DESIGN §3): HLS, text tracks, static MP4s and DRM
 * licenses here; images (thumbnails, animated, storyboards) in image-urls.ts, re-exported.
 */
import { serviceOrigin } from './domain.ts';
import { ErrorCode, PlayerError } from './player-error.ts';
import {
  MODIFIERS,
  modifierParams,
  modifierForParam,
  RESOLUTIONS,
  type InputProblem,
  type PlaybackModifiers,
} from './modifiers.ts';
import { validatePlaybackId } from './playback-id.ts';
import { queryString, signedOrPublic, type UrlParam } from './signed-params.ts';

export * from './image-urls.ts';

/** A built URL and the inputs it could not honour. */
export interface BuiltUrl {
  url: string;
  warnings: InputProblem[];
}

/** Options of {@link hlsUrl}. */
export interface SourceOptions {
  playbackId: string;
  /** `custom-domain`; default `mux.com`. */
  domain?: string;
  /** The playback token (`aud: "v"`) of a signed playback ID. */
  token?: string;
  modifiers?: PlaybackModifiers;
  /** From {@link parseExtraSourceParams}. */
  extraParams?: URLSearchParams;
}

const tokenQuery = (token: string | undefined): string => (token ? queryString(new URLSearchParams({ token })) : '');

/**
 * The HLS URL of a playback ID. Public: modifiers and extra parameters as the query (a modifier
 * attribute wins over the same name in `extra-source-params`, with a warning). Signed (a token
 * is set): `?token=` alone, and a warning for each modifier or extra parameter that belongs in the
 * token's claims.
 * @throws {PlayerError} `INVALID_PLAYBACK_ID`, `INVALID_DOMAIN`.
 */
export function hlsUrl(o: SourceOptions): BuiltUrl {
  const id = validatePlaybackId(o.playbackId, 'video');
  const base = `${serviceOrigin('stream', o.domain, 'video')}/${id}.m3u8`;
  const warnings: InputProblem[] = [];
  const fromModifiers = [...modifierParams(o.modifiers ?? {})];
  const modifierNames = new Set(fromModifiers.map(([param]) => param));
  const params: UrlParam[] = [];
  for (const [param, value] of o.extraParams ?? []) {
    if (modifierNames.has(param)) {
      const attribute = modifierForParam(param)?.attribute ?? param;
      warnings.push({
        attribute: 'extra-source-params',
        value: `${param}=${value}`,
        message: `extra-source-params sets ${param}=${value}, but ${attribute} sets it too: using ${attribute}; remove one of them`,
      });
      continue;
    }
    params.push({ attribute: 'extra-source-params', param, value });
  }
  for (const key of Object.keys(MODIFIERS) as (keyof PlaybackModifiers)[]) {
    const spec = MODIFIERS[key];
    const value = o.modifiers?.[key];
    if (value !== undefined && modifierNames.has(spec.param))
      params.push({ attribute: spec.attribute, param: spec.param, value });
  }
  const { query, warnings: moved } = signedOrPublic(params, o.token, 'playback-token', true);
  return { url: base + query, warnings: [...warnings, ...moved] };
}

/**
 * A text track's WebVTT file: `/{id}/text/{trackId}.vtt` (a signed ID needs the playback token, `aud: "v"`).
 * @throws {PlayerError} `INVALID_PLAYBACK_ID`, `INVALID_DOMAIN`, `INVALID_ATTRIBUTE` for an empty track ID.
 */
export function textTrackUrl(o: { playbackId: string; domain?: string; trackId: string; token?: string }): string {
  const id = validatePlaybackId(o.playbackId, 'video');
  if (!o.trackId) {
    throw new PlayerError(
      ErrorCode.INVALID_ATTRIBUTE,
      "text track ID is empty: use the ID of one of the asset's text tracks",
      {
        context: { attribute: 'trackId', value: o.trackId },
      },
    );
  }
  return `${serviceOrigin('stream', o.domain, 'video')}/${id}/text/${encodeURIComponent(o.trackId)}.vtt${tokenQuery(o.token)}`;
}

/**
 * Static renditions (seed "Use static MP4 and M4A renditions"): `highest` and `audio` (M4A) are
 * standard, resolutions are advanced; `capped-1080p`, `low`, `medium`, `high` are the older
 * `mp4_support` names.
 */
export const STATIC_RENDITIONS = ['highest', 'audio', ...RESOLUTIONS, 'capped-1080p', 'low', 'medium', 'high'] as const;
/** One of {@link STATIC_RENDITIONS}. */
export type StaticRendition = (typeof STATIC_RENDITIONS)[number];

/**
 * A static rendition: `/{id}/{rendition}.mp4` (`audio.m4a` for `audio`).
 * @throws {PlayerError} `INVALID_PLAYBACK_ID`, `INVALID_DOMAIN`, `INVALID_ATTRIBUTE` for an unknown rendition.
 */
export function mp4Url(o: { playbackId: string; domain?: string; rendition: StaticRendition; token?: string }): string {
  const id = validatePlaybackId(o.playbackId, 'video');
  if (!(STATIC_RENDITIONS as readonly string[]).includes(o.rendition)) {
    throw new PlayerError(
      ErrorCode.INVALID_ATTRIBUTE,
      `static rendition "${o.rendition}" does not exist: use one of ${STATIC_RENDITIONS.join(', ')}`,
      { context: { attribute: 'rendition', value: o.rendition } },
    );
  }
  const file = o.rendition === 'audio' ? 'audio.m4a' : `${o.rendition}.mp4`;
  return `${serviceOrigin('stream', o.domain, 'video')}/${id}/${file}${tokenQuery(o.token)}`;
}

/** The DRM systems with a license endpoint (`clearkey` is served by the local origin only). */
export type KeySystem = 'widevine' | 'playready' | 'fairplay' | 'clearkey';

/** EME key system strings for each license endpoint. */
export const KEY_SYSTEM_IDS: Readonly<Record<KeySystem, string>> = {
  widevine: 'com.widevine.alpha',
  playready: 'com.microsoft.playready',
  fairplay: 'com.apple.fps',
  clearkey: 'org.w3.clearkey',
};

function requireDrmToken(token: string | undefined, playbackId: string): string {
  if (!token) {
    throw new PlayerError(
      ErrorCode.TOKEN_MISSING,
      `DRM playback of "${playbackId}" needs a license token: set drm-token to a token minted on your server with aud "d"`,
      { category: 'drm', fatal: true, context: { attribute: 'drm-token', playbackId } },
    );
  }
  return token;
}

/**
 * A DRM license URL: `https://license.{domain}/license/{keySystem}/{id}?token=` (DRM tokens have `aud: "d"`).
 * @throws {PlayerError} `TOKEN_MISSING` without a token; `INVALID_PLAYBACK_ID`, `INVALID_DOMAIN`, `INVALID_ATTRIBUTE`.
 */
export function licenseUrl(o: { keySystem: KeySystem; playbackId: string; domain?: string; token: string }): string {
  const id = validatePlaybackId(o.playbackId, 'drm');
  if (!Object.hasOwn(KEY_SYSTEM_IDS, o.keySystem)) {
    throw new PlayerError(
      ErrorCode.INVALID_ATTRIBUTE,
      `key system "${o.keySystem}" has no license endpoint: use widevine, playready, fairplay or clearkey`,
      { category: 'drm', context: { attribute: 'keySystem', value: o.keySystem } },
    );
  }
  const token = requireDrmToken(o.token, id);
  return `${serviceOrigin('license', o.domain, 'drm')}/license/${o.keySystem}/${id}${tokenQuery(token)}`;
}

/**
 * The FairPlay application certificate URL: `https://license.{domain}/appcert/fairplay/{id}?token=`.
 * @throws {PlayerError} `TOKEN_MISSING` without a token; `INVALID_PLAYBACK_ID`, `INVALID_DOMAIN`.
 */
export function fairplayCertificateUrl(o: { playbackId: string; domain?: string; token: string }): string {
  const id = validatePlaybackId(o.playbackId, 'drm');
  const token = requireDrmToken(o.token, id);
  return `${serviceOrigin('license', o.domain, 'drm')}/appcert/fairplay/${id}${tokenQuery(token)}`;
}
