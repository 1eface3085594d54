/** `autoplay` values: `""` (plain), `muted`, or `any` (sound if the browser allows, else muted). */
export type AutoplayMode = 'plain' | 'muted' | 'any';

export function parseAutoplay(value: string | null): AutoplayMode | undefined {
  if (value === null || value === 'false') return undefined;
  if (value === 'muted' || value === 'any') return value;
  return 'plain';
}

/**
 * Starts playback the way the browser's autoplay policy allows, resolving to whether it plays.
 * The play() promise is always handled: a refused autoplay is a normal outcome, not an error.
 */
export async function autoplay(
  mode: AutoplayMode,
  play: () => Promise<void>,
  mute: () => void,
): Promise<'playing' | 'playing-muted' | 'blocked'> {
  if (mode === 'muted') mute();
  try {
    await play();
    return mode === 'muted' ? 'playing-muted' : 'playing';
  } catch (error) {
    if (mode !== 'any' || !(error instanceof DOMException) || error.name !== 'NotAllowedError') return 'blocked';
  }
  mute();
  try {
    await play();
    return 'playing-muted';
  } catch {
    return 'blocked';
  }
}
