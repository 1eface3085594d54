import type Hls from 'hls.js';
import type { ErrorData } from 'hls.js';

type HlsClass = typeof Hls;

/**
 * How long an on-demand stream may go without loading a single segment while its segment
 * requests keep failing with an HTTP error, before the failure is final. hls.js on its own
 * retries each rendition and each redundant host in turn (about 30 s for a 404, a minute for a
 * 500); a single failure recovers well within this.
 */
export const SEGMENT_FAILURE_BOUND_MS = 10_000;

/** Video and audio: without either, nothing plays. Subtitles failing leave the video playing. */
const ESSENTIAL = new Set(['main', 'audio']);

/**
 * Watches segment loads per playlist (video, audio): from the first failed one (an HTTP status
 * ≥ 400) it allows `boundMs` for a segment of that playlist to load; if none does,
 * `onPersistent` gets the last failure. Live streams are left to the reconnect window (a
 * disconnected low-latency encoder fails its part requests too, and may come back). Returns the
 * function that removes listeners and timers.
 */
export function boundSegmentFailures(
  hls: Hls,
  HlsJs: HlsClass,
  onPersistent: (data: ErrorData) => void,
  boundMs = SEGMENT_FAILURE_BOUND_MS,
): () => void {
  const { Events, ErrorDetails } = HlsJs;
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const failures = new Map<string, ErrorData>();
  let live = false;
  const reset = (type?: string): void => {
    for (const [key, timer] of timers) {
      if (type !== undefined && key !== type) continue;
      clearTimeout(timer);
      timers.delete(key);
      failures.delete(key);
    }
  };
  const onError = (_event: unknown, data: ErrorData): void => {
    const type = data.frag?.type;
    if (data.fatal || live || data.details !== ErrorDetails.FRAG_LOAD_ERROR || !type || !ESSENTIAL.has(type)) return;
    if ((data.response?.code ?? 0) < 400) return;
    failures.set(type, data);
    if (timers.has(type)) return;
    timers.set(
      type,
      setTimeout(() => {
        const failure = failures.get(type);
        reset();
        if (failure) onPersistent(failure);
      }, boundMs),
    );
  };
  const onFragLoaded = (_event: unknown, { frag }: { frag: { type: string } }): void => reset(frag.type);
  const onLevelLoaded = (_event: unknown, { details }: { details: { live: boolean } }): void => {
    live = details.live;
    if (live) reset();
  };
  hls.on(Events.ERROR, onError);
  hls.on(Events.FRAG_LOADED, onFragLoaded);
  hls.on(Events.LEVEL_LOADED, onLevelLoaded);
  return () => {
    reset();
    hls.off(Events.ERROR, onError);
    hls.off(Events.FRAG_LOADED, onFragLoaded);
    hls.off(Events.LEVEL_LOADED, onLevelLoaded);
  };
}
