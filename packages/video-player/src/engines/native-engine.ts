import { playlistInfo, type PlaylistInfo } from '@videokit/core';
import { watchEncrypted } from '../media-error.ts';
import { refusedScheme } from './source-scheme.ts';
import type { AudioTrackInfo, EngineEvents, EngineSource, PlaybackEngine, RenditionInfo } from './engine.ts';

/** The subset of the HTML AudioTrackList that Safari exposes and the DOM typings omit. */
interface NativeAudioTrack {
  id: string;
  label: string;
  language: string;
  enabled: boolean;
}
interface NativeAudioTrackList extends EventTarget {
  readonly length: number;
  [index: number]: NativeAudioTrack | undefined;
}

/**
 * Plays through the media element itself: MP4 everywhere, and HLS where the browser has it
 * and MediaSource is absent (iOS Safari). Renditions are the browser's business there.
 */
export class NativeEngine implements PlaybackEngine {
  readonly analytics = {};
  readonly renditions: readonly RenditionInfo[] = [];
  readonly autoRendition = true;
  readonly #media: HTMLVideoElement;
  readonly #events: EngineEvents;
  readonly #abort = new AbortController();
  #info: PlaylistInfo | undefined;
  #attached = false;

  constructor(media: HTMLVideoElement, events: EngineEvents) {
    this.#media = media;
    this.#events = events;
  }

  async load(source: EngineSource): Promise<void> {
    const refused = refusedScheme(source.url);
    if (refused) return this.#events.error(refused);
    const { signal } = this.#abort;
    const media = this.#media;
    if (source.startTime !== undefined) {
      const startTime = source.startTime;
      media.addEventListener('loadedmetadata', () => (media.currentTime = startTime), { once: true, signal });
    }
    if (source.hideCaptions) {
      media.textTracks.addEventListener(
        'addtrack',
        ({ track }) => {
          if (track?.mode === 'showing') track.mode = 'hidden';
        },
        { signal },
      );
    }
    watchEncrypted(media, source, (error) => this.#events.error(error), signal);
    media.addEventListener('error', () => this.#mediaError(), { signal });
    const tracks = this.#nativeAudioTracks();
    tracks?.addEventListener('change', () => this.#events.tracks(), { signal });
    tracks?.addEventListener('addtrack', () => this.#events.tracks(), { signal });
    if (source.drm) {
      const { attachFairPlay } = await import('../drm/fairplay.ts');
      if (signal.aborted) return;
      const detach = attachFairPlay(media, source.drm, (error) => this.#events.error(error));
      signal.addEventListener('abort', () => void detach());
    }
    media.src = source.url;
    this.#attached = true;
    if (!source.deferLoading) media.load();
    if (source.kind === 'hls') await this.#readPlaylistInfo(source.url, signal);
    else this.#report({ streamType: 'on-demand', dvr: false, lowLatency: false, ended: false });
  }

  startLoading(): void {
    // The browser loads on play().
  }

  /** The browser's own HLS decides when it has enough (`min-preload-segments` is hls.js's). */
  startable(): Promise<void> {
    return Promise.resolve();
  }

  get audioTracks(): readonly AudioTrackInfo[] {
    const list = this.#nativeAudioTracks();
    if (!list) return [];
    return this.audioTracksOf(list).map((track) => ({
      id: track.id,
      label: track.label,
      language: track.language,
      enabled: track.enabled,
    }));
  }

  selectAudioTrack(id: string): void {
    const list = this.#nativeAudioTracks();
    if (!list) return;
    for (const track of this.audioTracksOf(list)) track.enabled = track.id === id;
  }

  selectRendition(): void {
    // Native HLS adapts on its own and offers no rendition control.
  }

  get liveEdge(): number {
    if (this.#info?.streamType !== 'live') return NaN;
    const { seekable } = this.#media;
    return seekable.length ? seekable.end(seekable.length - 1) : NaN;
  }

  get playingDate(): number {
    // Native HLS maps media time 0 to the first program date time it saw (NaN without one).
    const media = this.#media as HTMLVideoElement & { getStartDate?: () => Date };
    const start = media.getStartDate?.().getTime() ?? NaN;
    return start + media.currentTime * 1000;
  }

  destroy(): void {
    this.#abort.abort();
    // An engine that never loaded must not reset the media: another engine may own it by now.
    if (!this.#attached) return;
    this.#media.removeAttribute('src');
    this.#media.load();
  }

  private audioTracksOf(list: NativeAudioTrackList): NativeAudioTrack[] {
    return Array.from({ length: list.length }, (_, index) => list[index]).filter((track) => track !== undefined);
  }

  #nativeAudioTracks(): NativeAudioTrackList | undefined {
    return (this.#media as HTMLVideoElement & { audioTracks?: NativeAudioTrackList }).audioTracks;
  }

  /** The browser hides the playlist; read it once to learn the stream type. */
  async #readPlaylistInfo(url: string, signal: AbortSignal): Promise<void> {
    try {
      const multivariant = await (await fetch(url, { signal })).text();
      const variant = /^[^#\s].*$/m.exec(multivariant)?.[0];
      const media =
        variant && multivariant.includes('#EXT-X-STREAM-INF')
          ? await fetchText(new URL(variant, url), signal)
          : multivariant;
      this.#report(playlistInfo(media));
    } catch {
      // The media element reports load failures itself; the stream type stays unknown.
    }
  }

  /** The browser's own failure codes, worded like every other failure (loaded on the first one). */
  #mediaError(): void {
    const media = this.#media;
    const { signal } = this.#abort;
    void import('./media-failure.ts')
      .then(({ mediaFailure }) => mediaFailure(media.error ?? { code: 0 }, media.currentSrc, signal))
      .then((error) => {
        if (!signal.aborted) this.#events.error(error);
      });
  }

  #report(info: PlaylistInfo): void {
    this.#info = info;
    this.#events.playlist(info);
  }
}

async function fetchText(url: URL, signal: AbortSignal): Promise<string> {
  return (await fetch(url, { signal })).text();
}
