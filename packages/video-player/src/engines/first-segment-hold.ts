import type Hls from 'hls.js';
import type { SegmentGate } from './gated-loader.ts';

/**
 * `preload="metadata"` with hls.js: the playlists and the first segment of each media type
 * (video, the alternate audio, subtitles when shown; `videoSegments` of video for
 * `min-preload-segments`), then no segment until `release()`.
 *
 * Small buffer targets alone do not hold: hls.js buffers
 * `min(max(8 × maxBufferSize / bitrate, maxBufferLength), maxMaxBufferLength)` seconds, and until
 * the media has enough to start it measures the buffer from where its last request ended, so a
 * type that finishes its first segment early asks for the next. So the targets are small (no
 * request is even scheduled once the media knows its position) and the loader's gate makes any
 * further segment wait (it loads the moment playback starts).
 */
export class FirstSegmentHold implements SegmentGate {
  readonly #admitted = new Map<string, number>();
  readonly #videoSegments: number;
  readonly #waiting = new Set<() => void>();
  #hls: Hls | undefined;
  #saved: { maxBufferLength: number; maxBufferSize: number } | undefined;
  #held = true;

  constructor(videoSegments = 1) {
    this.#videoSegments = videoSegments;
  }

  /** Lowers `hls`'s buffer targets until `release()`. */
  attach(hls: Hls): void {
    const { maxBufferLength, maxBufferSize } = hls.config;
    this.#hls = hls;
    this.#saved = { maxBufferLength, maxBufferSize };
    // With more than one video segment to admit, hls.js must ask for them: the gate holds the rest.
    if (this.#videoSegments === 1) hls.config.maxBufferLength = 1;
    hls.config.maxBufferSize = 0;
  }

  admit(type: string): boolean {
    const admitted = this.#admitted.get(type) ?? 0;
    if (this.#held && admitted >= (type === 'main' ? this.#videoSegments : 1)) return false;
    this.#admitted.set(type, admitted + 1);
    return true;
  }

  defer(start: () => void): () => void {
    this.#waiting.add(start);
    return () => this.#waiting.delete(start);
  }

  /** Back to the normal forward buffer (playback started); waiting segments load now. */
  release(): void {
    if (!this.#held) return;
    this.#held = false;
    if (this.#hls && this.#saved) Object.assign(this.#hls.config, this.#saved);
    const waiting = [...this.#waiting];
    this.#waiting.clear();
    for (const start of waiting) start();
  }
}
