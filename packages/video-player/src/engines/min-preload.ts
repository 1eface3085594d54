import type Hls from 'hls.js';

/**
 * `min-preload-segments` (Mux Player's): how many video segments must be buffered before
 * playback starts, so adaptive selection has real bandwidth samples to choose from. Read from the
 * player element when hls.js loads a source (the eager bundle never reads it); 0 when unset.
 */
export function minPreloadSegments(media: HTMLVideoElement): number {
  const root = media.getRootNode();
  const raw = root instanceof ShadowRoot ? root.host.getAttribute('min-preload-segments') : null;
  if (raw === null || raw.trim() === '') return 0;
  const count = Number(raw);
  if (Number.isInteger(count) && count >= 1) return count;
  console.warn(
    `<video-player> min-preload-segments="${raw}" is not a whole number of segments (1 or more), so playback does not wait for any: set e.g. min-preload-segments="3"`,
  );
  return 0;
}

/**
 * Resolves once `count` video segments are buffered, once the stream's end is (a video shorter
 * than `count` segments), or when `signal` aborts (the engine went): a play never waits forever.
 */
export function segmentsBuffered(hls: Hls, HlsJs: typeof Hls, count: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    let buffered = 0;
    const done = (): void => {
      hls.off(HlsJs.Events.FRAG_BUFFERED, counted);
      hls.off(HlsJs.Events.BUFFER_EOS, done);
      resolve();
    };
    const counted = (_event: string, data: { frag: { type: string } }): void => {
      if (data.frag.type === 'main' && ++buffered >= count) done();
    };
    hls.on(HlsJs.Events.FRAG_BUFFERED, counted);
    hls.on(HlsJs.Events.BUFFER_EOS, done);
    signal.addEventListener('abort', done, { once: true });
  });
}
