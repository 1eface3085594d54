/**
 * Signed playback tokens (seed "Secure video playback"). The client never verifies signatures —
 * only the platform can — but it reads the claims to fail early, before any request, with a
 * message that says exactly what is wrong.
 */
import { ErrorCode, PlayerError, type ErrorCategory } from './player-error.ts';
import { show } from './show.ts';

/** `v` video and captions, `t` thumbnail, `g` GIF, `s` storyboard, `d` DRM license. */
export type TokenAudience = 'v' | 't' | 'g' | 's' | 'd';

/** JWT claims as the platform reads them; modifiers and image options may ride along as extra claims. */
export interface TokenClaims {
  /** The playback ID. */
  sub?: string;
  aud?: string;
  /** Expiry, epoch seconds. */
  exp?: number;
  kid?: string;
  [claim: string]: unknown;
}

/** What each audience is for, as messages name it. */
export const AUDIENCE_USE: Readonly<Record<TokenAudience, string>> = {
  v: 'video and captions',
  t: 'thumbnails',
  g: 'animated GIFs',
  s: 'storyboards',
  d: 'DRM licenses',
};

/** The element attribute that carries each kind of token (GIFs have none). */
export const TOKEN_ATTRIBUTES: Readonly<Record<TokenAudience, string | null>> = {
  v: 'playback-token',
  t: 'thumbnail-token',
  g: null,
  s: 'storyboard-token',
  d: 'drm-token',
};

/** The error category a failure with this audience's token belongs to. */
export function categoryForAudience(audience: TokenAudience): ErrorCategory {
  switch (audience) {
    case 'v':
      return 'video';
    case 't':
    case 'g':
      return 'thumbnail';
    case 's':
      return 'storyboard';
    case 'd':
      return 'drm';
  }
}

const isAudience = (value: unknown): value is TokenAudience =>
  typeof value === 'string' && Object.hasOwn(AUDIENCE_USE, value);

/** Decodes one base64url segment of a JWT into a JSON object, or null. */
function decodeSegment(segment: string): Record<string, unknown> | null {
  if (!/^[A-Za-z0-9_-]+$/.test(segment) || segment.length % 4 === 1) return null;
  try {
    const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')), (char) =>
      char.charCodeAt(0),
    );
    const value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** The claims, or what is wrong with the token (a phrase that follows its name). */
function parse(token: string): { claims: TokenClaims; alg: unknown } | { problem: string } {
  if (typeof token !== 'string') return { problem: 'is not a string' };
  if (token.trim() === '') return { problem: 'is empty' };
  if (/^https?:|[?&]token=/i.test(token)) return { problem: 'is a URL: pass only the token (the JWT itself)' };
  const parts = token.trim().split('.');
  if (parts.length !== 3) {
    return { problem: `is not a JWT: expected three base64url parts separated by dots, found ${parts.length}` };
  }
  const header = decodeSegment(parts[0] ?? '');
  const claims = decodeSegment(parts[1] ?? '');
  if (!header) return { problem: 'is not a JWT: its header is not base64url-encoded JSON' };
  if (!claims) return { problem: 'is not a JWT: its payload is not base64url-encoded JSON' };
  return { claims, alg: header.alg };
}

/**
 * Decodes a JWT's claims without checking its signature.
 * @throws {PlayerError} `TOKEN_MALFORMED` when the token is not a JWT with a JSON payload.
 */
export function decodeToken(token: string): TokenClaims {
  const result = parse(token);
  if ('problem' in result) {
    throw new PlayerError(ErrorCode.TOKEN_MALFORMED, `the token ${result.problem}`, { fatal: true });
  }
  return result.claims;
}

const plural = (count: number, unit: string): string => `${count} ${unit}${count === 1 ? '' : 's'}`;

/** "12 minutes", "3 hours": how long ago something happened, roughly. */
export function describeAge(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return plural(s, 'second');
  if (s < 3600) return plural(Math.round(s / 60), 'minute');
  if (s < 48 * 3600) return plural(Math.round(s / 3600), 'hour');
  return plural(Math.round(s / 86400), 'day');
}

/** ISO 8601 UTC without milliseconds: `2026-11-25T10:00:00Z`. */
const isoSeconds = (epochSeconds: number): string =>
  new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** What one use of a token requires (see {@link checkToken}). */
export interface TokenExpectation {
  /** The audience this use needs. */
  audience: TokenAudience;
  /** The playback ID the token must be for (`sub`). */
  playbackId: string;
  /** The attribute the token came from, for messages (`playback-token`, `drm-token`…). */
  attribute: string;
  /** Current time in epoch milliseconds; default `Date.now()`. */
  now?: number;
}

/**
 * Checks a token's claims for one use, as the platform would (minus the signature): a decodable
 * JWT signed RS256, then `aud`, `sub` and `exp`. Audience and subject come before expiry because
 * renewing a token minted for the wrong use or ID would fail again.
 * @returns null when the claims fit, else a fatal `PlayerError` (category from the audience) whose
 * message names the attribute, what is wrong and what to do. The token never appears in it.
 */
export function checkToken(token: string, expect: TokenExpectation): PlayerError | null {
  const { audience, playbackId, attribute } = expect;
  const category = categoryForAudience(audience);
  const fail = (code: ErrorCode, message: string, context: Record<string, unknown> = {}): PlayerError =>
    new PlayerError(code, message, {
      category,
      fatal: true,
      context: { attribute, audience, playbackId, ...context },
    });
  const result = parse(token);
  if ('problem' in result) {
    return fail(ErrorCode.TOKEN_MALFORMED, `${attribute} ${result.problem}; mint a token on your server`);
  }
  const { claims, alg } = result;
  const seen = { sub: claims.sub, aud: claims.aud, exp: claims.exp, kid: claims.kid };
  if (alg !== 'RS256') {
    return fail(
      ErrorCode.TOKEN_MALFORMED,
      `${attribute} is signed with ${typeof alg === 'string' ? alg : 'no algorithm'}, but the platform only accepts RS256: sign it with your signing key's private key`,
      seen,
    );
  }
  const use = AUDIENCE_USE[audience];
  if (claims.aud !== audience) {
    const hint =
      isAudience(claims.aud) && TOKEN_ATTRIBUTES[claims.aud] && TOKEN_ATTRIBUTES[claims.aud] !== attribute
        ? ` (that is a token for ${AUDIENCE_USE[claims.aud]}: did it belong in ${TOKEN_ATTRIBUTES[claims.aud] ?? ''}?)`
        : '';
    const has = claims.aud === undefined ? 'has no aud claim' : `has aud "${show(claims.aud)}"`;
    return fail(
      ErrorCode.TOKEN_WRONG_AUDIENCE,
      `${attribute} ${has} but ${use} need aud "${audience}"${hint}; mint it with aud "${audience}"`,
      seen,
    );
  }
  if (claims.sub !== playbackId) {
    const has =
      typeof claims.sub === 'string' ? `is for playback ID "${claims.sub}", not "${playbackId}"` : 'has no sub claim';
    return fail(ErrorCode.TOKEN_WRONG_SUBJECT, `${attribute} ${has}; mint it with sub "${playbackId}"`, seen);
  }
  if (typeof claims.exp !== 'number' || !Number.isFinite(claims.exp)) {
    return fail(
      ErrorCode.TOKEN_MALFORMED,
      `${attribute} has no numeric exp claim; the platform requires one (epoch seconds)`,
      seen,
    );
  }
  const nowSeconds = (expect.now ?? Date.now()) / 1000;
  if (claims.exp <= nowSeconds) {
    return fail(
      ErrorCode.TOKEN_EXPIRED,
      `${attribute} expired at ${isoSeconds(claims.exp)} (${describeAge(nowSeconds - claims.exp)} ago); mint a new token on your server`,
      { ...seen, expiredAt: isoSeconds(claims.exp) },
    );
  }
  return null;
}
