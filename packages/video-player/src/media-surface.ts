import { LitElement } from 'lit';

/** Events of the inner `<video>` that the element re-dispatches as its own. */
export const MEDIA_EVENTS = [
  'abort',
  'canplay',
  'canplaythrough',
  'durationchange',
  'emptied',
  'ended',
  'loadeddata',
  'loadedmetadata',
  'loadstart',
  'pause',
  'play',
  'playing',
  'progress',
  'ratechange',
  'resize',
  'seeked',
  'seeking',
  'stalled',
  'suspend',
  'timeupdate',
  'volumechange',
  'waiting',
  'enterpictureinpicture',
  'leavepictureinpicture',
] as const;

const EMPTY_RANGES: TimeRanges = {
  length: 0,
  start: () => {
    throw new RangeError('no time ranges');
  },
  end: () => {
    throw new RangeError('no time ranges');
  },
};

/** A player elsewhere (a Cast receiver) that the element's media API drives instead of its `<video>`. */
export interface RemoteMedia {
  currentTime: number;
  readonly duration: number;
  readonly paused: boolean;
  volume: number;
  muted: boolean;
  play(): Promise<void>;
  pause(): void;
}

/**
 * The `HTMLMediaElement` surface, delegated to the inner `<video>` once it is rendered.
 * Writes made before then (`player.currentTime = 30` right after creation) are kept and
 * applied to the video when it appears.
 */
export abstract class MediaSurface extends LitElement {
  /** The rendered `<video>`; undefined before the first render. */
  protected abstract get media(): HTMLVideoElement | undefined;

  /** Set while casting: playback state and commands go to the receiver. */
  protected remote: RemoteMedia | undefined;

  #pendingTime: number | undefined;
  #pendingVolume: number | undefined;
  #pendingRate: number | undefined;
  #pendingDefaultRate: number | undefined;

  /** Applies writes that arrived before the video existed. */
  protected applyPendingMediaState(media: HTMLVideoElement): void {
    if (this.#pendingVolume !== undefined) media.volume = this.#pendingVolume;
    if (this.#pendingDefaultRate !== undefined) media.defaultPlaybackRate = this.#pendingDefaultRate;
    if (this.#pendingRate !== undefined) media.playbackRate = this.#pendingRate;
    if (this.#pendingTime !== undefined) media.currentTime = this.#pendingTime;
    this.#pendingTime = this.#pendingVolume = this.#pendingRate = this.#pendingDefaultRate = undefined;
  }

  pause(): void {
    if (this.remote) this.remote.pause();
    else this.media?.pause();
  }

  canPlayType(type: string): CanPlayTypeResult {
    return this.media?.canPlayType(type) ?? '';
  }

  requestPictureInPicture(): Promise<PictureInPictureWindow> {
    const media = this.media;
    if (!media) return Promise.reject(new DOMException('the player has not rendered yet', 'InvalidStateError'));
    return media.requestPictureInPicture();
  }

  get currentTime(): number {
    return (this.remote ?? this.media)?.currentTime ?? this.#pendingTime ?? 0;
  }
  set currentTime(seconds: number) {
    if (this.remote) this.remote.currentTime = seconds;
    else if (this.media) this.media.currentTime = seconds;
    else this.#pendingTime = seconds;
  }

  get volume(): number {
    return (this.remote ?? this.media)?.volume ?? this.#pendingVolume ?? 1;
  }
  set volume(level: number) {
    if (this.remote) this.remote.volume = level;
    else if (this.media) this.media.volume = level;
    else this.#pendingVolume = level;
  }

  get playbackRate(): number {
    return this.media?.playbackRate ?? this.#pendingRate ?? 1;
  }
  set playbackRate(rate: number) {
    if (this.media) this.media.playbackRate = rate;
    else this.#pendingRate = rate;
  }

  get defaultPlaybackRate(): number {
    return this.media?.defaultPlaybackRate ?? this.#pendingDefaultRate ?? 1;
  }
  set defaultPlaybackRate(rate: number) {
    if (this.media) this.media.defaultPlaybackRate = rate;
    else this.#pendingDefaultRate = rate;
  }

  get duration(): number {
    return (this.remote ?? this.media)?.duration ?? NaN;
  }
  get paused(): boolean {
    return (this.remote ?? this.media)?.paused ?? true;
  }
  get ended(): boolean {
    return this.media?.ended ?? false;
  }
  get seeking(): boolean {
    return this.media?.seeking ?? false;
  }
  get buffered(): TimeRanges {
    return this.media?.buffered ?? EMPTY_RANGES;
  }
  get seekable(): TimeRanges {
    return this.media?.seekable ?? EMPTY_RANGES;
  }
  get played(): TimeRanges {
    return this.media?.played ?? EMPTY_RANGES;
  }
  get readyState(): number {
    return this.media?.readyState ?? 0;
  }
  get networkState(): number {
    return this.media?.networkState ?? 0;
  }
  get videoWidth(): number {
    return this.media?.videoWidth ?? 0;
  }
  get videoHeight(): number {
    return this.media?.videoHeight ?? 0;
  }
  get currentSrc(): string {
    return this.media?.currentSrc ?? '';
  }
  get textTracks(): TextTrackList | undefined {
    return this.media?.textTracks;
  }
}
