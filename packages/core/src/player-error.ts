/**
 * The one error type of the player. Every failure — bad input, a refused request, an hls.js
 * error, a media decode error — becomes a `PlayerError` with a stable `code`.
 */

/** Which part of the player failed: the video itself, the poster/thumbnail, the storyboard or DRM. */
export type ErrorCategory = 'video' | 'thumbnail' | 'storyboard' | 'drm';

/** Stable error codes; compare against these, never against messages. */
export const ErrorCode = {
  /** An attribute or property has a value the player cannot use. */
  INVALID_ATTRIBUTE: 'INVALID_ATTRIBUTE',
  /** `playback-id` is empty or not URL-safe. */
  INVALID_PLAYBACK_ID: 'INVALID_PLAYBACK_ID',
  /** `custom-domain` is not a bare domain. */
  INVALID_DOMAIN: 'INVALID_DOMAIN',
  /** A signed playback ID was requested without a token. */
  TOKEN_MISSING: 'TOKEN_MISSING',
  /** The token is not a decodable JWT, or lacks a required claim. */
  TOKEN_MALFORMED: 'TOKEN_MALFORMED',
  TOKEN_EXPIRED: 'TOKEN_EXPIRED',
  /** The token's `aud` does not match the use (v, t, g, s, d). */
  TOKEN_WRONG_AUDIENCE: 'TOKEN_WRONG_AUDIENCE',
  /** The token's `sub` is another playback ID. */
  TOKEN_WRONG_SUBJECT: 'TOKEN_WRONG_SUBJECT',
  /** The platform could not verify the token's signature (unknown key or wrong key). */
  TOKEN_INVALID_SIGNATURE: 'TOKEN_INVALID_SIGNATURE',
  /** A token was sent for a public playback ID. */
  TOKEN_ON_PUBLIC_ID: 'TOKEN_ON_PUBLIC_ID',
  /** A signed URL carried query parameters beside the token. */
  PARAMS_BESIDE_TOKEN: 'PARAMS_BESIDE_TOKEN',
  /** 403 for another reason (e.g. a playback restriction). */
  FORBIDDEN: 'FORBIDDEN',
  /** 400 and other client errors. */
  BAD_REQUEST: 'BAD_REQUEST',
  NOT_FOUND: 'NOT_FOUND',
  /** 412: a live stream that is not live yet, or an asset that is not ready. */
  NOT_LIVE_YET: 'NOT_LIVE_YET',
  RATE_LIMITED: 'RATE_LIMITED',
  /** A live stream stopped arriving (the encoder went away) and did not return within the reconnect attempts. */
  LIVE_STREAM_DISCONNECTED: 'LIVE_STREAM_DISCONNECTED',
  SERVER_ERROR: 'SERVER_ERROR',
  NETWORK_OFFLINE: 'NETWORK_OFFLINE',
  /** The request failed without a response (connection, DNS, CORS). */
  NETWORK: 'NETWORK',
  TIMEOUT: 'TIMEOUT',
  /** A playlist that is not valid HLS, or has nothing playable. */
  MANIFEST_INVALID: 'MANIFEST_INVALID',
  MEDIA_DECODE: 'MEDIA_DECODE',
  /** The browser cannot play this media (codec, container or source type). */
  MEDIA_UNSUPPORTED: 'MEDIA_UNSUPPORTED',
  MEDIA_ABORTED: 'MEDIA_ABORTED',
  /** The browser has no CDM for the key system. */
  DRM_UNSUPPORTED: 'DRM_UNSUPPORTED',
  /** The license request failed or no license URL was configured. */
  DRM_LICENSE: 'DRM_LICENSE',
  /** The license server has no license service for this key system. */
  DRM_LICENSE_UNAVAILABLE: 'DRM_LICENSE_UNAVAILABLE',
  /** The FairPlay certificate could not be fetched or applied. */
  DRM_CERTIFICATE: 'DRM_CERTIFICATE',
  /** A key session failed (update, internal error, output restricted). */
  DRM_KEY: 'DRM_KEY',
  UNKNOWN: 'UNKNOWN',
} as const;

/** One of the values of {@link ErrorCode}. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * Codes for which retrying the same request, or recovering the media pipeline, can succeed
 * without new input: the stream may go live, the server may come back, the network may return.
 */
const RECOVERABLE: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  ErrorCode.NOT_LIVE_YET,
  ErrorCode.RATE_LIMITED,
  ErrorCode.SERVER_ERROR,
  ErrorCode.NETWORK_OFFLINE,
  ErrorCode.NETWORK,
  ErrorCode.TIMEOUT,
  ErrorCode.MEDIA_DECODE,
]);

/** Everything about a {@link PlayerError} but its code and message. */
export interface PlayerErrorOptions {
  /** Default `'video'`. */
  category?: ErrorCategory;
  /** Default: `true` unless the code is recoverable (see {@link isRecoverable}). */
  fatal?: boolean;
  /** Machine-readable details (status, reason, playback ID, attribute…). Never holds tokens. */
  context?: Record<string, unknown>;
  cause?: unknown;
}

/**
 * A player failure with a stable `code`, the `category` it affects and a message that says what is
 * wrong and what to do.
 *
 * - `fatal`: playback (of this category) has stopped and will not resume by itself; the player shows
 *   its error state. A non-fatal error is reported while the engine keeps trying (a live stream not
 *   started yet, a blip in the network) or concerns something optional (a thumbnail).
 * - {@link isRecoverable}: whether trying again later, with the same input, can succeed. A fatal
 *   `SERVER_ERROR` is recoverable (reload later); a `TOKEN_EXPIRED` is not (a new token is needed).
 */
export class PlayerError extends Error {
  override readonly name = 'PlayerError';
  readonly code: ErrorCode;
  readonly category: ErrorCategory;
  readonly fatal: boolean;
  readonly context?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: PlayerErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.category = options.category ?? 'video';
    this.fatal = options.fatal ?? !RECOVERABLE.has(code);
    if (options.context) this.context = options.context;
  }

  /**
   * The code as a `MediaError` code, what `<video>`'s and Mux Player's error readers compare: 1
   * aborted, 2 network (refused requests and tokens too), 3 decode, 4 source not supported (bad
   * input, bad playlist, unsupported media), 5 encrypted (DRM), 100 anything else.
   */
  get mediaCode(): number {
    // Read from the code's spelling to stay small: M[EDIA_]D[ECODE] 3, M[EDIA_]A[BORTED] 1, other M… 4;
    // D[RM_…] 5, I[NVALID_…] 4, U[NKNOWN] 100; the rest are refused or failed requests. Tests pin every code.
    const { code } = this;
    return code.startsWith('M') ? ({ D: 3, A: 1 }[code[6] ?? ''] ?? 4) : ({ D: 5, I: 4, U: 100 }[code[0] ?? ''] ?? 2);
  }

  /** Plain data for logs and analytics. */
  toJSON(): {
    name: string;
    code: ErrorCode;
    category: ErrorCategory;
    fatal: boolean;
    message: string;
    context?: Record<string, unknown>;
  } {
    const { name, code, category, fatal, message, context } = this;
    return context ? { name, code, category, fatal, message, context } : { name, code, category, fatal, message };
  }
}

/** True when retrying the same request, or recovering the media pipeline, may succeed without new input. */
export function isRecoverable(error: PlayerError | ErrorCode): boolean {
  return RECOVERABLE.has(typeof error === 'string' ? error : error.code);
}

/** Narrows an unknown thrown value. */
export function isPlayerError(value: unknown): value is PlayerError {
  return value instanceof PlayerError;
}
