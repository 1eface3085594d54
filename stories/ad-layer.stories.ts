import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/video-player/src/define.ts';
import '../packages/ad-layer/src/define.ts';
import type { StoryCheck } from '../.storybook/preview.ts';
import { argTypesFor } from './manifest.ts';
import { ORIGIN_DOMAIN, originUrl } from './origin.ts';

interface Args {
  adTagUrl: string;
  adBreakTimes: string;
  allowAdBlocker: boolean;
}

const check = (value: StoryCheck): { check: StoryCheck } => ({ check: value });

/**
 * `<ad-layer>` around a `<video-player>`, with the origin's stand-in for the IMA SDK
 * (`ads.localhost/ima3.js`) and its VAST/VMAP tags. The player autoplays muted, so the
 * pre-roll starts on its own.
 */
const meta: Meta<Args> = {
  title: 'Ads/<ad-layer>',
  args: { adTagUrl: originUrl('ads', '/vast/preroll.xml'), adBreakTimes: '', allowAdBlocker: false },
  argTypes: argTypesFor('ad-layer', ['adTagUrl', 'adBreakTimes', 'allowAdBlocker']),
  parameters: check({ ready: { selector: 'video-player[ad-playing]' } }),
  render: (args) =>
    html`<ad-layer
      sdk-src=${originUrl('ads', '/ima3.js')}
      ad-tag-url=${args.adTagUrl}
      ad-break-times=${args.adBreakTimes}
      ?allow-ad-blocker=${args.allowAdBlocker}
    >
      <video-player
        playback-id="vod"
        custom-domain=${ORIGIN_DOMAIN}
        video-title="Content after the ad"
        autoplay="muted"
        muted
        no-preferences
        disable-tracking
        style="display: block; width: 640px"
      ></video-player>
    </ad-layer>`,
};
export default meta;

type Story = StoryObj<Args>;

/** One linear pre-roll (VAST 4). */
export const PreRoll: Story = {};

/** A pod of two skippable ads: "Ad 1 of 2" and a skip button after 1 s. */
export const SkippablePod: Story = { args: { adTagUrl: originUrl('ads', '/vast/preroll.xml?ads=2&skipoffset=1') } };

/** VMAP: a pre-roll, a mid-roll at 5 s and a post-roll. */
export const Vmap: Story = { args: { adTagUrl: originUrl('ads', '/vmap.xml?breaks=start,5,end') } };

/** A tag without ads: the content plays. */
export const NoAds: Story = {
  args: { adTagUrl: originUrl('ads', '/vast/empty.xml') },
  parameters: check({ ready: 'metadata' }),
};
