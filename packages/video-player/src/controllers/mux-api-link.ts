import type { PlaylistInfo } from '@videokit/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MuxExtras } from './mux-extras.ts';

/** The player as Mux Player's extra API reads it. */
export interface MuxApiHost extends ReactiveControllerHost, HTMLElement {
  readonly currentTime: number;
  readonly seekable: TimeRanges;
  readonly played: TimeRanges;
  readonly streamType: string;
  readonly targetLiveWindow: number;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface MuxApiParts {
  media(): HTMLVideoElement | undefined;
  session(): { readonly playingDate: number; readonly playlist: PlaylistInfo | undefined };
}

/** What the extras answer before they have loaded: nothing has used them, or the stream has no such data yet. */
const none = () => ({
  activeChapter: undefined,
  activeCuePoint: undefined,
  chapters: [],
  cuePoints: [],
  currentPdt: new Date(NaN),
  liveEdgeStart: NaN,
  inLiveWindow: false,
});

/**
 * Mux Player's API beyond a media element's, on `<video-player>`. Text tracks and `hasPlayed`
 * are answered here; the rest is `MuxExtras`, imported when a page first adds chapters or cue
 * points, has `<track>` children, or plays a stream with a program date time or a live window,
 * so players that need none of it never load it.
 */
export class MuxApiLink implements ReactiveController {
  readonly #host: MuxApiHost;
  readonly #parts: MuxApiParts;
  #loading: Promise<MuxExtras> | undefined;
  #liveWindow = NaN;
  #listeners: AbortController | undefined;
  extras: MuxExtras | undefined;

  constructor(host: MuxApiHost, parts: MuxApiParts) {
    this.#host = host;
    this.#parts = parts;
    host.addController(this);
  }

  /** Playback has started at least once for this source. */
  get hasPlayed(): boolean {
    return this.#host.played.length > 0;
  }

  /** A text track as a `<track>` in the video, so `removeTextTrack` can take it away (Mux Player's way). */
  addTextTrack(kind: TextTrackKind, label: string, lang = '', id = ''): TextTrack | undefined {
    const element = Object.assign(document.createElement('track'), { kind, label, srclang: lang, id });
    element.track.mode = kind === 'subtitles' || kind === 'captions' ? 'disabled' : 'hidden';
    this.#parts.media()?.append(element);
    // The extras take it away when the source changes, as Mux Player does.
    void this.load();
    return element.track;
  }
  removeTextTrack(track: TextTrack): void {
    for (const element of this.#parts.media()?.querySelectorAll('track') ?? []) {
      if (element.track === track) element.remove();
    }
  }

  load(): Promise<MuxExtras> {
    return (this.#loading ??= import('./mux-extras.ts').then(({ MuxExtras }) => {
      const extras = new MuxExtras(this.#host, this.#parts);
      if (this.#host.isConnected) extras.connect();
      return (this.extras = extras);
    }));
  }

  hostConnected(): void {
    this.#listeners = new AbortController();
    // `<track>` children are Mux Player's way to add text tracks.
    const look = (): void => {
      if (this.#host.querySelector(':scope > track')) void this.load();
    };
    this.#host.renderRoot.addEventListener('slotchange', look, { signal: this.#listeners.signal });
    look();
    this.extras?.connect();
  }

  hostDisconnected(): void {
    this.#listeners?.abort();
    this.extras?.disconnect();
  }

  hostUpdated(): void {
    const host = this.#host;
    if (host.streamType === 'live' || this.#parts.session().playingDate) void this.load();
    const window = host.targetLiveWindow;
    if (Object.is(window, this.#liveWindow)) return;
    this.#liveWindow = window;
    host.dispatchEvent(new CustomEvent('targetlivewindowchange', { bubbles: true, composed: true, detail: window }));
  }
}

/** Mux Player's names the link answers itself. */
const LINK_API = ['addTextTrack', 'removeTextTrack', 'hasPlayed'] as const;

/**
 * Defines Mux Player's names on the element's prototype: the link's own, and the extras'
 * (`addChapters`, `addCuePoints` load them; reads answer as `none` until they have loaded).
 */
export function installMuxApi<P>(prototype: P, linkOf: (player: P) => MuxApiLink): void {
  const define = (name: string, get: (link: MuxApiLink) => unknown): void => {
    Object.defineProperty(prototype, name, {
      get(this: P) {
        return get(linkOf(this));
      },
    });
  };
  for (const name of LINK_API) {
    define(name, (link) => {
      const value: unknown = Reflect.get(link, name);
      return typeof value === 'function' ? (value as () => unknown).bind(link) : value;
    });
  }
  for (const name of ['addChapters', 'addCuePoints'] as const) {
    define(name, (link) => (list: never) => link.load().then((extras) => extras[name](list)));
  }
  define('getStartDate', (link) => () => link.extras?.getStartDate() ?? new Date(NaN));
  for (const name of Object.keys(none()) as (keyof ReturnType<typeof none>)[]) {
    define(name, (link) => (link.extras ?? none())[name]);
  }
}
