import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long a live stream may wait for data before the viewer is told it is waiting for the stream. */
export const LIVE_STALL_MS = 3000;

export interface LiveStallHost extends ReactiveControllerHost, HTMLElement {
  readonly streamType: string;
  readonly paused: boolean;
  readonly readyState: number;
}

/**
 * Tells a live stream that has stopped arriving (the encoder went away; the playlist stopped
 * growing) from a short rebuffer: live, playing, and without data for `LIVE_STALL_MS`. It clears
 * itself when frames flow again, so the viewer sees "waiting for the stream" rather than an
 * endless spinner, and playback resumes without a click.
 */
export class LiveStallController implements ReactiveController {
  #stalled = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #listeners: AbortController | undefined;
  readonly #host: LiveStallHost;

  constructor(host: LiveStallHost) {
    this.#host = host;
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
    }, LIVE_STALL_MS);
  }

  #onProgress(): void {
    // timeupdate also fires while stuck; only data to play ends the stall.
    if (this.#host.readyState < HTMLMediaElement.HAVE_FUTURE_DATA) return;
    this.#clear();
  }

  #clear(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#stalled) return;
    this.#stalled = false;
    this.#host.requestUpdate();
  }
}
