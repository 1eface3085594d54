import type { Segment } from './assets.ts';
import type { LiveMode } from './catalog.ts';
import { HttpError } from './http.ts';
import { extinf, keyLine, playlistVersion, targetDuration, type PlaylistContext } from './playlists.ts';

/** Segments a sliding live window keeps. */
export const LIVE_WINDOW_SEGMENTS = 6;
/** Segments a `live-ended` stream had when it ended. */
export const ENDED_STREAM_SEGMENTS = 18;

/** When each simulated stream began, relative to the origin's start (ms). */
export interface LiveClock {
  now(): number;
  /** Origin start time; the streams are laid out around it. */
  startedAt: number;
}

const STARTED_BEFORE_ORIGIN: Record<Exclude<LiveMode, 'not-started'>, number> = {
  sliding: 60_000,
  dvr: 20_000,
  ended: 600_000,
};

/**
 * A live stream that loops the fixture segments: segment `k` plays fixture segment `k mod N`,
 * starts a new discontinuity every loop, and becomes available once its end has passed.
 */
export class LiveTimeline {
  readonly #segments: readonly Segment[];
  readonly #offsets: number[];
  readonly #loopMs: number;

  constructor(
    segments: readonly Segment[],
    readonly mode: LiveMode,
    readonly streamStart: number,
  ) {
    this.#segments = segments;
    let time = 0;
    this.#offsets = segments.map((segment) => {
      const offset = time;
      time += segment.duration * 1000;
      return offset;
    });
    this.#loopMs = time;
  }

  static for(segments: readonly Segment[], mode: LiveMode, clock: LiveClock): LiveTimeline {
    if (mode === 'not-started') return new LiveTimeline(segments, mode, Number.POSITIVE_INFINITY);
    return new LiveTimeline(segments, mode, clock.startedAt - STARTED_BEFORE_ORIGIN[mode]);
  }

  get loopLength(): number {
    return this.#segments.length;
  }

  segment(k: number): Segment {
    const segment = this.#segments[k % this.#segments.length];
    if (!segment) throw new RangeError(`no live segment ${k}`);
    return segment;
  }

  /** Wall-clock start of segment `k` (ms since the epoch). */
  startOf(k: number): number {
    const n = this.#segments.length;
    return this.streamStart + Math.floor(k / n) * this.#loopMs + (this.#offsets[k % n] ?? 0);
  }

  /** How many segments exist at `now`. */
  available(now: number): number {
    if (this.mode === 'not-started' || now < this.streamStart) return 0;
    if (this.mode === 'ended') return ENDED_STREAM_SEGMENTS;
    const elapsed = now - this.streamStart;
    const loops = Math.floor(elapsed / this.#loopMs);
    const within = elapsed - loops * this.#loopMs;
    const done = this.#segments.filter((segment, j) => (this.#offsets[j] ?? 0) + segment.duration * 1000 <= within);
    return loops * this.#segments.length + done.length;
  }

  /** Seconds into the looped source where the newest available segment ends: the live edge's frame. */
  edgeWithinLoop(now: number): number {
    const newest = this.available(now) - 1;
    if (newest < 0) return 0;
    return ((this.#offsets[newest % this.#segments.length] ?? 0) + this.segment(newest).duration * 1000) / 1000;
  }

  /** The segment numbers a playlist fetched at `now` lists. */
  window(now: number, modifiers: { programStartTime?: number; programEndTime?: number }): number[] {
    const count = this.available(now);
    const first = this.mode === 'sliding' ? Math.max(0, count - LIVE_WINDOW_SEGMENTS) : 0;
    const numbers: number[] = [];
    for (let k = first; k < count; k++) {
      const start = this.startOf(k) / 1000;
      if (modifiers.programStartTime !== undefined && start < modifiers.programStartTime) continue;
      if (modifiers.programEndTime !== undefined && start >= modifiers.programEndTime) continue;
      numbers.push(k);
    }
    return numbers;
  }
}

export function assertLiveStarted(mode: LiveMode, playbackId: string): void {
  if (mode === 'not-started') {
    throw new HttpError(412, 'not_live', `live stream "${playbackId}" has not started yet; retry once it is active`);
  }
}

/** The seed: a live stream "behaves as if it is idle" before `program_start_time` and after `program_end_time`. */
export function assertProgramWindow(
  timeline: LiveTimeline,
  now: number,
  modifiers: { programStartTime?: number; programEndTime?: number },
  playbackId: string,
): void {
  if (timeline.window(now, modifiers).length) return;
  throw new HttpError(
    412,
    'not_live',
    `live stream "${playbackId}" is idle between program_start_time and program_end_time; retry once it is active`,
  );
}

/** A live media playlist: sliding window (no PLAYLIST-TYPE), DVR (`EVENT`) or ended (`ENDLIST`). */
export function liveMediaPlaylist(
  context: PlaylistContext,
  timeline: LiveTimeline,
  rendition: { name: string; segments: Segment[] },
  now: number,
): string {
  const { asset, playbackId, segmentQuery, modifiers } = context;
  const numbers = timeline.window(now, modifiers);
  const first = numbers[0] ?? timeline.available(now);
  const lines = [
    '#EXTM3U',
    `#EXT-X-VERSION:${playlistVersion(asset)}`,
    `#EXT-X-TARGETDURATION:${targetDuration(rendition.segments)}`,
    `#EXT-X-MEDIA-SEQUENCE:${first}`,
    `#EXT-X-DISCONTINUITY-SEQUENCE:${Math.floor(first / timeline.loopLength)}`,
  ];
  if (timeline.mode !== 'sliding') lines.push('#EXT-X-PLAYLIST-TYPE:EVENT');
  lines.push('#EXT-X-INDEPENDENT-SEGMENTS');
  const key = keyLine(asset, context.keyFormat);
  if (key) lines.push(key);
  for (const k of numbers) {
    if (k !== first && k % timeline.loopLength === 0) lines.push('#EXT-X-DISCONTINUITY');
    lines.push(
      `#EXT-X-PROGRAM-DATE-TIME:${new Date(timeline.startOf(k)).toISOString()}`,
      extinf(timeline.segment(k)),
      `/${playbackId}/live/${rendition.name}/${k}.ts${segmentQuery}`,
    );
  }
  if (timeline.mode === 'ended') lines.push('#EXT-X-ENDLIST');
  return `${lines.join('\n')}\n`;
}
