import type { ReactiveController } from 'lit';
import type { PlayerError } from '@videokit/core';
import type { LiveStallController, LiveStallHost } from './live-stall.ts';

/** Ten attempts: a minute, the platform's default `reconnect_window`. */
export const DEFAULT_RECONNECT_RETRIES = 10;

/**
 * The eager part of live-stall handling: once the stream is live it imports
 * `LiveStallController`, so on-demand players never carry it.
 */
export class LiveStallLink implements ReactiveController {
  readonly #host: LiveStallHost;
  readonly #onGiveUp: (error: PlayerError) => void;
  #controller: LiveStallController | undefined;
  #loading = false;

  constructor(host: LiveStallHost, onGiveUp: (error: PlayerError) => void) {
    this.#host = host;
    this.#onGiveUp = onGiveUp;
    host.addController(this);
  }

  /** A live stream that has stopped arriving. */
  get stalled(): boolean {
    return this.#controller?.stalled ?? false;
  }

  hostUpdated(): void {
    if (this.#loading || this.#host.streamType !== 'live') return;
    this.#loading = true;
    // It adds itself to the host, which connects it at once when the host is connected.
    void import('./live-stall.ts').then(({ LiveStallController }) => {
      this.#controller = new LiveStallController(this.#host, this.#onGiveUp);
    });
  }
}
