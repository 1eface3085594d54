import type { PlayerError } from '@videokit/core';
import type { Storyboard } from './tiles.ts';

/**
 * The metadata or the sheet could not be loaded or read; `detail` is a non-fatal `PlayerError`
 * (category `storyboard`) whose message says why, with any token redacted. Not named `error` and
 * not composed: a preview inside a player is optional, so its failure must not read as the
 * player's own `error`.
 */
export class StoryboardErrorEvent extends Event {
  static readonly type = 'storyboarderror';
  readonly detail: PlayerError;
  constructor(detail: PlayerError) {
    super(StoryboardErrorEvent.type);
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
