import { PART_MS, PARTS_PER_SEGMENT, type LiveEncoder, type Run } from './live-encoder.ts';
import type { PartSource } from './ll-source.ts';

/** Complete segments a sliding low-latency playlist keeps (plus the one in progress). */
export const LL_WINDOW_SEGMENTS = 6;

export interface LivePart {
  /** Part number since the stream began (names its URL). */
  number: number;
  /** Index within its segment. */
  index: number;
  source: PartSource;
  /** Starts with a keyframe. */
  independent: boolean;
}

export interface LiveSegment {
  msn: number;
  /** Segment slot since the stream began (parts `group·4 … group·4+3`; names its URL). */
  group: number;
  /** Complete parts, in order. */
  parts: LivePart[];
  /** Every part is complete and no more will be added. */
  complete: boolean;
  /** The first segment after a gap (the encoder was away). */
  discontinuity: boolean;
  /** Wall-clock start (ms). */
  start: number;
}

export interface LiveSnapshot {
  /** Listed segments, oldest first; the last may be in progress. */
  segments: LiveSegment[];
  /** Discontinuities before the first listed segment. */
  discontinuitySequence: number;
  /** The part being produced now, to hint at; undefined while nothing is being produced. */
  next: { msn: number; index: number; number: number } | undefined;
  ended: boolean;
}

/** Empty segment slots (inside gaps) before slot `group`: MSNs skip none of them. */
function emptyGroupsBefore(runs: readonly Run[], group: number): number {
  let empty = 0;
  for (let i = 1; i < runs.length; i++) {
    const previous = runs[i - 1];
    const run = runs[i];
    if (!previous || !run || previous.to === undefined || previous.to >= run.from) continue;
    const first = Math.ceil(previous.to / PARTS_PER_SEGMENT);
    const last = Math.min(run.from / PARTS_PER_SEGMENT, group);
    empty += Math.max(0, last - first);
  }
  return empty;
}

function gapsBefore(runs: readonly Run[], part: number): number {
  let gaps = 0;
  for (let i = 1; i < runs.length; i++) {
    const previous = runs[i - 1];
    const run = runs[i];
    if (previous?.to !== undefined && run && previous.to < run.from && run.from <= part) gaps++;
  }
  return gaps;
}

function partSource(encoder: LiveEncoder, run: Run, j: number, loop: number): PartSource {
  if (run.kind === 'picture') return { kind: 'picture', part: j % loop };
  const before = j === run.from ? encoder.runAt(j - 1) : undefined;
  // Right after the pictures stop, the platform repeats the last frame for one part.
  if (before?.kind === 'picture') return { kind: 'freeze', after: (j - 1) % loop };
  return { kind: 'slate' };
}

/** The segment in slot `group` at `now`, or undefined while the slot has no complete part. */
export function segmentAt(encoder: LiveEncoder, group: number, now: number, loop: number): LiveSegment | undefined {
  const firstPart = group * PARTS_PER_SEGMENT;
  const parts: LivePart[] = [];
  let complete = false;
  for (let index = 0; index < PARTS_PER_SEGMENT; index++) {
    const number = firstPart + index;
    const run = encoder.runAt(number);
    if (!run) {
      // The encoder stopped inside this segment: it closes with the parts it has.
      complete = true;
      break;
    }
    // Never a part that is not complete.
    if (encoder.partStart(number) + PART_MS > now) break;
    const source = partSource(encoder, run, number, loop);
    parts.push({
      number,
      index,
      source,
      independent: source.kind !== 'picture' || source.part % PARTS_PER_SEGMENT === 0,
    });
    complete = index === PARTS_PER_SEGMENT - 1;
  }
  if (!parts.length) return undefined;
  const runs = encoder.runs;
  const runIndex = runs.findIndex((run) => run.from === firstPart);
  const previous = runIndex > 0 ? runs[runIndex - 1] : undefined;
  return {
    msn: group - emptyGroupsBefore(runs, group),
    group,
    parts,
    complete,
    discontinuity: previous?.to !== undefined && previous.to < firstPart,
    start: encoder.partStart(firstPart),
  };
}

/**
 * What a media playlist fetched at `now` lists: complete segments (the last `LL_WINDOW_SEGMENTS`
 * for a sliding window, all of them for DVR) and the segment in progress with its complete parts.
 */
export function liveSnapshot(encoder: LiveEncoder, now: number, dvr: boolean, loop: number): LiveSnapshot {
  const current = encoder.partAt(now);
  const lastRun = encoder.runs.at(-1);
  const lastPart = lastRun?.to !== undefined ? Math.min(current, lastRun.to - 1) : current;
  const lastGroup = Math.floor(lastPart / PARTS_PER_SEGMENT);
  const segments: LiveSegment[] = [];
  let completeCount = 0;
  for (let group = lastGroup; group >= 0; group--) {
    const segment = segmentAt(encoder, group, now, loop);
    if (!segment) continue;
    if (segment.complete && !dvr && completeCount === LL_WINDOW_SEGMENTS) break;
    if (segment.complete) completeCount++;
    segments.unshift(segment);
  }
  const first = segments[0];
  const producing = !encoder.ended && encoder.runAt(current) !== undefined;
  const tail = segments.at(-1);
  let next: LiveSnapshot['next'];
  if (producing) {
    const index = current % PARTS_PER_SEGMENT;
    const inTail = tail?.group === Math.floor(current / PARTS_PER_SEGMENT);
    const msn = (tail?.msn ?? -1) + (inTail ? 0 : 1);
    next = { msn, index, number: current };
  }
  return {
    segments,
    discontinuitySequence: first ? gapsBefore(encoder.runs, first.group * PARTS_PER_SEGMENT) : 0,
    next,
    ended: encoder.ended,
  };
}

/** The newest complete part a snapshot lists, as `(msn, index)`; undefined when it lists none. */
export function lastPartOf(snapshot: LiveSnapshot): { msn: number; index: number } | undefined {
  for (let i = snapshot.segments.length - 1; i >= 0; i--) {
    const segment = snapshot.segments[i];
    const part = segment?.parts.at(-1);
    if (segment && part) return { msn: segment.msn, index: part.index };
  }
  return undefined;
}
