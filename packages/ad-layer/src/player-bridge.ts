import type { AdInfo } from './events.ts';

/** What `<ad-layer>` needs of the player: the `HTMLMediaElement` surface `<video-player>` has. */
export interface ContentPlayer extends HTMLElement {
  play(): Promise<void>;
  pause(): void;
  currentTime: number;
  muted: boolean;
  volume: number;
  readonly duration: number;
  readonly paused: boolean;
  readonly ended: boolean;
}

/** The ad state the player's controls read, as the `detail` of `adstatechange` on the player. */
export interface AdState {
  ad: AdInfo;
  /** The ad is paused (by the viewer, or by a click-through). */
  paused: boolean;
  /** Seconds left in the current ad. */
  remaining: number;
  /** Seconds into the current ad (the player's time slider shows it); 0 before it plays. */
  currentTime: number;
  /** The current ad's length in seconds, as it plays (else as the ad response says; NaN when neither does). */
  duration: number;
  skippable: boolean;
}

/** Dispatched on the player (not bubbling) whenever the ad state changes; `detail` null after a break. */
export class AdStateChangeEvent extends Event {
  static readonly type = 'adstatechange';
  readonly detail: AdState | null;
  constructor(detail: AdState | null) {
    super(AdStateChangeEvent.type);
    this.detail = detail;
  }
}

interface AdControls {
  resume(): void;
  pause(): void;
  /** "Ad", in the player's language. */
  label(): string;
}

/**
 * What plays instead of the content during a break, as the player's `interrupt()` takes it: the
 * player's controls show its time, length and name on their time slider.
 */
export interface AdInterruption {
  readonly paused: boolean;
  readonly currentTime: number;
  readonly duration: number;
  readonly label: string;
  play(): void;
  pause(): void;
}

/** The player's interruption API (`<video-player>` has it; see its `interrupt()`). */
export interface InterruptiblePlayer extends ContentPlayer {
  interrupt(interruption: AdInterruption): { changed(): void; end(): void };
}

const interruptible = (player: ContentPlayer): player is InterruptiblePlayer =>
  typeof (player as Partial<InterruptiblePlayer>).interrupt === 'function';

/**
 * Tells the player an ad is playing: `ad-playing` (and `ad-paused`) attributes, an
 * `adstatechange` event, and, through the player's `interrupt()`, for the length of the break
 * its `play()`, `pause()` and `paused` are the ad's. A player without `interrupt()` (a plain
 * `<video>`) only has its content paused.
 */
export class PlayerBridge {
  #inAd = false;
  #adPaused = false;
  #state: AdState | undefined;
  #handle: { changed(): void; end(): void } | undefined;

  constructor(readonly player: ContentPlayer) {}

  contentPlay(): Promise<void> {
    return this.player.play();
  }

  /** Pauses the content; during an interruption the player keeps it paused itself. */
  contentPause(): void {
    if (!this.#handle) this.player.pause();
  }

  get inAd(): boolean {
    return this.#inAd;
  }

  /**
   * The player's own control bar plays and pauses the ad: a `<video-player>` (it has `interrupt()`)
   * whose bar and play button a page has not hidden (`--controls` / `--play-button: none`, or Mux
   * Player's `--bottom-controls` / `--bottom-play-button`, read in the order the player's CSS does).
   */
  get controlsPlayAd(): boolean {
    if (!interruptible(this.player)) return false;
    const style = getComputedStyle(this.player);
    const hidden = (...names: string[]): boolean =>
      names.map((name) => style.getPropertyValue(name).trim()).find(Boolean) === 'none';
    return !hidden('--controls', '--bottom-controls') && !hidden('--play-button', '--bottom-play-button');
  }

  enterAd(controls: AdControls): void {
    if (this.#inAd) return;
    this.#inAd = true;
    this.#adPaused = false;
    this.#state = undefined;
    this.player.toggleAttribute('ad-playing', true);
    if (!interruptible(this.player)) return;
    const paused = (): boolean => this.#adPaused;
    const state = (): AdState | undefined => this.#state;
    this.#handle = this.player.interrupt({
      get paused() {
        return paused();
      },
      get currentTime() {
        return state()?.currentTime ?? 0;
      },
      get duration() {
        return state()?.duration ?? NaN;
      },
      get label() {
        return controls.label();
      },
      play: () => controls.resume(),
      pause: () => controls.pause(),
    });
  }

  update(state: AdState): void {
    if (!this.#inAd) return;
    this.#state = state;
    this.#adPaused = state.paused;
    this.player.toggleAttribute('ad-paused', state.paused);
    this.player.dispatchEvent(new AdStateChangeEvent(state));
    this.#handle?.changed();
  }

  exitAd(): void {
    if (!this.#inAd) return;
    this.#inAd = false;
    this.#state = undefined;
    this.#handle?.end();
    this.#handle = undefined;
    this.player.removeAttribute('ad-playing');
    this.player.removeAttribute('ad-paused');
    this.player.dispatchEvent(new AdStateChangeEvent(null));
  }
}
