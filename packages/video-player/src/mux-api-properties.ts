import type { ActiveChapter, ActiveCuePoint, Chapter, CuePoint } from './controllers/mux-extras.ts';
import { PlayerProperties } from './player-properties.ts';

/**
 * The types of Mux Player's API beyond a media element's (text tracks, chapters, cue points,
 * program date time, live window); `VideoPlayer` installs them from `controllers/mux-api-link.ts`.
 */
export class MuxApiProperties extends PlayerProperties {
  /** Adds a text track as a `<track>` in the video (captions start off, others hidden); Mux Player's. */
  declare addTextTrack: (kind: TextTrackKind, label: string, lang?: string, id?: string) => TextTrack | undefined;
  /** Removes a track `addTextTrack` added; Mux Player's. */
  declare removeTextTrack: (track: TextTrack) => void;
  /** Playback has started at least once for this source. */
  declare readonly hasPlayed: boolean;
  /** Adds chapters `{ startTime, endTime?, value }` (loads on first use); resolves to their track. */
  declare addChapters: (chapters: readonly Chapter[]) => Promise<TextTrack>;
  /** Adds cue points `{ time, value }` (any JSON value; loads on first use); resolves to their track. */
  declare addCuePoints: (cuePoints: readonly CuePoint[]) => Promise<TextTrack>;
  /** The date of media time 0, from the program date time (an invalid date without one). */
  declare getStartDate: () => Date;
  /** The chapter at the playhead, if any. */
  declare readonly activeChapter: ActiveChapter | undefined;
  /** The last cue point reached, if any. */
  declare readonly activeCuePoint: ActiveCuePoint | undefined;
  /** The chapters added, in order. */
  declare readonly chapters: ActiveChapter[];
  /** The cue points added, in order. */
  declare readonly cuePoints: ActiveCuePoint[];
  /** The program date time of the frame on screen (an invalid date without one). */
  declare readonly currentPdt: Date;
  /** Media time where the live edge begins (seekable end less 3 target durations, or 2 part targets); NaN unless live. */
  declare readonly liveEdgeStart: number;
  /** Playing a live stream at its edge (not behind `liveEdgeStart`). */
  declare readonly inLiveWindow: boolean;
}
