import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createElement, StrictMode, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { AdLayer, StoryboardPreview, VideoPlayer, VideoUploader } from '../packages/react/src/index.ts';
import type { StoryCheck } from '../.storybook/preview.ts';
import { createUploadUrl, ORIGIN_DOMAIN, originUrl } from './origin.ts';

/**
 * The React wrappers (`@videokit/react`). This Storybook uses the web-components renderer (one
 * Storybook cannot mix it with React's), so each story mounts its React tree with
 * `react-dom/client` into a container it returns; the previous story's root is unmounted first.
 */
let current: Root | undefined;

function mount(tree: ReactElement): HTMLElement {
  current?.unmount();
  const container = document.createElement('div');
  current = createRoot(container);
  current.render(createElement(StrictMode, null, tree));
  return container;
}

const check = (value: StoryCheck): { check: StoryCheck } => ({ check: value });

const meta: Meta = {
  title: 'React/@videokit/react',
  parameters: check({ ready: 'metadata' }),
};
export default meta;

type Story = StoryObj;

/** `<VideoPlayer>` with camelCase props and an `onLoadedMetadata` callback. */
export const Player: Story = {
  render: () =>
    mount(
      createElement(VideoPlayer, {
        playbackId: 'vod',
        customDomain: ORIGIN_DOMAIN,
        videoTitle: 'React player',
        muted: true,
        disableTracking: true,
        style: { display: 'block', width: 640, aspectRatio: 16 / 9 },
      }),
    ),
};

/** `<StoryboardPreview>`. */
export const Storyboard: Story = {
  parameters: check({ ready: 'render' }),
  render: () => mount(createElement(StoryboardPreview, { playbackId: 'vod', customDomain: ORIGIN_DOMAIN, time: 6 })),
};

/** `<VideoUploader>` whose `endpoint` creates a direct upload on the origin. */
export const Uploader: Story = {
  parameters: check({ ready: { selector: 'video-uploader[state="idle"]' } }),
  render: () =>
    mount(createElement(VideoUploader, { endpoint: createUploadUrl, pausable: true, style: { maxWidth: 560 } })),
};

/** `<AdLayer>` around `<VideoPlayer>`: the pre-roll from the origin's stand-in SDK. */
export const Ads: Story = {
  parameters: check({ ready: { selector: 'video-player[ad-playing]' } }),
  render: () =>
    mount(
      createElement(
        AdLayer,
        { sdkSrc: originUrl('ads', '/ima3.js'), adTagUrl: originUrl('ads', '/vast/preroll.xml') },
        createElement(VideoPlayer, {
          playbackId: 'vod',
          customDomain: ORIGIN_DOMAIN,
          autoplay: 'muted',
          muted: true,
          disableTracking: true,
          style: { display: 'block', width: 640 },
        }),
      ),
    ),
};
