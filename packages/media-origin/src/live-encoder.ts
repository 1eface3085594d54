/**
 * The encoder side of a low-latency live stream: what it sends, part by part, on the origin's
 * clock. Parts are `PART_MS` long and segments are `PARTS_PER_SEGMENT` parts, aligned to the
 * stream's start, so part `j` always covers `[start + j·PART_MS, start + (j+1)·PART_MS)`.
 *
 * What the encoder sent is a list of runs: picture (the camera), or slate (the platform's
 * stand-in while the encoder is away: the last frame repeated for one part, then the slate
 * picture, silent). Between runs there may be a gap (disconnected, no slate): no parts at all.
 * A run that follows a gap starts on a segment boundary, so every segment starts with an
 * independent part and the playlist can mark the gap with a discontinuity.
 */

export const PART_MS = 500;
export const PARTS_PER_SEGMENT = 4;

export type RunKind = 'picture' | 'slate';

export interface Run {
  kind: RunKind;
  /** First part. */
  from: number;
  /** First part after the run; undefined while it goes on. */
  to?: number;
}

/** What a control request may ask and what the encoder reports. */
export type EncoderState = 'live' | 'slate' | 'disconnected' | 'ended';

/** A control request the current state does not allow. */
export class EncoderConflict extends Error {}

const nextSegmentBoundary = (part: number): number => Math.ceil(part / PARTS_PER_SEGMENT) * PARTS_PER_SEGMENT;

export class LiveEncoder {
  #runs: Run[] = [{ kind: 'picture', from: 0 }];
  #ended = false;
  readonly #listeners = new Set<() => void>();

  constructor(
    /** Wall-clock start of part 0 (ms since the epoch). */
    readonly streamStart: number,
  ) {}

  get runs(): readonly Readonly<Run>[] {
    return this.#runs;
  }

  get ended(): boolean {
    return this.#ended;
  }

  /** The part being produced at `now` (not complete until its end). */
  partAt(now: number): number {
    return Math.floor((now - this.streamStart) / PART_MS);
  }

  /** Wall-clock start of part `j`. */
  partStart(j: number): number {
    return this.streamStart + j * PART_MS;
  }

  /** What the encoder is doing; after a reconnect it is `live` even before pictures resume at the boundary. */
  state(): EncoderState {
    if (this.#ended) return 'ended';
    const last = this.#last();
    if (last.to !== undefined) return 'disconnected';
    return last.kind === 'picture' ? 'live' : 'slate';
  }

  /** The encoder goes away: the part in progress is lost; with `slate`, the platform fills in. */
  disconnect(now: number, slate: boolean): void {
    this.#assertNotEnded();
    const state = this.state();
    if (state === 'slate') throw new EncoderConflict('the encoder is already disconnected (the slate is showing)');
    if (state === 'disconnected') {
      if (!slate) throw new EncoderConflict('the encoder is already disconnected');
      return this.insertSlate(now);
    }
    const j = this.partAt(now);
    this.#cutAt(j);
    if (slate) this.#append({ kind: 'slate', from: this.#last().to === j ? j : nextSegmentBoundary(j) });
    this.#changed();
  }

  /** Slate while disconnected: right away if nothing is missing yet, else from the next segment. */
  insertSlate(now: number): void {
    this.#assertNotEnded();
    const state = this.state();
    if (state === 'slate') throw new EncoderConflict('the slate is already showing');
    if (state === 'live') return this.disconnect(now, true);
    const j = this.partAt(now);
    this.#append({ kind: 'slate', from: this.#last().to === j ? j : nextSegmentBoundary(j) });
    this.#changed();
  }

  /** The encoder is back: pictures resume at the next segment boundary (a keyframe). */
  reconnect(now: number): void {
    this.#assertNotEnded();
    if (this.state() === 'live') throw new EncoderConflict('the encoder is connected');
    const at = nextSegmentBoundary(this.partAt(now));
    const last = this.#last();
    // A slate goes on until the pictures take over (one that has not begun yet never does); a gap stays a gap.
    if (last.to === undefined) {
      if (last.from >= at && this.#runs.length > 1) this.#runs.pop();
      else last.to = at;
    }
    this.#append({ kind: 'picture', from: at });
    this.#changed();
  }

  /** The stream ends (the reconnect window expired, or the app ended it): no parts after now. */
  end(now: number): void {
    this.#assertNotEnded();
    this.#cutAt(this.partAt(now));
    this.#ended = true;
    this.#changed();
  }

  /** Called whenever the runs change, so blocked playlist requests can re-check. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The run covering part `j`, if any. */
  runAt(j: number): Readonly<Run> | undefined {
    for (let i = this.#runs.length - 1; i >= 0; i--) {
      const run = this.#runs[i];
      if (run && run.from <= j) return run.to === undefined || j < run.to ? run : undefined;
    }
    return undefined;
  }

  #last(): Run {
    const last = this.#runs.at(-1);
    if (!last) throw new Error('an encoder always has a run');
    return last;
  }

  /** Stops everything from part `j` on: runs not yet started are dropped, the current one closes. */
  #cutAt(j: number): void {
    while (this.#runs.length > 1 && this.#last().from >= j) this.#runs.pop();
    const last = this.#last();
    last.to = Math.max(last.from, Math.min(last.to ?? j, j));
  }

  /** A run that starts where the previous one stopped extends it when of the same kind. */
  #append(run: Run): void {
    const last = this.#last();
    if (last.kind === run.kind && last.to === run.from) {
      delete last.to;
      return;
    }
    this.#runs.push(run);
  }

  #assertNotEnded(): void {
    if (this.#ended) throw new EncoderConflict('the stream has ended');
  }

  #changed(): void {
    for (const listener of this.#listeners) listener();
  }
}
