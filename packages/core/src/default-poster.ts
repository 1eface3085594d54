import { posterWithCheck, type PosterInputs } from './titles.ts';
import type { PlayerError } from './player-error.ts';
import { checkToken } from './tokens.ts';

/**
 * The playback ID's thumbnail as the default poster, or why there is none: a signed ID needs a
 * thumbnail token (without one there is no poster the viewer may see, and no problem to report).
 */
export const defaultPoster = (inputs: PosterInputs): { url?: string; problem?: PlayerError } =>
  posterWithCheck(inputs, checkToken);
