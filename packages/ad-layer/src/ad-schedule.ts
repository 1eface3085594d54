/**
 * Ad break times for a plain VAST tag (`ad-break-times`): the layer requests the tag again at
 * each break. `start`/`0` is a pre-roll, `end` a post-roll, other values are content seconds.
 */
export interface BreakTimes {
  preroll: boolean;
  postroll: boolean;
  /** Mid-roll offsets in seconds, ascending, without duplicates. */
  midrolls: number[];
}

/** Parses `"start, 30, 1:30, end"`; anything unreadable is reported, not guessed. */
export function parseBreakTimes(value: string | null | undefined): { times: BreakTimes; invalid: string[] } {
  const times: BreakTimes = { preroll: false, postroll: false, midrolls: [] };
  const invalid: string[] = [];
  for (const raw of (value ?? '').split(/[\s,]+/)) {
    const token = raw.trim().toLowerCase();
    if (!token) continue;
    if (token === 'start' || token === 'pre' || token === 'preroll') times.preroll = true;
    else if (token === 'end' || token === 'post' || token === 'postroll') times.postroll = true;
    else {
      const seconds = parseClock(token);
      if (seconds === null) invalid.push(raw);
      else if (seconds === 0) times.preroll = true;
      else if (!times.midrolls.includes(seconds)) times.midrolls.push(seconds);
    }
  }
  times.midrolls.sort((a, b) => a - b);
  return { times, invalid };
}

/** `90`, `1:30` or `0:01:30.5` to seconds; null when malformed or negative. */
export function parseClock(value: string): number | null {
  if (!/^\d+(:\d{1,2}){0,2}(\.\d+)?$/.test(value)) return null;
  return value.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/** Which mid-rolls have played; a seek over several plays only the last one, as IMA does. */
export class MidrollSchedule {
  readonly #pending: number[];

  constructor(midrolls: readonly number[]) {
    this.#pending = [...midrolls];
  }

  /** The break due at `currentTime` (the latest one reached), marking every reached one played. */
  due(currentTime: number): number | null {
    let due: number | null = null;
    while (this.#pending.length && (this.#pending[0] ?? Infinity) <= currentTime) due = this.#pending.shift() ?? null;
    return due;
  }

  get remaining(): readonly number[] {
    return this.#pending;
  }
}
