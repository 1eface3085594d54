/**
 * Mux Player's API that only some pages use, loaded by `MuxApiLink` when first needed:
 * - chapters and cue points, as Mux Player has them: chapters are cues of a `chapters` text
 *   track, cue points cues of a hidden `metadata` track (values as JSON), both in the player's
 *   `<video>`; each change of the active one fires `chapterchange` or `cuepointchange`;
 * - `<track>` children, copied into the `<video>` and kept in step;
 * - program date time and the live window, for streams that have them.
 */
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { ChapterMarks } from '../controls/context.ts';
import type { MuxApiHost, MuxApiParts } from './mux-api-link.ts';

/** A chapter: `endTime` defaults to the next chapter's start (or the end of the video). */
export interface Chapter {
  startTime: number;
  endTime?: number | undefined;
  value: string;
}

/** A cue point: a moment (`time`, or Mux Player's `startTime`) and any JSON-serialisable value. */
export interface CuePoint<T = unknown> {
  time?: number;
  startTime?: number;
  value: T;
}

export interface ActiveChapter {
  startTime: number;
  endTime: number;
  value: string;
}

export interface ActiveCuePoint<T = unknown> {
  time: number;
  value: T;
}

const CHAPTERS = { kind: 'chapters', label: 'chapters' } as const;
const CUE_POINTS = { kind: 'metadata', label: 'cuepoints' } as const;
type Kind = typeof CHAPTERS | typeof CUE_POINTS;

/** Marks the `<video>`'s copies of the player's `<track>` children. */
const FROM_CHILD = 'data-from-child';

function startOf(entry: Chapter | CuePoint, index: number, method: string): number {
  const start = 'time' in entry && entry.time !== undefined ? entry.time : entry.startTime;
  if (typeof start !== 'number' || !Number.isFinite(start) || start < 0) {
    throw new TypeError(
      `${method}: entry ${String(index)} has no valid start (${JSON.stringify(start)}); give ${method === 'addChapters' ? 'startTime' : 'time'} in seconds, 0 or more`,
    );
  }
  return start;
}

/** The cue active at `time` (Chromium can keep a cue in `activeCues` after the playhead left it). */
function activeCue(track: TextTrack | undefined, time: number): VTTCue | undefined {
  const cues = [...(track?.activeCues ?? [])] as VTTCue[];
  return cues.find((cue) => cue.startTime <= time && cue.endTime > time) ?? cues[0];
}

export class MuxExtras implements ChapterMarks {
  readonly #host: MuxApiHost;
  readonly #parts: MuxApiParts;
  #listeners: AbortController | undefined;
  #observer: MutationObserver | undefined;

  constructor(host: MuxApiHost, parts: MuxApiParts) {
    this.#host = host;
    this.#parts = parts;
  }

  /** The date of media time 0 from the program date time (an invalid date without one). */
  getStartDate(): Date {
    return new Date(this.#parts.session().playingDate - this.#host.currentTime * 1000);
  }

  /** The program date time of the frame on screen (an invalid date without one). */
  get currentPdt(): Date {
    return new Date(this.#parts.session().playingDate);
  }

  /**
   * Where the live edge begins, in media seconds: the end of the seekable range less two part
   * targets (low latency) or three target durations (HLS's recommendation); NaN unless live.
   */
  get liveEdgeStart(): number {
    const { seekable, streamType } = this.#host;
    const playlist = this.#parts.session().playlist;
    if (streamType !== 'live' || !seekable.length) return NaN;
    const offset = playlist?.partTarget ? playlist.partTarget * 2 : (playlist?.targetDuration ?? 6) * 3;
    return seekable.end(seekable.length - 1) - offset;
  }

  /** Playing at the live edge (a live stream, not behind `liveEdgeStart`). */
  get inLiveWindow(): boolean {
    return this.#host.currentTime >= this.liveEdgeStart;
  }

  async addChapters(chapters: readonly Chapter[]): Promise<TextTrack> {
    chapters.forEach((chapter, index) => {
      const start = startOf(chapter, index, 'addChapters');
      const { endTime } = chapter;
      if (endTime !== undefined && !(Number.isFinite(endTime) && endTime > start)) {
        throw new TypeError(
          `addChapters: entry ${String(index)} ends (${String(endTime)}) before it starts (${String(start)})`,
        );
      }
    });
    return this.#addCues(CHAPTERS, chapters, (chapter) => chapter.value);
  }

  async addCuePoints(cuePoints: readonly CuePoint[]): Promise<TextTrack> {
    cuePoints.forEach((cuePoint, index) => startOf(cuePoint, index, 'addCuePoints'));
    return this.#addCues(CUE_POINTS, cuePoints, (cuePoint) => JSON.stringify(cuePoint.value ?? null));
  }

  get chapters(): ActiveChapter[] {
    return [...(this.#track(CHAPTERS)?.cues ?? [])].map((cue) => toChapter(cue as VTTCue));
  }

  get cuePoints(): ActiveCuePoint[] {
    return [...(this.#track(CUE_POINTS)?.cues ?? [])].map((cue) => toCuePoint(cue as VTTCue));
  }

  get activeChapter(): ActiveChapter | undefined {
    const cue = activeCue(this.#track(CHAPTERS), this.#host.currentTime);
    return cue && toChapter(cue);
  }

  get activeCuePoint(): ActiveCuePoint | undefined {
    const cue = activeCue(this.#track(CUE_POINTS), this.#host.currentTime);
    return cue && toCuePoint(cue);
  }

  /** A gap in the time slider's rail where each chapter after the first starts. */
  marks(at: (time: number) => number): unknown {
    return this.chapters.slice(1).map(
      ({ startTime }) =>
        html`<div
          part="chapter-mark"
          style=${styleMap({
            position: 'absolute',
            insetBlock: '0',
            insetInlineStart: `${String(at(startTime) * 100)}%`,
            width: '2px',
            translate: '-50% 0',
            background: 'var(--_bg)',
          })}
        ></div>`,
    );
  }

  /** The title of the chapter at `time`, over the time in the slider's preview. */
  title(time: number): unknown {
    const chapter = this.chapters.find(({ startTime, endTime }) => startTime <= time && time < endTime);
    return chapter ? html`<span class="preview-time" part="preview-chapter">${chapter.value}</span>` : nothing;
  }

  connect(): void {
    this.#listeners = new AbortController();
    const { signal } = this.#listeners;
    const tracks = this.#parts.media()?.textTracks;
    // `cuechange` does not bubble from a track; `addtrack` says when ours appear (and again after a reconnection).
    tracks?.addEventListener('addtrack', () => this.#listen(signal), { signal });
    // Added tracks, chapters and cue points belong to one video: a new source starts without them
    // (the copies of `<track>` children stay; hls.js's own tracks are not elements).
    this.#parts.media()?.addEventListener(
      'emptied',
      () => {
        for (const track of this.#parts.media()?.querySelectorAll(`track:not([${FROM_CHILD}])`) ?? []) track.remove();
        this.#host.requestUpdate();
      },
      { signal },
    );
    this.#listen(signal);
    this.#observer = new MutationObserver(() => this.#copyChildTracks());
    this.#observer.observe(this.#host, { childList: true, subtree: true, attributes: true });
    this.#copyChildTracks();
  }

  disconnect(): void {
    this.#listeners?.abort();
    this.#observer?.disconnect();
  }

  #listening = new WeakSet<TextTrack>();

  #listen(signal: AbortSignal): void {
    for (const [kind, type, read] of [
      [CHAPTERS, 'chapterchange', () => this.activeChapter],
      [CUE_POINTS, 'cuepointchange', () => this.activeCuePoint],
    ] as const) {
      const track = this.#track(kind);
      if (!track || this.#listening.has(track)) continue;
      this.#listening.add(track);
      signal.addEventListener('abort', () => this.#listening.delete(track));
      track.addEventListener(
        'cuechange',
        () => {
          const detail = read();
          if (detail) this.#host.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
        },
        { signal },
      );
    }
  }

  #track({ kind, label }: Kind): TextTrack | undefined {
    return [...(this.#parts.media()?.textTracks ?? [])].find((track) => track.kind === kind && track.label === label);
  }

  async #addCues<T extends Chapter | CuePoint>(
    kind: Kind,
    entries: readonly T[],
    text: (entry: T) => string,
  ): Promise<TextTrack> {
    const media = this.#parts.media();
    if (!media)
      throw new Error(
        `the player has no video yet: call ${kind === CHAPTERS ? 'addChapters' : 'addCuePoints'} once it is connected`,
      );
    let track = this.#track(kind);
    if (!track) {
      const element = Object.assign(document.createElement('track'), { kind: kind.kind, label: kind.label });
      media.append(element);
      track = element.track;
      track.mode = 'hidden';
      // A track only keeps cues added after the element has been taken in by the video.
      await new Promise((resolve) => setTimeout(resolve));
    }
    track.mode = 'hidden';
    const end = Number.isFinite(media.duration) ? media.duration : Number.MAX_SAFE_INTEGER;
    const starts = (entry: Chapter | CuePoint): number =>
      'time' in entry && entry.time !== undefined ? entry.time : (entry.startTime ?? 0);
    // Latest first: each entry without an end then ends where the next one (already added) starts.
    for (const entry of [...entries].sort((a, b) => starts(b) - starts(a))) {
      const start = starts(entry);
      const cues = [...(track.cues ?? [])];
      const after = cues.find((cue) => cue.startTime >= start);
      const before = cues.findLast((cue) => cue.startTime < start);
      if (before && before.endTime > start) before.endTime = start;
      const explicitEnd = 'endTime' in entry ? entry.endTime : undefined;
      track.addCue(new VTTCue(start, explicitEnd ?? after?.startTime ?? end, text(entry)));
    }
    if (this.#listeners) this.#listen(this.#listeners.signal);
    // The time slider shows the chapters.
    this.#host.requestUpdate();
    return track;
  }

  /** The `<video>` holds a copy of each `<track>` child of the player, kept in step with them. */
  #copyChildTracks(): void {
    const media = this.#parts.media();
    if (!media) return;
    const children = [...this.#host.querySelectorAll(':scope > track')];
    const copies = [...media.querySelectorAll(`track[${FROM_CHILD}]`)];
    let same = 0;
    while (same < copies.length && children[same]?.isEqualNode(unmarked(copies[same]))) same++;
    for (const copy of copies.slice(same)) copy.remove();
    for (const child of children.slice(same)) {
      const copy = child.cloneNode() as HTMLTrackElement;
      copy.setAttribute(FROM_CHILD, '');
      media.append(copy);
    }
  }
}

/** A copy without its marker, to compare with the child it was made from. */
function unmarked(copy: Element | undefined): Element | null {
  if (!copy) return null;
  const clone = copy.cloneNode() as Element;
  clone.removeAttribute(FROM_CHILD);
  return clone;
}

const toChapter = (cue: VTTCue): ActiveChapter => ({ startTime: cue.startTime, endTime: cue.endTime, value: cue.text });
const toCuePoint = (cue: VTTCue): ActiveCuePoint => ({ time: cue.startTime, value: JSON.parse(cue.text) as unknown });
