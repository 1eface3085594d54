/** Storyboard tiles and the lookup by time: tiny, so the element carries it while parsing loads on demand. */

/** One tile of a storyboard sheet: the time range it stands for and where it sits on the sheet. */
export interface StoryboardTile {
  /** Seconds. */
  start: number;
  /** Seconds; the next tile's start (or the duration) when the format gives no end. */
  end: number;
  /** The sheet image, absolute. */
  url: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Tiles sorted by start time. */
export type Storyboard = readonly StoryboardTile[];

/** The last tile starting at or before `time` (the first tile before it starts); binary search. */
export function tileAt(board: Storyboard, time: number): StoryboardTile | undefined {
  let low = 0;
  let high = board.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((board[mid]?.start ?? Infinity) <= time) low = mid;
    else high = mid - 1;
  }
  return board[low];
}
