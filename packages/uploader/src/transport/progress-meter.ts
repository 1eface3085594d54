/**
 * Progress as people should see it: bytes that only ever go up, a smoothed rate and an ETA.
 * A failed chunk loses the bytes it had sent; the meter then holds its figure until the
 * retry passes it, instead of running backwards.
 */

export interface ProgressSnapshot {
  /** Bytes shown as sent (monotonic). */
  loaded: number;
  /** Size in bytes, or `null` while a stream's size is unknown. */
  total: number | null;
  /** 0–100, or `NaN` while the total is unknown. */
  percent: number;
  /** Bytes per second, smoothed; 0 until measured. */
  rate: number;
  /** Seconds left at the current rate, or `null` when it cannot be estimated. */
  eta: number | null;
}

/** Time constant of the rate's exponential smoothing (ms): steady, yet follows a changed link. */
const RATE_TAU_MS = 3000;

export class ProgressMeter {
  #loaded: number;
  #total: number | null;
  #rate = 0;
  #lastTime: number | null = null;
  #lastLoaded: number;

  constructor(total: number | null, loaded = 0) {
    this.#total = total;
    this.#loaded = loaded;
    this.#lastLoaded = loaded;
  }

  /** Records that `loaded` bytes are sent or held at time `now` (ms); lower figures are ignored. */
  update(loaded: number, now: number): ProgressSnapshot {
    const capped = this.#total === null ? loaded : Math.min(loaded, this.#total);
    if (capped > this.#loaded) this.#loaded = capped;
    if (this.#lastTime === null) {
      this.#lastTime = now;
      this.#lastLoaded = this.#loaded;
    } else if (now > this.#lastTime) {
      const elapsed = now - this.#lastTime;
      const instant = ((this.#loaded - this.#lastLoaded) * 1000) / elapsed;
      const weight = 1 - Math.exp(-elapsed / RATE_TAU_MS);
      this.#rate = this.#rate === 0 ? instant : this.#rate + weight * (instant - this.#rate);
      this.#lastTime = now;
      this.#lastLoaded = this.#loaded;
    }
    return this.snapshot;
  }

  /** The size became known (a stream ended). */
  setTotal(total: number): void {
    this.#total = total;
  }

  /** The rate restarts after a pause, so the ETA does not count the time spent waiting. */
  restartRate(): void {
    this.#lastTime = null;
    this.#rate = 0;
  }

  get snapshot(): ProgressSnapshot {
    const total = this.#total;
    const loaded = this.#loaded;
    const percent = total === null ? Number.NaN : total === 0 ? 100 : (loaded / total) * 100;
    const eta = total !== null && this.#rate > 0 ? (total - loaded) / this.#rate : null;
    return { loaded, total, percent, rate: this.#rate, eta };
  }
}
