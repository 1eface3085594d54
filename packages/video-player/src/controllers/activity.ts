import type { ReactiveController, ReactiveControllerHost } from 'lit';

const IDLE_AFTER_MS = 3000;
const WAKE_EVENTS = ['pointermove', 'pointerdown', 'keydown', 'focusin'];

/**
 * Whether the viewer is idle, so the controls can hide: after a few seconds without pointer or
 * keyboard activity, or after playback starts or pauses, while `canIdle()` holds (playing, no menu
 * open, no keyboard focus in the bar).
 */
export class ActivityController implements ReactiveController {
  idle = false;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #canIdle: () => boolean;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #listeners: AbortController | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, canIdle: () => boolean) {
    this.#host = host;
    this.#canIdle = canIdle;
    host.addController(this);
  }

  hostConnected(): void {
    this.#listeners = new AbortController();
    for (const type of WAKE_EVENTS) {
      this.#host.addEventListener(type, () => this.wake(), { signal: this.#listeners.signal, passive: true });
    }
    this.#host.addEventListener('pointerleave', () => this.sleep(), { signal: this.#listeners.signal });
    // Playback that starts without the viewer touching anything (autoplay, play() from app code)
    // still hides the controls after the countdown; a pause shows them.
    for (const type of ['play', 'pause']) {
      this.#host.addEventListener(type, () => this.wake(), { signal: this.#listeners.signal });
    }
  }

  hostDisconnected(): void {
    this.#listeners?.abort();
    clearTimeout(this.#timer);
  }

  /** Shows the controls and restarts the countdown. */
  wake(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.sleep(), IDLE_AFTER_MS);
    this.#set(false);
  }

  /** Hides the controls now, if nothing needs them. */
  sleep(): void {
    clearTimeout(this.#timer);
    if (this.#canIdle()) this.#set(true);
  }

  #set(idle: boolean): void {
    if (idle === this.idle) return;
    this.idle = idle;
    this.#host.requestUpdate();
  }
}
