import type Hls from 'hls.js';
import type { LevelDetails } from 'hls.js';

type HlsClass = typeof Hls;

/** How fast a low-latency stream may play to get back to its target latency. */
export const CATCH_UP_RATE = 1.5;

/**
 * Catch-up by playback rate on low-latency live streams: hls.js plays up to `CATCH_UP_RATE` while
 * the latency is above its target but within one target duration past it (further behind, it
 * counts as DVR viewing and plays at 1×). That range still holds a DVR viewer who seeked a few
 * seconds back on purpose, so on a DVR (`EVENT`) stream a seek that lands more than one target
 * duration behind hls.js's live sync position turns catch-up off until a seek lands near the
 * edge again (seekToLive, or the slider dragged to its end). hls.js stops adjusting the rate when
 * the stream ends or catch-up is switched off, but leaves the last rate it set; this puts it back
 * to 1× then, so the end of an ended stream plays at normal speed. A page's own
 * `maxLiveSyncPlaybackRate` (hls-config) is left alone: this is not installed then. Returns the
 * function that removes the listeners.
 */
export function catchUpOnLiveEdge(hls: Hls, HlsJs: HlsClass, media: HTMLMediaElement): () => void {
  const { Events } = HlsJs;
  let dvr = false;
  let behindByChoice = false;
  const setCap = (rate: number): void => {
    // A rate hls.js set while catching up; a viewer's own choice elsewhere is theirs.
    if (rate === 1 && media.playbackRate > 1 && media.playbackRate <= hls.config.maxLiveSyncPlaybackRate)
      media.playbackRate = 1;
    hls.config.maxLiveSyncPlaybackRate = rate;
  };
  const onLevelUpdated = (_event: unknown, { details }: { details: LevelDetails }): void => {
    dvr = details.type === 'EVENT';
    setCap(details.live && !(dvr && behindByChoice) ? CATCH_UP_RATE : 1);
  };
  const onSeeking = (): void => {
    const details = hls.latestLevelDetails;
    const sync = hls.liveSyncPosition;
    if (!dvr || !details?.live || sync === null) return;
    behindByChoice = media.currentTime < sync - details.targetduration;
    setCap(behindByChoice ? 1 : CATCH_UP_RATE);
  };
  hls.on(Events.LEVEL_UPDATED, onLevelUpdated);
  media.addEventListener('seeking', onSeeking);
  return () => {
    hls.off(Events.LEVEL_UPDATED, onLevelUpdated);
    media.removeEventListener('seeking', onSeeking);
  };
}
