/**
 * Where the upload loop waits: while paused or offline, and between attempts. `stop()` ends
 * every wait at once, so a cancelled upload leaves no timer or pending promise behind.
 */
import { Stopped } from './server-answer.ts';

/** The longest a timer can wait; beyond it `setTimeout` fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export class RunGate {
  readonly #stop = new AbortController();
  #wake: (() => void) | null = null;

  get stopped(): boolean {
    return this.#stop.signal.aborted;
  }

  stop(): void {
    this.#stop.abort();
    this.wakeUp();
  }

  /** Resolves once `ready()` holds (re-checked after each `wakeUp()`); throws `Stopped` once stopped. */
  async until(ready: () => boolean): Promise<void> {
    for (;;) {
      if (this.stopped) throw new Stopped();
      if (ready()) return;
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
      });
    }
  }

  wakeUp(): void {
    const wake = this.#wake;
    this.#wake = null;
    wake?.();
  }

  /** Waits `ms` (never past what a timer can hold), or less if stopped. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const signal = this.#stop.signal;
      const done = (): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, Math.min(Math.max(0, ms), MAX_TIMER_MS));
      signal.addEventListener('abort', done);
    });
  }
}
