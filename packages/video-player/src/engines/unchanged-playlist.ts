import type Hls from 'hls.js';
import type { ErrorData } from 'hls.js';

type HlsClass = typeof Hls;

/**
 * hls.js reloads an unchanged live playlist every half target duration and, by default
 * (`liveMaxUnchangedPlaylistRefresh: Infinity`), forever. This sets the count so a playlist that
 * stopped changing is given up on after `windowMs`, the same bound the stall controller uses,
 * unless the page's `hls-config` set its own. hls.js reports the miss as a non-fatal
 * `playlistUnchangedError` and would then try each rendition in turn (each starting its count
 * again); `onStale` is called at the first one so the bound holds. Returns the function that
 * removes the listeners.
 */
export function boundUnchangedPlaylist(
  hls: Hls,
  HlsJs: HlsClass,
  windowMs: number,
  onStale: (data: ErrorData, reloads: number) => void,
): () => void {
  const { Events, ErrorDetails } = HlsJs;
  const onLevelLoaded = (
    _event: unknown,
    { details }: { details: { live: boolean; targetduration: number } },
  ): void => {
    if (!details.live) return;
    // hls.js clamps the count to at least 2.
    hls.config.liveMaxUnchangedPlaylistRefresh = Math.max(2, Math.ceil(windowMs / (details.targetduration * 500)));
  };
  const onError = (_event: unknown, data: ErrorData): void => {
    if (data.details === ErrorDetails.PLAYLIST_UNCHANGED_ERROR)
      onStale(data, hls.config.liveMaxUnchangedPlaylistRefresh);
  };
  hls.on(Events.LEVEL_LOADED, onLevelLoaded);
  hls.on(Events.ERROR, onError);
  return () => {
    hls.off(Events.LEVEL_LOADED, onLevelLoaded);
    hls.off(Events.ERROR, onError);
  };
}
