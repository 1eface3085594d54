import type { SegmentGate } from './gated-loader.ts';

/**
 * Subtitle segments wait until hls.js has the media. With `startFragPrefetch`, hls.js may load
 * and parse the first subtitle segment before the media is attached; its text track does not
 * exist yet, so the cues are dropped, and the segment counts as done: that track stays empty
 * for good. Video and audio still prefetch (they wait in hls.js's own buffers).
 */
export class SubtitlesAfterAttach implements SegmentGate {
  #attached = false;
  readonly #waiting = new Set<() => void>();

  admit(type: string): boolean {
    return this.#attached || type !== 'subtitle';
  }

  defer(start: () => void): () => void {
    this.#waiting.add(start);
    return () => this.#waiting.delete(start);
  }

  /** hls.js has the media (`MEDIA_ATTACHED`): waiting subtitle segments load now. */
  attached(): void {
    this.#attached = true;
    const waiting = [...this.#waiting];
    this.#waiting.clear();
    for (const start of waiting) start();
  }
}
