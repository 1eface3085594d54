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
