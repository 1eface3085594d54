import { createPrivateKey, createPublicKey, createSign, createVerify, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HttpError } from './http.ts';

/** Token audiences of the platform: video+captions, thumbnail, GIF, storyboard, DRM license. */
export type Audience = 'v' | 't' | 'g' | 's' | 'd';

export interface TokenClaims {
  sub: string;
  /** An {@link Audience}; typed as string because tokens arrive from outside. */
  aud: string;
  exp: number;
  kid?: string;
  [claim: string]: unknown;
}

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/** Loads the committed RS256 test key pair (`test/fixtures/keys`). */
export function loadSigningKey(keysDir: string): SigningKey {
  return {
    kid: readFileSync(join(keysDir, 'kid.txt'), 'utf8').trim(),
    privateKey: createPrivateKey(readFileSync(join(keysDir, 'signing-key.pem'))),
    publicKey: createPublicKey(readFileSync(join(keysDir, 'signing-key.pub.pem'))),
  };
}

const base64url = (value: Buffer | string): string => Buffer.from(value).toString('base64url');

export interface MintOptions {
  /** Seconds from now until `exp`; ignored when the claims carry `exp`. Default one hour. */
  expiresIn?: number;
  /** "Now" in ms for `expiresIn`: the verifier's clock, so an injected clock does not expire fresh tokens. */
  now?: number;
  /** Sign with the wrong key or kid to exercise rejection paths. */
  kid?: string;
  privateKey?: KeyObject;
}

/** Mints an RS256 JWT the way an app's backend does for signed playback. */
export function mintToken(
  key: SigningKey,
  claims: Partial<TokenClaims> & { sub: string; aud: string },
  options: MintOptions = {},
): string {
  const kid = options.kid ?? key.kid;
  const exp = claims.exp ?? Math.floor((options.now ?? Date.now()) / 1000) + (options.expiresIn ?? 3600);
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
  const payload = base64url(JSON.stringify({ ...claims, exp, kid }));
  const signature = createSign('RSA-SHA256')
    .update(`${header}.${payload}`)
    .sign(options.privateKey ?? key.privateKey);
  return `${header}.${payload}.${base64url(signature)}`;
}

const AUDIENCE_NAMES: Record<string, string> = {
  v: 'video (v)',
  t: 'thumbnail (t)',
  g: 'GIF (g)',
  s: 'storyboard (s)',
  d: 'DRM license (d)',
};

function decodeSegment(segment: string, what: string): Record<string, unknown> {
  try {
    const value = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through to the error below
  }
  throw new HttpError(403, 'token_malformed', `the token's ${what} is not base64url-encoded JSON`);
}

/**
 * Verifies a playback token as the platform does: RS256 signature by a known key, then
 * `exp`, `aud` and `sub`. Returns the claims, which carry the signed modifiers.
 */
export function verifyToken(
  key: SigningKey,
  token: string | null,
  expected: { audience: Audience; playbackId: string; now: number },
): TokenClaims {
  if (!token) {
    throw new HttpError(403, 'token_missing', `playback ID "${expected.playbackId}" is signed: add ?token=<JWT>`);
  }
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]*$/.test(part))) {
    throw new HttpError(403, 'token_malformed', 'the token is not a JWT (three base64url parts joined by dots)');
  }
  const [headerPart = '', payloadPart = '', signaturePart = ''] = parts;
  const header = decodeSegment(headerPart, 'header');
  const claims = decodeSegment(payloadPart, 'payload');
  if (header.alg !== 'RS256') {
    throw new HttpError(403, 'token_malformed', `the token is signed with ${String(header.alg)}; RS256 is required`);
  }
  const kid = header.kid ?? claims.kid;
  if (kid !== key.kid) {
    throw new HttpError(403, 'token_unknown_key', `no signing key with kid "${String(kid)}" on this origin`);
  }
  const signatureValid = createVerify('RSA-SHA256')
    .update(`${headerPart}.${payloadPart}`)
    .verify(key.publicKey, Buffer.from(signaturePart, 'base64url'));
  if (!signatureValid) {
    throw new HttpError(403, 'token_signature', 'the token signature does not verify with the signing key');
  }
  if (typeof claims.exp !== 'number') {
    throw new HttpError(403, 'token_malformed', 'the token has no numeric exp claim');
  }
  const nowSeconds = expected.now / 1000;
  if (claims.exp <= nowSeconds) {
    const at = new Date(claims.exp * 1000).toISOString();
    throw new HttpError(
      403,
      'token_expired',
      `the token expired at ${at} (${Math.round(nowSeconds - claims.exp)} s ago)`,
    );
  }
  if (claims.aud !== expected.audience) {
    throw new HttpError(
      403,
      'token_audience',
      `the token's aud is "${String(claims.aud)}" but this URL needs ${AUDIENCE_NAMES[expected.audience]}`,
    );
  }
  if (claims.sub !== expected.playbackId) {
    throw new HttpError(
      403,
      'token_subject',
      `the token is for playback ID "${String(claims.sub)}", not "${expected.playbackId}"`,
    );
  }
  return claims as TokenClaims;
}
