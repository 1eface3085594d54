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
 * `onPersistent` gets the last failure.
 *
 * Live streams: a disconnected low-latency encoder fails its part requests too (404 for a part it
 * never produced, 503 once a held request times out) while its playlist stops growing; it may
 * come back, so that is left to the reconnect window (`max-reconnect-retries`). Segments that
 * keep failing while the playlist keeps growing are the origin failing a stream that is being
 * produced (5xx, 403 for an expired token, or 404 on segments it lists): they get the same bound
 * as on demand. A shorter burst, such as a segment not yet at a CDN edge, recovers within it.
 * Returns the function that removes listeners and timers.
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
  // The live playlist's last advance (a new segment or part listed) and how often it should come.
  let lastEnd = '';
  let advancedAt = -Infinity;
  let targetMs = 0;
  /** Still being produced: the playlist advanced since `since`, and within three target durations. */
  const growing = (since: number): boolean => {
    const now = performance.now();
    return advancedAt > since && now - advancedAt < 3 * targetMs;
  };
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
    if (data.fatal || data.details !== ErrorDetails.FRAG_LOAD_ERROR || !type || !ESSENTIAL.has(type)) return;
    const status = data.response?.code ?? 0;
    if (status < 400) return;
    failures.set(type, data);
    if (timers.has(type)) return;
    const firstFailureAt = performance.now();
    timers.set(
      type,
      setTimeout(() => {
        const failure = failures.get(type);
        reset();
        // A live playlist that stopped growing as well: the encoder is away, not the origin failing.
        if (failure && (!live || growing(firstFailureAt))) onPersistent(failure);
      }, boundMs),
    );
  };
  const onFragLoaded = (_event: unknown, { frag }: { frag: { type: string } }): void => reset(frag.type);
  const onLevelLoaded = (
    _event: unknown,
    { details }: { details: { live: boolean; endSN: number | string; lastPartIndex: number; targetduration: number } },
  ): void => {
    live = details.live;
    targetMs = details.targetduration * 1000;
    const end = `${String(details.endSN)}.${String(details.lastPartIndex)}`;
    if (live && end !== lastEnd) advancedAt = performance.now();
    lastEnd = end;
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
