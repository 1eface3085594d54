/**
 * hls.js and media-element errors as `PlayerError`s. Core does not import hls.js: `HlsErrorLike`
 * is the structural subset of its `ErrorData` that the mapping reads.
 */
import { ErrorCode, PlayerError, type ErrorCategory } from './player-error.ts';
import { errorFromHttp, readReason, readXhrText } from './http-errors.ts';
import { redactTokens } from './redact.ts';

/** The fields of hls.js's `ErrorData` this mapping uses; an `ErrorData` is assignable to it. */
export interface HlsErrorLike {
  /** `networkError`, `mediaError`, `keySystemError`, `muxError`, `otherError`. */
  type: string;
  /** e.g. `manifestLoadError`, `fragLoadTimeOut`, `bufferAppendError`, `keySystemLicenseRequestFailed`. */
  details: string;
  fatal: boolean;
  response?: { code?: number; text?: string; url?: string };
  /** The `XMLHttpRequest` or fetch `Response` of a failed load. */
  networkDetails?: unknown;
  error?: Error;
  url?: string;
  context?: { url?: string };
  frag?: { url?: string };
}

/** What the caller knows that the error data may not: the category, playback ID and source URL. */
export interface HlsErrorContext {
  /** Category for non-DRM errors; default `'video'`. Key-system errors are always `'drm'`. */
  category?: ErrorCategory;
  playbackId?: string;
  /** The source URL, when the error data has none. */
  url?: string;
}

/** Key-system failures (no HTTP status involved) and what they mean. */
const KEY_SYSTEM: Record<string, { code: ErrorCode; message: string }> = {
  keySystemNoAccess: {
    code: ErrorCode.DRM_UNSUPPORTED,
    message: 'this browser has no CDM for the key systems the stream offers',
  },
  keySystemNoKeys: { code: ErrorCode.DRM_UNSUPPORTED, message: 'the stream offers no key system this player can use' },
  keySystemNoConfiguredLicense: {
    code: ErrorCode.DRM_LICENSE,
    message: 'no license URL is configured for this key system; set drm-token so the player can build one',
  },
  keySystemLicenseRequestFailed: { code: ErrorCode.DRM_LICENSE, message: 'the DRM license request failed' },
  keySystemServerCertificateRequestFailed: {
    code: ErrorCode.DRM_CERTIFICATE,
    message: 'the FairPlay certificate request failed',
  },
  keySystemServerCertificateUpdateFailed: {
    code: ErrorCode.DRM_CERTIFICATE,
    message: 'the CDM rejected the FairPlay certificate',
  },
  keySystemStatusOutputRestricted: {
    code: ErrorCode.DRM_KEY,
    message: 'the content key is restricted on this output (e.g. HDCP is missing on the display)',
  },
};

const CODEC_DETAILS = new Set([
  'manifestIncompatibleCodecsError',
  'bufferAddCodecError',
  'bufferIncompatibleCodecsError',
]);
const MANIFEST_DETAILS = new Set([
  'manifestParsingError',
  'levelParsingError',
  'levelEmptyError',
  'assetListParsingError',
]);

function describe(data: HlsErrorLike): { code: ErrorCode; message: string } {
  const { type, details } = data;
  if (type === 'keySystemError') {
    return (
      (Object.hasOwn(KEY_SYSTEM, details) ? KEY_SYSTEM[details] : undefined) ?? {
        code: ErrorCode.DRM_KEY,
        message: 'a DRM key session failed',
      }
    );
  }
  if (/timeout$/i.test(details)) return { code: ErrorCode.TIMEOUT, message: 'a request timed out' };
  if (MANIFEST_DETAILS.has(details)) {
    return { code: ErrorCode.MANIFEST_INVALID, message: 'the HLS playlist is not valid or has nothing to play' };
  }
  if (details === 'playlistUnchangedError') {
    return {
      code: ErrorCode.LIVE_STREAM_DISCONNECTED,
      message: 'the live stream stopped arriving: its playlist stopped updating',
    };
  }
  if (type === 'networkError') return { code: ErrorCode.NETWORK, message: 'a request failed' };
  if (CODEC_DETAILS.has(details)) {
    return { code: ErrorCode.MEDIA_UNSUPPORTED, message: "this browser cannot decode the stream's codecs" };
  }
  if (details === 'aborted') return { code: ErrorCode.MEDIA_ABORTED, message: 'loading was aborted' };
  if (type === 'mediaError' || type === 'muxError') {
    return { code: ErrorCode.MEDIA_DECODE, message: 'the media could not be buffered or decoded' };
  }
  return { code: ErrorCode.UNKNOWN, message: 'the playback engine failed' };
}

function urlOf(data: HlsErrorLike, fallback: string | undefined): string {
  const details = data.networkDetails as { responseURL?: unknown; url?: unknown } | null | undefined;
  const fromDetails =
    details && typeof details === 'object'
      ? [details.responseURL, details.url].find((value): value is string => typeof value === 'string' && value !== '')
      : undefined;
  return data.url ?? data.response?.url ?? data.context?.url ?? data.frag?.url ?? fromDetails ?? fallback ?? '';
}

/**
 * Maps an hls.js error to a `PlayerError`. Loads that got an HTTP error status (playlists,
 * segments, licenses, certificates) go through {@link errorFromHttp}, reading the reason from the
 * `networkDetails` request; status 0 means no response (`NETWORK` / `NETWORK_OFFLINE`). `fatal` is
 * hls.js's own: a non-fatal error is one hls.js is already retrying or recovering from.
 */
export function errorFromHls(data: HlsErrorLike, context: HlsErrorContext = {}): PlayerError {
  const category: ErrorCategory = data.type === 'keySystemError' ? 'drm' : (context.category ?? 'video');
  const url = urlOf(data, context.url);
  const status = data.response?.code;
  const loadFailed = data.type === 'networkError' || data.details.endsWith('RequestFailed');
  if (
    loadFailed &&
    typeof status === 'number' &&
    (status >= 400 || (status === 0 && !/timeout$/i.test(data.details)))
  ) {
    const error = errorFromHttp({
      status,
      reason: readReason(data.networkDetails),
      body: readXhrText(data.networkDetails),
      url,
      category,
      fatal: data.fatal,
      ...(context.playbackId === undefined ? {} : { playbackId: context.playbackId }),
    });
    return new PlayerError(error.code, error.message, {
      category: error.category,
      fatal: data.fatal,
      context: { ...error.context, hlsType: data.type, hlsDetails: data.details },
      cause: data.error,
    });
  }
  const { code, message } = describe(data);
  const engine = data.error?.message ? `${data.details}: ${data.error.message}` : data.details;
  const ctx: Record<string, unknown> = { hlsType: data.type, hlsDetails: data.details };
  if (url) ctx.url = redactTokens(url);
  if (typeof status === 'number') ctx.status = status;
  if (context.playbackId) ctx.playbackId = context.playbackId;
  return new PlayerError(code, `${message} (hls.js ${redactTokens(engine)})`, {
    category,
    fatal: data.fatal,
    context: ctx,
    cause: data.error,
  });
}

/** `MediaError.code` values of `HTMLMediaElement` (the native engine's errors). */
const MEDIA_ERROR_CODES: Record<number, { code: ErrorCode; message: string }> = {
  1: { code: ErrorCode.MEDIA_ABORTED, message: 'loading the media was aborted' },
  2: { code: ErrorCode.NETWORK, message: 'a network error stopped the media from loading' },
  3: { code: ErrorCode.MEDIA_DECODE, message: 'the media could not be decoded' },
  4: {
    code: ErrorCode.MEDIA_UNSUPPORTED,
    message: 'the media could not be loaded: the source is unsupported, or the server refused it',
  },
};

/**
 * Maps a media element's `MediaError` to a `PlayerError` (always fatal: the element has stopped).
 * Code 4 also covers refused sources with native HLS; fetch the URL and use
 * {@link errorFromResponse} to learn the reason.
 */
export function errorFromMediaError(
  error: { code: number; message?: string },
  context: HlsErrorContext = {},
): PlayerError {
  const known = MEDIA_ERROR_CODES[error.code] ?? { code: ErrorCode.UNKNOWN, message: 'the media element failed' };
  const detail = error.message ? ` (${redactTokens(error.message)})` : '';
  const ctx: Record<string, unknown> = { mediaErrorCode: error.code };
  if (context.url) ctx.url = redactTokens(context.url);
  if (context.playbackId) ctx.playbackId = context.playbackId;
  return new PlayerError(known.code, `${known.message}${detail}`, {
    category: context.category ?? 'video',
    fatal: true,
    context: ctx,
  });
}
