import type { Meta, StoryObj } from '@storybook/web-components-vite';
import Hls from 'hls.js';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { ORIGIN_DOMAIN } from './origin.ts';

interface Args {
  playbackId: string;
}

/** Attaches hls.js to the video once it is in the DOM, and tears it down when it leaves. */
function attach(playbackId: string) {
  let hls: Hls | undefined;
  return (element?: Element): void => {
    hls?.destroy();
    hls = undefined;
    if (!(element instanceof HTMLVideoElement)) return;
    const src = `http://stream.${ORIGIN_DOMAIN}/${playbackId}.m3u8`;
    if (!Hls.isSupported()) {
      element.src = src;
      return;
    }
    hls = new Hls();
    hls.loadSource(src);
    hls.attachMedia(element);
  };
}

/**
 * The local media origin as the elements will see it: a plain `<video>` with hls.js.
 * `npm run storybook` starts the origin beside Storybook.
 */
const meta: Meta<Args> = {
  title: 'Foundation/Media origin',
  args: { playbackId: 'vod' },
  argTypes: {
    playbackId: { control: 'select', options: ['vod', 'vod-fmp4', 'audio-only', 'live', 'live-dvr', 'live-ended'] },
  },
  render: ({ playbackId }) =>
    html`<video
      ${ref(attach(playbackId))}
      controls
      muted
      playsinline
      crossorigin="anonymous"
      aria-label=${`Playback ID ${playbackId}`}
      style="width: 640px; aspect-ratio: 16 / 9; background: #000"
    ></video>`,
};
export default meta;

export const OnDemand: StoryObj<Args> = {};
export const Live: StoryObj<Args> = { args: { playbackId: 'live' } };
