import type { AdInfo } from './events.ts';

/** What `<ad-layer>` needs of the player: the `HTMLMediaElement` surface `<video-player>` has. */
export interface ContentPlayer extends HTMLElement {
  play(): Promise<void>;
  pause(): void;
  currentTime: number;
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
}

/**
 * Tells the player an ad is playing: `ad-playing` (and `ad-paused`) attributes, an
 * `adstatechange` event, and for the length of the break the instance's `play()` and `pause()`
 * drive the ad instead of the content. The content itself is driven through the class's methods.
 */
export class PlayerBridge {
  #inAd = false;

  constructor(readonly player: ContentPlayer) {}

  contentPlay(): Promise<void> {
    const play = Reflect.get(Object.getPrototypeOf(this.player) as object, 'play') as ContentPlayer['play'];
    return play.call(this.player);
  }

  contentPause(): void {
    const pause = Reflect.get(Object.getPrototypeOf(this.player) as object, 'pause') as ContentPlayer['pause'];
    pause.call(this.player);
  }

  get inAd(): boolean {
    return this.#inAd;
  }

  enterAd(controls: AdControls): void {
    if (this.#inAd) return;
    this.#inAd = true;
    this.player.toggleAttribute('ad-playing', true);
    const define = (name: 'play' | 'pause', value: () => unknown): void => {
      Object.defineProperty(this.player, name, { value, configurable: true, writable: true });
    };
    define('play', () => {
      controls.resume();
      return Promise.resolve();
    });
    define('pause', () => controls.pause());
  }

  update(state: AdState): void {
    if (!this.#inAd) return;
    this.player.toggleAttribute('ad-paused', state.paused);
    this.player.dispatchEvent(new AdStateChangeEvent(state));
  }

  exitAd(): void {
    if (!this.#inAd) return;
    this.#inAd = false;
    // Own properties only: the class's methods show through again.
    Reflect.deleteProperty(this.player, 'play');
    Reflect.deleteProperty(this.player, 'pause');
    this.player.removeAttribute('ad-playing');
    this.player.removeAttribute('ad-paused');
    this.player.dispatchEvent(new AdStateChangeEvent(null));
  }
}
