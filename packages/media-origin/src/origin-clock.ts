/**
 * The origin's clock: real time, unless a test stops it at a fixed moment so the live
 * playlists (and so the live window, the frame at the edge and the DVR range) are the same
 * on every run. `POST control…/clock {"frozenAt": ms after the origin's start}`; `null` or
 * `POST /reset` lets it run again.
 */
import type { LiveClock } from './live.ts';

export interface OriginClock extends LiveClock {
  /** Stops the clock `offsetMs` after the origin's start, or lets it run with `null`. */
  freeze(offsetMs: number | null): void;
  readonly frozen: boolean;
}

export function originClock(now: () => number): OriginClock {
  const startedAt = now();
  let frozenAt: number | null = null;
  return {
    startedAt,
    now: () => frozenAt ?? now(),
    freeze(offsetMs) {
      if (offsetMs !== null && (!Number.isFinite(offsetMs) || offsetMs < 0)) {
        throw new RangeError(`frozenAt must be a number of ms ≥ 0 after the origin's start, not ${String(offsetMs)}`);
      }
      frozenAt = offsetMs === null ? null : startedAt + offsetMs;
    },
    get frozen() {
      return frozenAt !== null;
    },
  };
}
