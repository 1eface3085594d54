import { CapLevelController, Events, type HlsConfig } from 'hls.js';
import type Hls from 'hls.js';

/**
 * Mux Player's `max-auto-resolution`: hls.js's automatic choice stays at or below the named
 * resolution (by pixel count, as Mux Player compares, so portrait renditions count alike);
 * a rendition the viewer picks is not capped. Capping to the player's size still applies unless
 * the page turned it off, so hls.js's level capping runs either way.
 */
export function maxAutoLevelConfig(height: number, sizeCap: boolean): Partial<HlsConfig> {
  const pixels = (height * height * 16) / 9;
  class MaxAutoLevel extends CapLevelController {
    readonly #hls: Hls;
    constructor(hls: Hls) {
      super(hls);
      this.#hls = hls;
      // Before the engine picks the start level (its listener comes later), so the first segments obey the cap too.
      hls.on(Events.MANIFEST_PARSED, () => {
        hls.autoLevelCapping = this.getMaxLevel(hls.levels.length - 1);
      });
    }
    override getMaxLevel(capLevelIndex: number): number {
      // hls.js lists levels lightest first; with none small enough, the lightest.
      let cap = 0;
      this.#hls.levels.forEach((level, index) => {
        if (index <= capLevelIndex && level.width * level.height <= pixels) cap = index;
      });
      return sizeCap ? super.getMaxLevel(cap) : cap;
    }
  }
  return { capLevelController: MaxAutoLevel, capLevelToPlayerSize: true };
}
