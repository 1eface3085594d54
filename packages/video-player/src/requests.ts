/**
 * Intents sent by the controls (and by custom controls slotted into the player). The element
 * handles them; controls never touch the media or the engine themselves. The requests and
 * their details are named once, in `request-table.ts`.
 */

import type { MediaRequests, MediaRequestType } from './request-table.ts';

export type { MediaRequests, MediaRequestType } from './request-table.ts';

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
