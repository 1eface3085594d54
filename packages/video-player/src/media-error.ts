import { PlayerError } from '@videokit/core';

/** An engine that could not even start, e.g. hls.js failed to download. */
export function engineLoadError(error: unknown): PlayerError {
  if (error instanceof PlayerError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new PlayerError(
    'NETWORK',
    `the playback engine failed to load (${reason}); check the network and that the player's files are served`,
    { fatal: true, cause: error },
  );
}

/** The media is encrypted but the player was given no way to license it. */
export function missingDrmToken(): PlayerError {
  return new PlayerError(
    'DRM_LICENSE',
    'this stream is DRM protected: set drm-token (or tokens.drm) to a licence token minted with aud "d" for this playback ID',
    { category: 'drm', fatal: true, context: { attribute: 'drm-token' } },
  );
}

/** Encrypted media met without a `drm-token`: say which attribute is missing instead of a decode failure. */
export function watchEncrypted(
  media: HTMLMediaElement,
  source: { drm?: unknown },
  report: (error: PlayerError) => void,
  signal: AbortSignal,
): void {
  if (source.drm) return;
  media.addEventListener('encrypted', () => report(missingDrmToken()), { signal });
}
