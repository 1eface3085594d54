import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MediaState } from './controllers/media-state.ts';
import { selectTextTrack } from './controllers/text-tracks.ts';
import { MediaRequestEvent } from './requests.ts';

/** What requests act on: the element's own media API (so Cast and ad breaks are honoured). */
export interface RequestTarget extends HTMLElement {
  readonly mediaState: MediaState;
  readonly paused: boolean;
  currentTime: number;
  volume: number;
  muted: boolean;
  loop: boolean;
  playbackRate: number;
  defaultPlaybackRate: number;
  readonly textTracks: TextTrackList | undefined;
  fullscreenElement?: string | undefined;
  play(): Promise<void>;
  pause(): void;
  load(): void;
  seekToLive(): void;
  selectAudioTrack(id: string): void;
  selectRendition(id: string): void;
  requestPictureInPicture(): Promise<PictureInPictureWindow>;
  webkitShowPlaybackTargetPicker(): void;
}

const quietly = (promise: Promise<unknown>): void => void promise.catch(() => undefined);

/**
 * The one place where requests are named and act on playback: request type → handler, whose
 * second parameter is the request's `detail` (none: `undefined`). `MediaRequests`,
 * `REQUEST_TYPES` and the React wrapper's `on*Request` props are derived from it.
 */
export const REQUEST_HANDLERS = {
  'play-request': (target) => quietly(target.play()),
  'pause-request': (target) => target.pause(),
  /** Seconds to seek to. */
  'seek-request': (target, seconds: number) => {
    const { seekable, interrupted } = target.mediaState;
    // No seeking through an ad break.
    if (!interrupted) target.currentTime = Math.min(seekable[1], Math.max(seekable[0], seconds));
  },
  'seek-to-live-request': (target) => {
    target.seekToLive();
    if (target.paused) quietly(target.play());
  },
  /** 0–1. */
  'volume-request': (target, volume: number) => {
    target.volume = volume;
    if (volume > 0 && target.muted) target.muted = false;
  },
  'mute-request': (target, muted: boolean) => {
    if (!muted && target.volume === 0) target.volume = 0.5;
    target.muted = muted;
  },
  /** Start again at the end (the element's `loop`). */
  'loop-request': (target, loop: boolean) => {
    target.loop = loop;
  },
  'rate-request': (target, rate: number) => {
    target.playbackRate = target.defaultPlaybackRate = rate;
  },
  /** Index among the subtitle/caption tracks, or -1 for off. */
  'select-text-track-request': (target, index: number) => selectTextTrack(target.textTracks, index),
  'select-audio-track-request': (target, id: string) => target.selectAudioTrack(id),
  /** A rendition id, or `'auto'`. */
  'select-rendition-request': (target, id: string) => target.selectRendition(id),
  'fullscreen-request': (target, on: boolean) => {
    if (on) quietly(fullscreenTarget(target).requestFullscreen());
    else if (document.fullscreenElement) quietly(document.exitFullscreen());
  },
  'pip-request': (target, on: boolean) =>
    quietly(on ? target.requestPictureInPicture() : document.exitPictureInPicture()),
  'airplay-request': (target) => target.webkitShowPlaybackTargetPicker(),
  'retry-request': (target) => target.load(),
} satisfies Record<`${string}-request`, (target: RequestTarget, detail: never) => void>;

type Handlers = typeof REQUEST_HANDLERS;
type DetailOf<H> = H extends (target: RequestTarget, ...detail: infer D) => void
  ? D extends [infer Detail]
    ? Detail
    : undefined
  : never;

/** Each request type and its detail. */
export type MediaRequests = { [K in keyof Handlers]: DetailOf<Handlers[K]> };
export type MediaRequestType = keyof MediaRequests;

/** Every request type, in the table's order. */
export const REQUEST_TYPES = Object.keys(REQUEST_HANDLERS) as readonly MediaRequestType[];

/** `fullscreen-element` names an ancestor (with overlays) to make fullscreen instead of the player. */
function fullscreenTarget(target: RequestTarget): Element {
  const id = target.fullscreenElement;
  const root = target.getRootNode() as Document | ShadowRoot;
  return (id ? root.getElementById(id) : null) ?? target;
}

type RequestTable = { [K in MediaRequestType]: (target: RequestTarget, detail: MediaRequests[K]) => void };

function handle<K extends MediaRequestType>(target: RequestTarget, event: MediaRequestEvent<K>): void {
  const handler: RequestTable[K] = REQUEST_HANDLERS[event.type];
  handler(target, event.detail);
}

/** Acts on requests sent to the element while it is connected (by its controls, and by custom controls). */
export class RequestController implements ReactiveController {
  #listeners: AbortController | undefined;
  readonly #target: RequestTarget;

  constructor(target: RequestTarget & ReactiveControllerHost) {
    this.#target = target;
    target.addController(this);
  }

  hostConnected(): void {
    this.#listeners = new AbortController();
    for (const type of REQUEST_TYPES) {
      this.#target.addEventListener(
        type,
        (event) => {
          if (event instanceof MediaRequestEvent) handle(this.#target, event);
        },
        { signal: this.#listeners.signal },
      );
    }
  }

  hostDisconnected(): void {
    this.#listeners?.abort();
  }
}
