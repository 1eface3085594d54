/**
 * How many failed attempts an upload may still make. The count starts afresh only when the
 * server confirms bytes beyond any it confirmed before: an offset that goes back and is then
 * "advanced" again is not progress, so a server that keeps taking bytes back runs the budget
 * down instead of looping forever. Each restart needs new bytes, so the total is bounded.
 */
export class RetryBudget {
  readonly attempts: number;
  #failures = 0;
  /** The most bytes the server has ever confirmed. */
  #mark = 0;

  constructor(attempts: number) {
    this.attempts = attempts;
  }

  get failures(): number {
    return this.#failures;
  }

  get left(): number {
    return this.attempts - this.#failures;
  }

  /** The server confirmed holding `held` bytes. */
  confirmed(held: number): void {
    if (held <= this.#mark) return;
    this.#mark = held;
    this.#failures = 0;
  }

  /** Counts one failed attempt; `false` once no attempt is left. */
  spend(): boolean {
    this.#failures += 1;
    return this.#failures < this.attempts;
  }
}
