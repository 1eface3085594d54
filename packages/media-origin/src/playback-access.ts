import { CATALOG, type PlaybackEntry } from './catalog.ts';
import type { OriginState } from './context.ts';
import { HttpError } from './http.ts';
import { verifyToken, type Audience } from './tokens.ts';

export interface PlaybackAccess {
  playbackId: string;
  entry: PlaybackEntry;
  /** Where options come from: the query for public IDs, the token's claims for signed IDs. */
  options: Record<string, unknown>;
  /** `?token=…` for signed IDs, to carry onto child URLs; empty otherwise. */
  tokenQuery: string;
}

export function lookUp(playbackId: string): PlaybackEntry {
  // An own property only: `__proto__` or `constructor` is an unknown ID, not Object.prototype.
  const entry = Object.hasOwn(CATALOG, playbackId) ? CATALOG[playbackId] : undefined;
  if (!entry) {
    throw new HttpError(
      404,
      'playback_id_not_found',
      `no playback ID "${playbackId}" on this origin — did you use an asset ID instead of a playback ID?`,
    );
  }
  return entry;
}

/**
 * The platform's access rule: a signed or DRM ID needs a valid token for this audience and takes its
 * options only from the claims; a public ID refuses a token and takes options from the query.
 */
export function authorize(state: OriginState, playbackId: string, url: URL, audience: Audience): PlaybackAccess {
  const entry = lookUp(playbackId);
  const token = url.searchParams.get('token');
  if (entry.policy === 'public') {
    if (token !== null) {
      throw new HttpError(
        403,
        'token_on_public_id',
        `playback ID "${playbackId}" is public: remove the token parameter (tokens are only for signed IDs)`,
      );
    }
    return { playbackId, entry, options: Object.fromEntries(url.searchParams), tokenQuery: '' };
  }
  const claims = verifyToken(state.key, token, { audience, playbackId, now: state.clock.now() });
  const extra = [...url.searchParams.keys()].filter((name) => name !== 'token');
  if (extra.length) {
    throw new HttpError(
      403,
      'params_beside_token',
      `signed URLs carry only token; move ${extra.join(', ')} into the token's claims`,
    );
  }
  return { playbackId, entry, options: claims, tokenQuery: `?token=${token}` };
}
