// The measuring script every startup page carries, inline in <head>: it finds the page's
// <video> (inside a player's shadow roots if need be) and records when its first frame is
// presented, when the visitor clicked, and the first frame presented after the click (a
// preloaded video may show its first frame before anyone clicks), in ms since navigation start.

declare global {
  interface Window {
    benchArmed?: boolean;
    benchClickAt?: number;
    benchFirstFrame?: { at: number; presentedFrames: number };
    benchFrameAfterClick?: number;
  }
}

/** `findVideo` is a JavaScript expression that yields the <video> once it exists, else null/undefined. */
export function probeScript(findVideo: string): string {
  return `<script>
(() => {
  let video;
  addEventListener('click', () => {
    if (window.benchClickAt !== undefined) return;
    window.benchClickAt = performance.now();
    video?.requestVideoFrameCallback(() => { window.benchFrameAfterClick = performance.now(); });
  }, { capture: true });
  const arm = () => {
    video = ${findVideo};
    if (!video) { setTimeout(arm, 2); return; }
    window.benchArmed = true;
    video.requestVideoFrameCallback((now, frame) => {
      window.benchFirstFrame = { at: performance.now(), presentedFrames: frame.presentedFrames };
    });
  };
  arm();
})();
</script>`;
}

/** What a page reports once its first frame is up, read with `page.evaluate`. */
export interface PageReport {
  firstFrame: number;
  presentedFrames: number;
  clickAt: number | null;
  frameAfterClick: number | null;
  /** User Timing marks by name (the first of each), in ms since navigation start. */
  marks: Record<string, number>;
  resources: {
    name: string;
    initiatorType: string;
    start: number;
    end: number;
    transfer: number;
    encoded: number;
    decoded: number;
  }[];
}

/** Runs in the page. */
export function readReport(): PageReport {
  const frame = window.benchFirstFrame;
  if (!frame) throw new Error('no first frame yet');
  const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const marks: Record<string, number> = {};
  for (const mark of performance.getEntriesByType('mark')) marks[mark.name] ??= mark.startTime;
  return {
    firstFrame: frame.at,
    presentedFrames: frame.presentedFrames,
    clickAt: window.benchClickAt ?? null,
    frameAfterClick: window.benchFrameAfterClick ?? null,
    marks,
    resources: entries.map((entry) => ({
      name: entry.name,
      initiatorType: entry.initiatorType,
      start: entry.startTime,
      end: entry.responseEnd,
      transfer: entry.transferSize,
      encoded: entry.encodedBodySize,
      decoded: entry.decodedBodySize,
    })),
  };
}
