import type Hls from 'hls.js';

type HlsClass = typeof Hls;

/** How fast a low-latency stream may play to get back to its target latency. */
export const CATCH_UP_RATE = 1.5;

/**
 * Catch-up by playback rate on low-latency live streams without DVR: hls.js plays up to
 * `CATCH_UP_RATE` while within one target duration behind the target latency. On a DVR (`EVENT`)
 * stream a viewer that far behind chose to be, so it plays at 1×. A page's own
 * `maxLiveSyncPlaybackRate` (hls-config) is left alone. Returns the function that removes the listener.
 */
export function catchUpOnLiveEdge(hls: Hls, HlsJs: HlsClass): () => void {
  const { Events } = HlsJs;
  const onLevelLoaded = (_event: unknown, { details }: { details: { live: boolean; type: string | null } }): void => {
    if (details.live) hls.config.maxLiveSyncPlaybackRate = details.type === 'EVENT' ? 1 : CATCH_UP_RATE;
  };
  hls.on(Events.LEVEL_LOADED, onLevelLoaded);
  return () => hls.off(Events.LEVEL_LOADED, onLevelLoaded);
}
