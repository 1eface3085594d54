import type { Preview } from '@storybook/web-components-vite';

/**
 * `parameters.check` tells test/storybook/stories.test.ts what a story must reach and which
 * console errors it expects; the decorator hands it to the page, where the test reads it.
 */
export interface StoryCheck {
  /**
   * `metadata`: every `<video-player>` reaches `loadedmetadata`; `error`: every player has an
   * error; a CSS selector: that element appears in the story root; `render` (default): rendered.
   */
  ready?: 'metadata' | 'error' | 'render' | { selector: string };
  /** Regular expressions (sources) for console errors this story causes on purpose. */
  expectedConsoleErrors?: string[];
  /** Milliseconds to wait for `ready` (default 15000). */
  timeout?: number;
}

declare global {
  interface Window {
    videokitStoryCheck?: StoryCheck & { id: string };
  }
}

const preview: Preview = {
  parameters: { layout: 'padded' },
  decorators: [
    (story, context) => {
      window.videokitStoryCheck = { ...(context.parameters.check as StoryCheck | undefined), id: context.id };
      return story();
    },
  ],
};

export default preview;
