import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/storyboard-preview/src/define.ts';

interface Args {
  playbackId: string;
  domain: string;
  format: 'vtt' | 'json';
  time: number;
}

/**
 * `<storyboard-preview>` on its own: the tile for `time`, here driven by hovering a thumbnail
 * card. Run `npm run origin` (port 4000) beside Storybook.
 */
const meta: Meta<Args> = {
  title: 'Player/<storyboard-preview>',
  args: { playbackId: 'vod', domain: 'localhost:4000', format: 'vtt', time: 5 },
  argTypes: {
    format: { control: 'inline-radio', options: ['vtt', 'json'] },
    time: { control: { type: 'range', min: 0, max: 12, step: 0.1 } },
  },
  render: ({ playbackId, domain, format, time }) =>
    html`<storyboard-preview
      playback-id=${playbackId}
      custom-domain=${domain}
      format=${format}
      time=${time}
    ></storyboard-preview>`,
};
export default meta;

type Story = StoryObj<Args>;

export const AtTime: Story = {};

/** Hover scrubbing on a card: the pointer's position across the card picks the time. */
export const HoverCard: Story = {
  render: ({ playbackId, domain }) =>
    html`<figure
      style="width: 256px; margin: 0; font: 14px system-ui"
      @pointermove=${(event: PointerEvent) => {
        const card = event.currentTarget as HTMLElement;
        const preview = card.querySelector('storyboard-preview');
        const rect = card.getBoundingClientRect();
        if (preview) preview.time = ((event.clientX - rect.left) / rect.width) * 12;
      }}
    >
      <storyboard-preview playback-id=${playbackId} custom-domain=${domain}></storyboard-preview>
      <figcaption>Hover to scrub</figcaption>
    </figure>`,
};
