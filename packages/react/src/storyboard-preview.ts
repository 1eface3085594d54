import type { EventName } from '@lit/react';
import {
  StoryboardPreview as StoryboardPreviewElement,
  type StoryboardErrorEvent,
  type StoryboardLoadEvent,
} from '@videokit/storyboard-preview';
import { wrapElement } from './wrap.ts';

/** Every event `<storyboard-preview>` fires, by its React callback name. */
export const storyboardPreviewEvents = {
  onLoad: 'load' as EventName<StoryboardLoadEvent>,
  onStoryboardError: 'storyboarderror' as EventName<StoryboardErrorEvent>,
};

/** `<storyboard-preview>`: `playbackId` or `src`, `storyboardToken`, `time`; `onLoad`, `onStoryboardError`. */
export const StoryboardPreview = wrapElement({
  tagName: 'storyboard-preview',
  elementClass: StoryboardPreviewElement,
  events: storyboardPreviewEvents,
  displayName: 'StoryboardPreview',
});
