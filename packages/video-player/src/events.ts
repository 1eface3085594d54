import type { PlayerError, StreamType } from '@videokit/core';

/** The player failed, or is waiting on something it will retry (`detail.fatal` says which). */
export class PlayerErrorEvent extends Event {
  static readonly type = 'error';
  readonly detail: PlayerError;
  constructor(detail: PlayerError) {
    super(PlayerErrorEvent.type, { composed: true });
    this.detail = detail;
  }
}

/** The stream type (explicit or inferred from the playlist) changed. */
export class StreamTypeChangeEvent extends Event {
  static readonly type = 'streamtypechange';
  readonly streamType: StreamType;
  constructor(streamType: StreamType) {
    super(StreamTypeChangeEvent.type, { bubbles: true, composed: true });
    this.streamType = streamType;
  }
}

/** Audio tracks or renditions were listed or changed selection. */
export class TracksChangeEvent extends Event {
  static readonly type = 'trackschange';
  constructor() {
    super(TracksChangeEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    streamtypechange: StreamTypeChangeEvent;
    trackschange: TracksChangeEvent;
  }
}
