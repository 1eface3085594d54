import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/storyboard-preview/src/define.ts';
import { ORIGIN_DOMAIN } from './origin.ts';
import { argTypesFor } from './manifest.ts';

/** Marks a preview loaded (or failed), so the story test knows the storyboard request ended. */
const markLoaded = (event: Event): void => {
  (event.currentTarget as Element).setAttribute('data-loaded', '');
};
const markFailed = (event: Event): void => {
  (event.currentTarget as Element).setAttribute('data-error', '');
};

interface Args {
  playbackId: string;
  format: 'vtt' | 'json';
  time: number;
}

/**
 * `<storyboard-preview>` on its own: the tile for `time`, here driven by hovering a thumbnail
 * card, against the local media origin (`npm run storybook` starts it).
 */
const meta: Meta<Args> = {
  title: 'Player/<storyboard-preview>',
  args: { playbackId: 'vod', format: 'vtt', time: 5 },
  parameters: { check: { ready: { selector: 'storyboard-preview[data-loaded]' } } },
  argTypes: argTypesFor('storyboard-preview', ['playbackId', 'format', 'time'], {
    format: { control: 'inline-radio', options: ['vtt', 'json'] },
    time: { control: { type: 'range', min: 0, max: 12, step: 0.1 } },
  }),
  render: ({ playbackId, format, time }) =>
    html`<storyboard-preview
      @load=${markLoaded}
      @storyboarderror=${markFailed}
      playback-id=${playbackId}
      custom-domain=${ORIGIN_DOMAIN}
      format=${format}
      time=${time}
    ></storyboard-preview>`,
};
export default meta;

type Story = StoryObj<Args>;

export const AtTime: Story = {};

/** Hover scrubbing on a card: the pointer's position across the card picks the time. */
export const HoverCard: Story = {
  render: ({ playbackId }) =>
    html`<figure
      style="width: 256px; margin: 0; font: 14px system-ui"
      @pointermove=${(event: PointerEvent) => {
        const card = event.currentTarget as HTMLElement;
        const preview = card.querySelector('storyboard-preview');
        const rect = card.getBoundingClientRect();
        if (preview) preview.time = ((event.clientX - rect.left) / rect.width) * 12;
      }}
    >
      <storyboard-preview
        @load=${markLoaded}
        playback-id=${playbackId}
        custom-domain=${ORIGIN_DOMAIN}
      ></storyboard-preview>
      <figcaption>Hover to scrub</figcaption>
    </figure>`,
};

/** A playback ID without a storyboard: `storyboarderror` fires with a non-fatal `PlayerError` (category `storyboard`). */
export const ErrorMissing: Story = {
  args: { playbackId: 'missing' },
  parameters: {
    check: { ready: { selector: 'storyboard-preview[data-error]' }, expectedConsoleErrors: ['status of 404'] },
  },
};
