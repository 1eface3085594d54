/** Who plays now: the local `<video>` (fed by an engine), a Cast receiver, or an interruption. */
export type TargetKind = 'local' | 'cast' | 'interruption';

/**
 * The part of the media API that follows whoever plays now. The element routes these to the
 * active target; everything else (buffered ranges, text tracks, picture-in-picture) stays with
 * the local `<video>`.
 */
export interface PlaybackTarget {
  currentTime: number;
  readonly duration: number;
  readonly paused: boolean;
  volume: number;
  muted: boolean;
  play(): Promise<void>;
  pause(): void;
}

/**
 * What takes playback over for a while, such as an ad break: `play()`, `pause()` and `paused`
 * on the player go to it until the interruption ends. Time and volume stay the content's.
 */
export interface Interruption {
  readonly paused: boolean;
  play(): void;
  pause(): void;
  /** Seconds into what plays now: the time slider shows it (it cannot seek) while the interruption lasts. */
  readonly currentTime?: number;
  /** Its length in seconds; NaN or absent when unknown. */
  readonly duration?: number;
  /** What plays, in the player's language ("Ad"): the time slider's value text starts with it. */
  readonly label?: string;
}

/** Returned by `player.interrupt()`. */
export interface InterruptionHandle {
  /** The interruption's state changed (paused, resumed): the controls render it again. */
  changed(): void;
  /** Playback returns to the content, which stays paused until played. */
  end(): void;
}
