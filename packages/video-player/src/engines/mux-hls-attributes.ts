import type { HlsConfig } from 'hls.js';
import { accepted } from '../mux-spellings.ts';

/**
 * Mux Player's attributes that are hls.js settings, read from the player element when hls.js
 * loads a source, so they cost the player's eager code nothing: `prefer-cmcd` (`query` or
 * `header`: hls.js sends Common Media Client Data with each request, the playback ID as content
 * ID) and `cap-rendition-to-player-size` (`"false"` lets renditions exceed the player's size).
 */
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
  return config;
}
