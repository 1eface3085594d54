import { PlayerError } from '@videokit/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PlayerErrorEvent } from '../events.ts';
import {
  DEFAULT_RECONNECT_RETRIES,
  disconnectedMessage,
  LIVE_STALL_MS,
  RECONNECT_ATTEMPT_MS,
  reconnectAttempts,
} from '../live-reconnect.ts';

export interface LiveStallHost extends ReactiveControllerHost, HTMLElement {
  readonly streamType: string;
  readonly paused: boolean;
  readonly readyState: number;
  /** Attempts a stalled live stream gets before the player gives up. */
  readonly maxReconnectRetries: number;
}

/**
 * Tells a live stream that has stopped arriving (the encoder went away; the playlist stopped
 * growing) from a short rebuffer: live, playing, and without data for `LIVE_STALL_MS`. It clears
 * itself when frames flow again, so the viewer sees "waiting for the stream" rather than an
 * endless spinner, and playback resumes without a click. After `maxReconnectRetries` attempts of
 * `RECONNECT_ATTEMPT_MS` without data it gives up through `onGiveUp`.
 */
export class LiveStallController implements ReactiveController {
  #stalled = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #attempts: ReturnType<typeof setInterval> | undefined;
  #listeners: AbortController | undefined;
  readonly #host: LiveStallHost;

  readonly #onGiveUp: (error: PlayerError) => void;

  constructor(host: LiveStallHost, onGiveUp: (error: PlayerError) => void) {
    this.#host = host;
    this.#onGiveUp = onGiveUp;
    host.addController(this);
  }

  get stalled(): boolean {
    return this.#stalled;
  }

  hostConnected(): void {
    this.#listeners = new AbortController();
    const { signal } = this.#listeners;
    this.#host.addEventListener('waiting', () => this.#onWaiting(), { signal });
    for (const type of ['playing', 'timeupdate', 'canplay']) {
      this.#host.addEventListener(type, () => this.#onProgress(), { signal });
    }
    // Not waiting for the stream any more: the viewer paused, it ended, or the source changed.
    for (const type of ['pause', 'ended', 'emptied']) {
      this.#host.addEventListener(type, () => this.#clear(), { signal });
    }
    // Or the engine gave up first (a live playlist that stopped changing): the error says it now.
    this.#host.addEventListener(
      'error',
      (event) => {
        if ((event as unknown as PlayerErrorEvent).detail.fatal) this.#clear();
      },
      { signal },
    );
  }

  hostDisconnected(): void {
    this.#listeners?.abort();
    this.#listeners = undefined;
    this.#clear();
  }

  #onWaiting(): void {
    if (this.#host.streamType !== 'live' || this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      const host = this.#host;
      if (host.paused || host.readyState >= HTMLMediaElement.HAVE_FUTURE_DATA) return;
      this.#stalled = true;
      host.requestUpdate();
      this.#countAttempts();
    }, LIVE_STALL_MS);
  }

  #countAttempts(): void {
    const retries = this.#host.maxReconnectRetries;
    const limit = reconnectAttempts(retries);
    if (limit !== retries) {
      console.warn(
        `<video-player> max-reconnect-retries must be a whole number of attempts ≥ 0, got ${String(retries)}; using ${String(DEFAULT_RECONNECT_RETRIES)}`,
      );
    }
    let made = 0;
    this.#attempts = setInterval(() => {
      made += 1;
      if (made < limit) return;
      this.#clear();
      this.#onGiveUp(new PlayerError('LIVE_STREAM_DISCONNECTED', disconnectedMessage(made)));
    }, RECONNECT_ATTEMPT_MS);
  }

  #onProgress(): void {
    // timeupdate also fires while stuck; only data to play ends the stall.
    if (this.#host.readyState < HTMLMediaElement.HAVE_FUTURE_DATA) return;
    this.#clear();
  }

  #clear(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    clearInterval(this.#attempts);
    this.#attempts = undefined;
    if (!this.#stalled) return;
    this.#stalled = false;
    this.#host.requestUpdate();
  }
}
