import type { HlsConfig } from 'hls.js';
import { accepted } from '../mux-spellings.ts';
import { maxAutoLevelConfig } from './max-auto-level.ts';

/**
 * Mux Player's attributes that are hls.js settings, read from the player element when hls.js
 * loads a source, so they cost the player's eager code nothing: `prefer-cmcd` (`query` or
 * `header`: hls.js sends Common Media Client Data with each request, the playback ID as content
 * ID), `cap-rendition-to-player-size` (`"false"` lets renditions exceed the player's size) and
 * `max-auto-resolution` (`720p`…: the highest rendition hls.js picks by itself; `270p`…`2160p`
 * accepted, where Mux Player takes `720p` and up).
 */
/** The platform's resolution names (kept here: importing core's list would split the eager bundle). */
const RESOLUTIONS = ['270p', '360p', '480p', '540p', '720p', '1080p', '1440p', '2160p'];

export function muxHlsAttributes(media: HTMLVideoElement): Partial<HlsConfig> {
  const root = media.getRootNode();
  const player = root instanceof ShadowRoot ? root.host : undefined;
  if (!player) return {};
  const config: Partial<HlsConfig> = {};
  const cmcd = player.getAttribute('prefer-cmcd');
  if (cmcd && accepted('prefer-cmcd', cmcd, ['query', 'header', 'none']) && cmcd !== 'none') {
    config.cmcd = { useHeaders: cmcd === 'header', contentId: player.getAttribute('playback-id') ?? undefined };
  }
  const cap = player.getAttribute('cap-rendition-to-player-size');
  if (cap !== null) config.capLevelToPlayerSize = cap !== 'false';
  const maxAuto = player.getAttribute('max-auto-resolution');
  if (maxAuto && accepted('max-auto-resolution', maxAuto, RESOLUTIONS)) {
    Object.assign(config, maxAutoLevelConfig(parseInt(maxAuto), cap !== 'false'));
  }
  return config;
}
