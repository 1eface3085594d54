import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../packages/video-player/src/define.ts';

interface Args {
  playbackId: string;
  domain: string;
  lang: string;
  title: string;
  audio: boolean;
  primaryColor: string;
  accentColor: string;
  nohotkeys: boolean;
}

/**
 * `<video-player>` with its controls, against the local media origin: run `npm run origin`
 * (port 4000) beside Storybook.
 */
const meta: Meta<Args> = {
  title: 'Player/<video-player>',
  args: {
    playbackId: 'vod',
    domain: 'localhost:4000',
    lang: 'en',
    title: 'Big Buck Bunny (fixture)',
    audio: false,
    primaryColor: '',
    accentColor: '',
    nohotkeys: false,
  },
  argTypes: {
    playbackId: { control: 'select', options: ['vod', 'vod-fmp4', 'audio-only', 'live', 'live-dvr', 'missing'] },
    lang: { control: 'select', options: ['en', 'es', 'fr', 'de', 'ja', 'ar'] },
    primaryColor: { control: 'color' },
    accentColor: { control: 'color' },
  },
  render: (args) =>
    html`<video-player
      playback-id=${args.playbackId}
      custom-domain=${args.domain}
      lang=${args.lang}
      video-title=${args.title || nothing}
      primary-color=${args.primaryColor || nothing}
      accent-color=${args.accentColor || nothing}
      ?audio=${args.audio}
      ?nohotkeys=${args.nohotkeys}
      disable-tracking
      muted
      style="width: min(100%, 720px)"
    ></video-player>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const Live: Story = { args: { playbackId: 'live', title: 'Live (sliding window)' } };
export const LiveDvr: Story = { args: { playbackId: 'live-dvr', title: 'Live with DVR' } };
export const AudioOnly: Story = { args: { playbackId: 'audio-only', audio: true, title: 'Audio only' } };
export const ErrorState: Story = { args: { playbackId: 'missing', title: 'A playback ID that does not exist' } };
export const RightToLeft: Story = { args: { lang: 'ar', title: 'عرض تجريبي' } };
export const Themed: Story = { args: { primaryColor: '#ffe08a', accentColor: '#ff7a00' } };
