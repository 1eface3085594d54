import type { PlayerError } from '@videokit/core';
import type { Storyboard } from './tiles.ts';

/** The metadata or the sheet could not be loaded or read; `detail.message` says why. */
export class StoryboardErrorEvent extends Event {
  static readonly type = 'error';
  readonly detail: PlayerError;
  constructor(detail: PlayerError) {
    super(StoryboardErrorEvent.type, { composed: true });
    this.detail = detail;
  }
}

/** The metadata was read and the sheet has loaded. */
export class StoryboardLoadEvent extends Event {
  static readonly type = 'load';
  readonly storyboard: Storyboard;
  constructor(storyboard: Storyboard) {
    super(StoryboardLoadEvent.type);
    this.storyboard = storyboard;
  }
}
