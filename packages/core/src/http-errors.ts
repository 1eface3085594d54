/**
 * Refused requests as `PlayerError`s. The platform's origin names each refusal with a reason code
 * (the `X-Videokit-Reason` header, also the prefix of the plain-text body): those pick the
 * specific error; the status alone picks a generic one.
 */
import { ErrorCode, PlayerError, type ErrorCategory } from './player-error.ts';
import { redactTokens } from './redact.ts';
import { AUDIENCE_USE, checkToken, TOKEN_ATTRIBUTES, type TokenAudience } from './tokens.ts';

/** The header that carries the origin's reason code. */
export const REASON_HEADER = 'X-Videokit-Reason';

/** A failed request, as {@link errorFromHttp} takes it. */
export interface HttpFailure {
  /** HTTP status; 0 when there was no response (network error, CORS, offline). */
  status: number;
  /** The reason code from {@link REASON_HEADER}, if the caller has it. */
  reason?: string | null;
  /** The response body (plain text), if read. */
  body?: string;
  url: string;
  category: ErrorCategory;
  playbackId?: string;
  /** Overrides the default (fatal unless recoverable). */
  fatal?: boolean;
}

/** Reason codes of the platform's 403s and what they mean. */
const FORBIDDEN_REASONS: Record<string, ErrorCode> = {
  token_missing: ErrorCode.TOKEN_MISSING,
  token_malformed: ErrorCode.TOKEN_MALFORMED,
  token_expired: ErrorCode.TOKEN_EXPIRED,
  token_audience: ErrorCode.TOKEN_WRONG_AUDIENCE,
  token_subject: ErrorCode.TOKEN_WRONG_SUBJECT,
  token_signature: ErrorCode.TOKEN_INVALID_SIGNATURE,
  token_unknown_key: ErrorCode.TOKEN_INVALID_SIGNATURE,
  token_on_public_id: ErrorCode.TOKEN_ON_PUBLIC_ID,
  params_beside_token: ErrorCode.PARAMS_BESIDE_TOKEN,
  cdm_unavailable: ErrorCode.DRM_LICENSE_UNAVAILABLE,
};

const CATEGORY_AUDIENCE: Record<ErrorCategory, TokenAudience> = {
  video: 'v',
  thumbnail: 't',
  storyboard: 's',
  drm: 'd',
};

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The audience a URL needs: by host and path, else by category. */
function audienceOf(url: URL | null, category: ErrorCategory): TokenAudience {
  if (url?.hostname.startsWith('license.')) return 'd';
  if (url?.hostname.startsWith('image.')) {
    if (url.pathname.includes('/animated.')) return 'g';
    return url.pathname.includes('/storyboard.') ? 's' : 't';
  }
  return CATEGORY_AUDIENCE[category];
}

/** The playback ID in a platform URL: `/{id}.m3u8`, `/{id}/…`, or `/license/{system}/{id}`. */
function playbackIdOf(url: URL | null): string | undefined {
  if (!url) return undefined;
  const segments = url.pathname.split('/').filter(Boolean);
  const id = url.hostname.startsWith('license.') ? segments[2] : segments[0]?.replace(/\.m3u8$/, '');
  if (!id) return undefined;
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

/** The reason code: given, or the `reason:` prefix of the body. */
function reasonOf(failure: HttpFailure): string | null {
  const given = failure.reason?.trim().toLowerCase();
  if (given) return given;
  return /^([a-z][a-z0-9_]*):\s/.exec(failure.body ?? '')?.[1] ?? null;
}

/** The server's own words, without the reason prefix or any token, kept short. */
function serverMessage(body: string | undefined, reason: string | null): string {
  let text = (body ?? '').trim();
  if (reason && text.startsWith(`${reason}:`)) text = text.slice(reason.length + 1).trim();
  if (/^\s*</.test(text)) return ''; // an HTML error page says nothing useful
  text = redactTokens(text.replace(/\s+/g, ' '));
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}

const isOffline = (): boolean => typeof navigator !== 'undefined' && !navigator.onLine;

interface Described {
  code: ErrorCode;
  message: string;
  category?: ErrorCategory;
}

/** Messages for the token refusals; a token in the URL makes them as precise as the local check. */
function tokenRefusal(code: ErrorCode, url: URL | null, failure: HttpFailure, id: string, said: string): string {
  const audience = audienceOf(url, failure.category);
  const attribute = TOKEN_ATTRIBUTES[audience] ?? 'the token';
  const token = url?.searchParams.get('token');
  if (token) {
    // Claims decode without the signature: reuse the local check's exact wording when it agrees.
    const local = checkToken(token, { audience, playbackId: id, attribute });
    if (local?.code === code) return local.message;
  }
  const detail = said ? ` (${said})` : '';
  switch (code) {
    case ErrorCode.TOKEN_MISSING:
      return `playback ID "${id}" is signed: set ${attribute} to a token minted on your server with aud "${audience}"`;
    case ErrorCode.TOKEN_EXPIRED:
      return `${attribute} has expired${detail}; mint a new token on your server`;
    case ErrorCode.TOKEN_WRONG_AUDIENCE:
      return `${attribute} has the wrong aud${detail}: ${AUDIENCE_USE[audience]} need aud "${audience}"; mint it with aud "${audience}"`;
    case ErrorCode.TOKEN_WRONG_SUBJECT:
      return `${attribute} is for another playback ID${detail}; mint it with sub "${id}"`;
    case ErrorCode.TOKEN_MALFORMED:
      return `${attribute} is not a valid token${detail}; mint a token on your server`;
    case ErrorCode.TOKEN_INVALID_SIGNATURE:
      return `${attribute} was not signed by a signing key the platform knows${detail}: sign it RS256 with your signing key and set kid to that key's ID`;
    case ErrorCode.TOKEN_ON_PUBLIC_ID:
      return `playback ID "${id}" is public: remove ${attribute} (tokens are only for signed playback IDs)`;
    case ErrorCode.PARAMS_BESIDE_TOKEN: {
      const names = url ? [...url.searchParams.keys()].filter((name) => name !== 'token') : [];
      const which = names.length ? names.join(', ') : 'the extra parameters';
      return `signed URLs carry only the token: move ${which} into the claims of ${attribute} on your server`;
    }
    default:
      return `${attribute} was refused${detail}`;
  }
}

function describe(failure: HttpFailure, reason: string | null, url: URL | null, id: string): Described {
  const { status } = failure;
  const said = serverMessage(failure.body, reason);
  const shown = redactTokens(failure.url);
  const because = said ? `: ${said}` : '';
  if (status === 0) {
    return isOffline()
      ? {
          code: ErrorCode.NETWORK_OFFLINE,
          message: 'the browser is offline; playback resumes when the connection returns',
        }
      : {
          code: ErrorCode.NETWORK,
          message: `no response from ${url?.host ?? shown} (network error, or the server does not allow this origin with CORS)`,
        };
  }
  if (status === 403) {
    const code =
      (reason && Object.hasOwn(FORBIDDEN_REASONS, reason) ? FORBIDDEN_REASONS[reason] : undefined) ??
      ErrorCode.FORBIDDEN;
    if (code === ErrorCode.DRM_LICENSE_UNAVAILABLE) {
      return { code, category: 'drm', message: `the license server refused this key system${because}` };
    }
    if (code === ErrorCode.FORBIDDEN) {
      return {
        code,
        message: `access to ${shown} was refused (403)${because}; check the playback restrictions (referrer, user agent) of playback ID "${id}"`,
      };
    }
    return { code, message: tokenRefusal(code, url, failure, id, said) };
  }
  if (status === 404 || status === 410) {
    const unknownId = reason === 'playback_id_not_found' || (!reason && /^\/[^/]+\.m3u8$/.test(url?.pathname ?? ''));
    return unknownId
      ? {
          code: ErrorCode.NOT_FOUND,
          message: `playback ID "${id}" not found — did you use an asset ID instead of a playback ID?`,
        }
      : { code: ErrorCode.NOT_FOUND, message: `${shown} was not found (${status})${because}` };
  }
  if (status === 412) {
    return {
      code: ErrorCode.NOT_LIVE_YET,
      message: `playback ID "${id}" is not live yet / not ready (412); it plays once the stream is active`,
    };
  }
  if (status === 429) {
    return { code: ErrorCode.RATE_LIMITED, message: `too many requests for ${shown} (429); retry later` };
  }
  if (status >= 500) {
    return {
      code: ErrorCode.SERVER_ERROR,
      message: `the server failed (${status}) for ${shown}${because}; retrying may help`,
    };
  }
  if (status >= 400) {
    return { code: ErrorCode.BAD_REQUEST, message: `the server rejected ${shown} (${status})${because}` };
  }
  return { code: ErrorCode.UNKNOWN, message: `unexpected HTTP ${status} for ${shown}` };
}

/**
 * Maps a failed request to a `PlayerError`: 400 → `BAD_REQUEST`; 403 → the token code named by the
 * reason (`TOKEN_EXPIRED`, `TOKEN_WRONG_AUDIENCE`, …), `DRM_LICENSE_UNAVAILABLE`, else `FORBIDDEN`;
 * 404 → `NOT_FOUND` (naming the asset-ID mistake for an unknown playback ID); 412 → `NOT_LIVE_YET`;
 * 429 → `RATE_LIMITED`; 5xx → `SERVER_ERROR`; status 0 → `NETWORK_OFFLINE` when the browser is
 * offline, else `NETWORK`. URLs and server text in the message and context have tokens redacted.
 */
export function errorFromHttp(failure: HttpFailure): PlayerError {
  const url = parseUrl(failure.url);
  const reason = reasonOf(failure);
  const id = failure.playbackId ?? playbackIdOf(url) ?? '';
  const { code, message, category } = describe(failure, reason, url, id);
  const context: Record<string, unknown> = { status: failure.status, url: redactTokens(failure.url) };
  if (reason) context.reason = reason;
  if (id) context.playbackId = id;
  const said = serverMessage(failure.body, reason);
  if (said) context.serverMessage = said;
  return new PlayerError(code, message, {
    category: category ?? failure.category,
    ...(failure.fatal === undefined ? {} : { fatal: failure.fatal }),
    context,
  });
}

/**
 * The reason code of a response, read defensively from whatever a loader kept: an
 * `XMLHttpRequest` (`getResponseHeader`) or a fetch `Response` (`headers.get`). Null when absent
 * or unreadable (e.g. the header is not exposed by CORS).
 */
export function readReason(networkDetails: unknown): string | null {
  if (networkDetails === null || typeof networkDetails !== 'object') return null;
  const details = networkDetails as { getResponseHeader?: unknown; headers?: unknown };
  try {
    if (typeof details.getResponseHeader === 'function') {
      const value = (details.getResponseHeader as (name: string) => unknown).call(networkDetails, REASON_HEADER);
      return typeof value === 'string' && value ? value : null;
    }
    const headers = details.headers as { get?: unknown } | null | undefined;
    if (headers && typeof headers.get === 'function') {
      const value = (headers.get as (name: string) => unknown).call(headers, REASON_HEADER);
      return typeof value === 'string' && value ? value : null;
    }
  } catch {
    // a request in an unexpected state: no reason
  }
  return null;
}

/** The text body an `XMLHttpRequest` holds, if it was a text request; undefined otherwise. */
export function readXhrText(networkDetails: unknown): string | undefined {
  if (networkDetails === null || typeof networkDetails !== 'object') return undefined;
  const xhr = networkDetails as { responseType?: unknown; responseText?: unknown };
  try {
    // responseText throws for binary responses (fragments), so look at responseType first.
    if (xhr.responseType !== '' && xhr.responseType !== 'text') return undefined;
    return typeof xhr.responseText === 'string' ? xhr.responseText : undefined;
  } catch {
    return undefined;
  }
}

/** {@link errorFromHttp} for a fetch `Response` that is not ok: reads its reason and body. */
export async function errorFromResponse(
  response: Response,
  input: { category: ErrorCategory; playbackId?: string; url?: string; fatal?: boolean },
): Promise<PlayerError> {
  const body = await response.text().catch(() => '');
  return errorFromHttp({
    ...input,
    status: response.status,
    reason: readReason(response),
    body,
    url: input.url ?? response.url,
  });
}
