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

  /** A read-only property of the `<video>`, or its value before the video exists. */
  get<K extends keyof LocalReads>(key: K): LocalReads[K] {
    return this.media ? this.media[key] : LOCAL_READS[key];
  }

  /** The rendered `<video>` appeared: earlier writes apply now (rates before time). */
  attach(media: HTMLVideoElement): void {
    this.media = media;
    const pending = this.#pending;
    this.#pending = {};
    for (const key of ['muted', 'volume', 'defaultPlaybackRate', 'playbackRate', 'currentTime'] as const) {
      const value = pending[key];
      if (value !== undefined) this.#write(key, value);
    }
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
}
