/// <reference types="chromecast-caf-sender" preserve="true" />
import type { PlaybackTarget } from '../targets/target.ts';

/** Media events the element fires while a receiver plays, by the remote field that changed. */
const EVENTS_BY_FIELD: Record<string, string[]> = {
  currentTime: ['timeupdate'],
  duration: ['durationchange'],
  volumeLevel: ['volumechange'],
  isMuted: ['volumechange'],
};

/**
 * The receiver's player behind the element's media API while casting: reads come from the
 * `RemotePlayer`, commands go through its `RemotePlayerController`, and its changes come back
 * as the element's own media events, so controls work the same local or remote.
 */
export class CastRemoteMedia implements PlaybackTarget {
  readonly #player: cast.framework.RemotePlayer;
  readonly #controller: cast.framework.RemotePlayerController;
  readonly #onChange: (event: cast.framework.RemotePlayerChangedEvent) => void;

  constructor(framework: typeof cast.framework, dispatch: (type: string) => void) {
    this.#player = new framework.RemotePlayer();
    this.#controller = new framework.RemotePlayerController(this.#player);
    this.#onChange = (event) => {
      if (event.field === 'isPaused') dispatch(this.#player.isPaused ? 'pause' : 'play');
      for (const type of EVENTS_BY_FIELD[event.field] ?? []) dispatch(type);
    };
    this.#controller.addEventListener(framework.RemotePlayerEventType.ANY_CHANGE, this.#onChange);
  }

  get currentTime(): number {
    return this.#player.currentTime;
  }
  set currentTime(seconds: number) {
    this.#player.currentTime = seconds;
    this.#controller.seek();
  }

  get duration(): number {
    return this.#player.duration || NaN;
  }

  get paused(): boolean {
    return this.#player.isPaused;
  }

  get volume(): number {
    return this.#player.volumeLevel;
  }
  set volume(level: number) {
    this.#player.volumeLevel = level;
    this.#controller.setVolumeLevel();
  }

  get muted(): boolean {
    return this.#player.isMuted;
  }
  set muted(muted: boolean) {
    if (muted !== this.#player.isMuted) this.#controller.muteOrUnmute();
  }

  play(): Promise<void> {
    if (this.#player.isPaused) this.#controller.playOrPause();
    return Promise.resolve();
  }

  pause(): void {
    if (!this.#player.isPaused) this.#controller.playOrPause();
  }

  destroy(framework: typeof cast.framework): void {
    this.#controller.removeEventListener(framework.RemotePlayerEventType.ANY_CHANGE, this.#onChange);
  }
}
