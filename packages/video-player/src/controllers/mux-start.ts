/**
 * Mux Player's `volume` and `playbackrate` attributes: where the media starts. Applied by
 * `MuxExtras`, which `MuxApiLink` loads at connection for players that have one, after the
 * saved preferences have been restored (the page's value wins, as in Mux Player).
 */
import { warnOnce } from '../mux-spellings.ts';

export interface StartHost extends HTMLElement {
  volume: number;
  playbackRate: number;
  defaultPlaybackRate: number;
}

/** A number attribute's value, or undefined with a warning when it is not a number from 0 to `max`. */
function inRange(host: HTMLElement, attribute: string, max: number): number | undefined {
  const value = host.getAttribute(attribute);
  if (value === null) return undefined;
  const number = Number(value);
  if (value.trim() && number >= 0 && number <= max) return number;
  warnOnce(`${attribute}="${value}" is ignored: use a number from 0 to ${String(max)}`);
  return undefined;
}

export function applyStart(host: StartHost): void {
  const volume = inRange(host, 'volume', 1);
  if (volume !== undefined) host.volume = volume;
  const rate = inRange(host, 'playbackrate', 16);
  if (rate !== undefined) host.defaultPlaybackRate = host.playbackRate = rate;
}
