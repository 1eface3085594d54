import { MEDIA_EVENTS } from './media-events.ts';
import type { PlaybackTarget } from './target.ts';

type Writable = 'currentTime' | 'volume' | 'muted' | 'playbackRate' | 'defaultPlaybackRate';
type Pending = Partial<Pick<HTMLVideoElement, Writable>>;

const EMPTY_RANGES: TimeRanges = {
  length: 0,
  start: () => {
    throw new RangeError('no time ranges');
  },
  end: () => {
    throw new RangeError('no time ranges');
  },
};

/** Read-only media state the element answers from the local `<video>`, and its value before the video exists. */
export const LOCAL_READS = {
  ended: false,
  seeking: false,
  buffered: EMPTY_RANGES,
  seekable: EMPTY_RANGES,
  played: EMPTY_RANGES,
  readyState: 0,
  networkState: 0,
  videoWidth: 0,
  videoHeight: 0,
  currentSrc: '',
  textTracks: undefined,
} satisfies { [K in keyof HTMLVideoElement]?: HTMLVideoElement[K] | undefined };

export type LocalReads = { readonly [K in keyof typeof LOCAL_READS]: HTMLVideoElement[K] | (typeof LOCAL_READS)[K] };

const DEFAULTS: Pick<HTMLVideoElement, Writable> = {
  currentTime: 0,
  volume: 1,
  muted: false,
  playbackRate: 1,
  defaultPlaybackRate: 1,
};

/**
 * The local `<video>` as a playback target. Writes made before it is rendered
 * (`player.currentTime = 30` right after creation) are kept and applied when it appears.
 */
export class LocalVideo implements PlaybackTarget {
  media: HTMLVideoElement | undefined;
  #pending: Pending = {};
  #listeners: AbortController | undefined;

  /** Whether its events are being forwarded (false again after `detach()`). */
  get attached(): boolean {
    return this.#listeners !== undefined;
  }

  /** The `<video>`'s read-only state, or its values before the video exists. */
  get reads(): LocalReads {
    return this.media ?? LOCAL_READS;
  }

  /**
   * The rendered `<video>` appeared (or the element came back): earlier writes apply now (rates
   * before time), and its media events become `element`'s own. While interrupted, it never plays:
   * media keys and picture-in-picture controls reach the video itself.
   */
  attach(media: HTMLVideoElement, element: EventTarget, targets: { readonly interrupted: boolean }): void {
    this.#listeners = new AbortController();
    const { signal } = this.#listeners;
    for (const type of MEDIA_EVENTS)
      media.addEventListener(type, () => element.dispatchEvent(new Event(type)), { signal });
    media.addEventListener('play', () => targets.interrupted && media.pause(), { signal });
    this.media = media;
    const pending = this.#pending;
    this.#pending = {};
    for (const key of ['muted', 'volume', 'defaultPlaybackRate', 'playbackRate', 'currentTime'] as const) {
      const value = pending[key];
      if (value !== undefined) this.#write(key, value);
    }
  }

  detach(): void {
    this.#listeners?.abort();
    this.#listeners = undefined;
  }

  #read<K extends Writable>(key: K): Pick<HTMLVideoElement, Writable>[K] {
    return this.media ? this.media[key] : (this.#pending[key] ?? DEFAULTS[key]);
  }

  #write<K extends Writable>(key: K, value: Pick<HTMLVideoElement, Writable>[K]): void {
    const target: Pending = this.media ?? this.#pending;
    target[key] = value;
  }

  get currentTime(): number {
    return this.#read('currentTime');
  }
  set currentTime(seconds: number) {
    this.#write('currentTime', seconds);
  }
  get volume(): number {
    return this.#read('volume');
  }
  set volume(level: number) {
    this.#write('volume', level);
  }
  get muted(): boolean {
    return this.#read('muted');
  }
  set muted(muted: boolean) {
    this.#write('muted', muted);
  }
  get playbackRate(): number {
    return this.#read('playbackRate');
  }
  set playbackRate(rate: number) {
    this.#write('playbackRate', rate);
  }
  get defaultPlaybackRate(): number {
    return this.#read('defaultPlaybackRate');
  }
  set defaultPlaybackRate(rate: number) {
    this.#write('defaultPlaybackRate', rate);
  }
  get duration(): number {
    return this.media?.duration ?? NaN;
  }
  get paused(): boolean {
    return this.media?.paused ?? true;
  }

  play(): Promise<void> {
    const media = this.media;
    if (!media)
      return Promise.reject(new DOMException('<video-player> is not connected to a document', 'InvalidStateError'));
    return media.play();
  }

  pause(): void {
    this.media?.pause();
  }

  requestPictureInPicture(): Promise<PictureInPictureWindow> {
    const media = this.media;
    if (!media) return Promise.reject(new DOMException('the player has not rendered yet', 'InvalidStateError'));
    return media.requestPictureInPicture();
  }

  /** AirPlay's device picker (Safari only). */
  showPlaybackTargetPicker(): void {
    (this.media as { webkitShowPlaybackTargetPicker?: () => void } | undefined)?.webkitShowPlaybackTargetPicker?.();
  }
}
