import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_CAPTION_STYLE, offeredCaptionStyle, type CaptionStyle } from '../controls/caption-style.ts';
import { readPreferences, savePreferences, type Preferences } from '../preferences.ts';
import { MediaRequestEvent, type MediaRequests, type MediaRequestType } from '../requests.ts';
import type { MediaState } from './media-state.ts';
import { selectTextTrack } from './text-tracks.ts';

type Kind = 'volume' | 'captions' | 'rate';

export interface PreferencesHost extends ReactiveControllerHost, HTMLElement {
  readonly mediaState: MediaState;
  readonly textTracks: TextTrackList | undefined;
  readonly readyState: number;
  volume: number;
  muted: boolean;
  playbackRate: number;
  defaultPlaybackRate: number;
  noPreferences: boolean;
  noVolumePreference: boolean;
  noCaptionsPreference: boolean;
  noRatePreference: boolean;
}

/** What each request saves, from its detail and the player before the request acts. */
const SAVE: { [K in MediaRequestType]?: [Kind, (detail: MediaRequests[K], host: PreferencesHost) => Preferences] } = {
  'volume-request': ['volume', (volume, host) => ({ volume, muted: volume > 0 ? false : host.muted })],
  'mute-request': ['volume', (muted, host) => ({ volume: !muted && host.volume === 0 ? 0.5 : host.volume, muted })],
  'rate-request': ['rate', (rate) => ({ rate })],
  'select-text-track-request': [
    'captions',
    (index, host) => ({ captions: host.mediaState.textTracks[index]?.language ?? '' }),
  ],
};

/**
 * The viewer's choices across visits: restores volume, speed and caption style on connect,
 * the captions language once the stream lists its tracks, and saves what requests change
 * (each kind can be turned off with a `no-*-preference` attribute).
 */
export class PreferencesController implements ReactiveController {
  captionStyle: CaptionStyle = DEFAULT_CAPTION_STYLE;
  #saved: Preferences | undefined;
  #captionsRestored = false;
  #listeners: AbortController | undefined;
  readonly #host: PreferencesHost;

  constructor(host: PreferencesHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The saved captions language, if captions preferences are on. */
  get captions(): string | undefined {
    return this.#allowed('captions') ? this.#saved?.captions : undefined;
  }

  hostConnected(): void {
    this.#listeners = new AbortController();
    for (const type of Object.keys(SAVE) as MediaRequestType[]) {
      this.#host.addEventListener(
        type,
        (event) => {
          if (event instanceof MediaRequestEvent) this.#onRequest(event);
        },
        { signal: this.#listeners.signal },
      );
    }
    if (!this.#saved) this.#restore();
  }

  hostDisconnected(): void {
    this.#listeners?.abort();
  }

  /** A saved captions choice applies once the stream lists its tracks and can play. */
  hostUpdate(): void {
    const tracks = this.#host.mediaState.textTracks;
    if (!tracks.length) this.#captionsRestored = false;
    else if (!this.#captionsRestored && this.#host.readyState >= 3) {
      this.#captionsRestored = true;
      const language = this.captions;
      if (language !== undefined) {
        selectTextTrack(
          this.#host.textTracks,
          tracks.findIndex((track) => track.language === language),
        );
      }
    }
  }

  setCaptionStyle(style: CaptionStyle): void {
    this.captionStyle = style;
    this.#save('captions', { captionStyle: style });
    this.#host.requestUpdate();
  }

  #onRequest<K extends MediaRequestType>(event: MediaRequestEvent<K>): void {
    const entry = SAVE[event.type];
    if (entry) this.#save(entry[0], entry[1](event.detail, this.#host));
  }

  #allowed(kind: Kind): boolean {
    const host = this.#host;
    if (host.noPreferences) return false;
    return !{ volume: host.noVolumePreference, rate: host.noRatePreference, captions: host.noCaptionsPreference }[kind];
  }

  #save(kind: Kind, change: Preferences): void {
    if (this.#allowed(kind)) savePreferences(change);
  }

  #restore(): void {
    const host = this.#host;
    const saved = (this.#saved = host.noPreferences ? {} : readPreferences());
    if (this.#allowed('volume')) {
      if (saved.volume !== undefined) host.volume = saved.volume;
      if (saved.muted !== undefined && !host.hasAttribute('muted') && !host.hasAttribute('autoplay'))
        host.muted = saved.muted;
    }
    if (this.#allowed('rate') && saved.rate) host.defaultPlaybackRate = host.playbackRate = saved.rate;
    if (this.#allowed('captions') && saved.captionStyle) this.captionStyle = offeredCaptionStyle(saved.captionStyle);
  }
}
