/**
 * Intents sent by the controls (and by custom controls slotted into the player). The element
 * handles them; controls never touch the media or the engine themselves.
 */

/** Each request type and its detail. */
export interface MediaRequests {
  'play-request': undefined;
  'pause-request': undefined;
  /** Seconds to seek to. */
  'seek-request': number;
  'seek-to-live-request': undefined;
  /** 0–1. */
  'volume-request': number;
  'mute-request': boolean;
  'rate-request': number;
  /** Index among the subtitle/caption tracks, or -1 for off. */
  'select-text-track-request': number;
  'select-audio-track-request': string;
  /** A rendition id, or `'auto'`. */
  'select-rendition-request': string;
  'fullscreen-request': boolean;
  'pip-request': boolean;
  'airplay-request': undefined;
  'retry-request': undefined;
}

export type MediaRequestType = keyof MediaRequests;

/** One request: `type` says what, `detail` carries the value. Bubbles and crosses shadow roots. */
export class MediaRequestEvent<K extends MediaRequestType = MediaRequestType> extends Event {
  declare readonly type: K;
  readonly detail: MediaRequests[K];
  constructor(type: K, detail: MediaRequests[K]) {
    super(type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** A request as `[type, detail]`. */
export type RequestOf = { [K in MediaRequestType]: [K, MediaRequests[K]] }[MediaRequestType];

/** Sends a request from inside the player's shadow root, as a control does. */
export function sendRequest(from: EventTarget, ...[type, detail]: RequestOf): void {
  from.dispatchEvent(new MediaRequestEvent(type, detail));
}

export const REQUEST_TYPES: readonly MediaRequestType[] = [
  'play-request',
  'pause-request',
  'seek-request',
  'seek-to-live-request',
  'volume-request',
  'mute-request',
  'rate-request',
  'select-text-track-request',
  'select-audio-track-request',
  'select-rendition-request',
  'fullscreen-request',
  'pip-request',
  'airplay-request',
  'retry-request',
];
