/** The facts about a rendition that matter for choosing where to start. */
export interface LevelCandidate {
  height: number;
  bitrate: number;
}

/**
 * Picks the first rendition to load: the best one that fits the rendered size (in device
 * pixels) and that the bandwidth estimate can carry with headroom. Starting right removes
 * both the blurry first seconds and the stall of starting too high.
 */
export function chooseStartLevel(levels: readonly LevelCandidate[], renderedHeight: number, bandwidth: number): number {
  if (levels.length === 0) return -1;
  const affordable = bandwidth * 0.7;
  let best = -1;
  levels.forEach((level, index) => {
    const fits = level.height <= renderedHeight || renderedHeight <= 0;
    if (!fits || level.bitrate > affordable) return;
    const current = levels[best];
    if (!current || level.bitrate > current.bitrate) best = index;
  });
  if (best >= 0) return best;
  // Nothing fits both limits: start at the lightest rendition.
  return levels.reduce(
    (lowest, level, index) => (level.bitrate < (levels[lowest]?.bitrate ?? Infinity) ? index : lowest),
    0,
  );
}
