import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MediaState } from './controllers/media-state.ts';
import { selectTextTrack } from './controllers/text-tracks.ts';
import { MediaRequestEvent, REQUEST_TYPES, type MediaRequests, type MediaRequestType } from './requests.ts';

/** What requests act on: the element's own media API (so Cast and ad breaks are honoured). */
export interface RequestTarget extends HTMLElement {
  readonly mediaState: MediaState;
  readonly paused: boolean;
  currentTime: number;
  volume: number;
  muted: boolean;
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

type RequestTable = { [K in MediaRequestType]: (target: RequestTarget, detail: MediaRequests[K]) => void };

const quietly = (promise: Promise<unknown>): void => void promise.catch(() => undefined);

/** The one place where requests act on playback: request type → handler. */
export const REQUEST_HANDLERS: RequestTable = {
  'play-request': (target) => quietly(target.play()),
  'pause-request': (target) => target.pause(),
  'seek-request': (target, seconds) => {
    const { seekable, interrupted } = target.mediaState;
    // No seeking through an ad break.
    if (!interrupted) target.currentTime = Math.min(seekable[1], Math.max(seekable[0], seconds));
  },
  'seek-to-live-request': (target) => {
    target.seekToLive();
    if (target.paused) quietly(target.play());
  },
  'volume-request': (target, volume) => {
    target.volume = volume;
    if (volume > 0 && target.muted) target.muted = false;
  },
  'mute-request': (target, muted) => {
    if (!muted && target.volume === 0) target.volume = 0.5;
    target.muted = muted;
  },
  'rate-request': (target, rate) => {
    target.playbackRate = target.defaultPlaybackRate = rate;
  },
  'select-text-track-request': (target, index) => selectTextTrack(target.textTracks, index),
  'select-audio-track-request': (target, id) => target.selectAudioTrack(id),
  'select-rendition-request': (target, id) => target.selectRendition(id),
  'fullscreen-request': (target, on) => {
    if (on) quietly(fullscreenTarget(target).requestFullscreen());
    else if (document.fullscreenElement) quietly(document.exitFullscreen());
  },
  'pip-request': (target, on) => quietly(on ? target.requestPictureInPicture() : document.exitPictureInPicture()),
  'airplay-request': (target) => target.webkitShowPlaybackTargetPicker(),
  'retry-request': (target) => target.load(),
};

/** `fullscreen-element` names an ancestor (with overlays) to make fullscreen instead of the player. */
function fullscreenTarget(target: RequestTarget): Element {
  const id = target.fullscreenElement;
  const root = target.getRootNode() as Document | ShadowRoot;
  return (id ? root.getElementById(id) : null) ?? target;
}

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
