import { join } from 'node:path';
import { LiveEncoder, PART_MS, PARTS_PER_SEGMENT } from './live-encoder.ts';
import { LowLatencySource } from './ll-source.ts';

/** How long the low-latency streams have run when the origin starts, so players find a window. */
const STARTED_BEFORE_ORIGIN_MS = 30_000;
const SEGMENT_MS = PART_MS * PARTS_PER_SEGMENT;

/** The low-latency live IDs' shared fixture and one encoder per playback ID, on the origin's clock. */
export class LowLatencyStreams {
  #source: LowLatencySource | undefined;
  readonly #encoders = new Map<string, LiveEncoder>();
  readonly #streamStart: number;

  constructor(
    readonly mediaRoot: string,
    startedAt: number,
  ) {
    // Segment-aligned to the second, so program date times read cleanly.
    this.#streamStart = Math.floor((startedAt - STARTED_BEFORE_ORIGIN_MS) / SEGMENT_MS) * SEGMENT_MS;
  }

  /** The fixture, read on first use (the other IDs never need it). */
  get source(): LowLatencySource {
    this.#source ??= new LowLatencySource(join(this.mediaRoot, 'live-ll'));
    return this.#source;
  }

  encoder(playbackId: string): LiveEncoder {
    let encoder = this.#encoders.get(playbackId);
    if (!encoder) {
      encoder = new LiveEncoder(this.#streamStart);
      this.#encoders.set(playbackId, encoder);
    }
    return encoder;
  }

  /** Every encoder (or one playback ID's) connected again with its history forgotten (between tests). */
  reset(playbackId?: string): void {
    if (playbackId === undefined) this.#encoders.clear();
    else this.#encoders.delete(playbackId);
  }
}
