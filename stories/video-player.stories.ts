import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { VideoPlayer } from '../packages/video-player/src/index.ts';
import '../packages/video-player/src/define.ts';
import type { StoryCheck } from '../.storybook/preview.ts';
import { argTypesFor } from './manifest.ts';
import { liveEncoder, mintToken, ORIGIN_DOMAIN, restartLiveEncoder } from './origin.ts';

interface Args {
  playbackId: string;
  videoTitle: string;
  poster?: string;
  lang: string;
  maxResolution: string;
  defaultSubtitlesLang: string;
  primaryColor: string;
  secondaryColor: string;
  accentColor: string;
  width: string;
  audio: boolean;
  muted: boolean;
  nohotkeys: boolean;
  defaultHiddenCaptions: boolean;
  theme: string;
}

interface Loaded {
  playbackToken?: string;
  drmToken?: string;
}

/** Mints the tokens a story needs before it renders, as an app's backend would. */
const tokens =
  (playbackId: string, { drm = false, expiresIn }: { drm?: boolean; expiresIn?: number } = {}) =>
  async (): Promise<Loaded> => ({
    playbackToken: await mintToken(playbackId, 'v', expiresIn),
    ...(drm ? { drmToken: await mintToken(playbackId, 'd', expiresIn) } : {}),
  });

const ARG_NAMES = [
  'playbackId',
  'videoTitle',
  'poster',
  'maxResolution',
  'defaultSubtitlesLang',
  'primaryColor',
  'secondaryColor',
  'accentColor',
  'audio',
  'muted',
  'nohotkeys',
  'defaultHiddenCaptions',
];

const check = (value: StoryCheck): { check: StoryCheck } => ({ check: value });

/** The browser's own line for a failed request, plus the player's message. */
const failedRequest = (status: number): string => `status of ${String(status)}`;

/**
 * `<video-player>` with its controls, against the local media origin (`npm run storybook` starts
 * both). Signed and DRM stories mint their tokens from the origin's control host.
 */
const meta: Meta<Args> = {
  title: 'Player/<video-player>',
  args: {
    playbackId: 'vod',
    videoTitle: 'Fixture clip',
    lang: '',
    maxResolution: '',
    defaultSubtitlesLang: '',
    primaryColor: '',
    secondaryColor: '',
    accentColor: '',
    width: '640px',
    audio: false,
    muted: true,
    nohotkeys: false,
    defaultHiddenCaptions: false,
    theme: '',
  },
  argTypes: argTypesFor('video-player', ARG_NAMES, {
    playbackId: {
      control: 'select',
      options: ['vod', 'vod-fmp4', 'audio-only', 'live', 'live-dvr', 'live-ended', 'live-not-started', 'missing'],
    },
    lang: {
      description: "lang: the controls' language",
      control: 'select',
      options: ['', 'en', 'es', 'fr', 'de', 'ja', 'ar'],
    },
    maxResolution: { control: 'select', options: ['', '270p', '360p', '480p', '540p', '720p', '1080p'] },
    defaultSubtitlesLang: { control: 'select', options: ['', 'en', 'fr'] },
    primaryColor: { control: 'color' },
    secondaryColor: { control: 'color' },
    accentColor: { control: 'color' },
    width: { description: 'CSS width of the element (not an attribute)' },
    theme: {
      description: "theme: the controls' layout (each loads on first use)",
      control: 'select',
      options: ['', 'classic', 'minimal', 'microvideo', 'news'],
    },
  }),
  parameters: check({ ready: 'metadata' }),
  render: (args, { loaded }) => {
    const { playbackToken, drmToken } = loaded as Loaded;
    return html`<video-player
      playback-id=${args.playbackId}
      custom-domain=${ORIGIN_DOMAIN}
      playback-token=${playbackToken ?? nothing}
      drm-token=${drmToken ?? nothing}
      poster=${args.poster ?? nothing}
      video-title=${args.videoTitle || nothing}
      lang=${args.lang || nothing}
      max-resolution=${args.maxResolution || nothing}
      default-subtitles-lang=${args.defaultSubtitlesLang || nothing}
      primary-color=${args.primaryColor || nothing}
      secondary-color=${args.secondaryColor || nothing}
      accent-color=${args.accentColor || nothing}
      ?audio=${args.audio}
      ?muted=${args.muted}
      ?nohotkeys=${args.nohotkeys}
      ?default-hidden-captions=${args.defaultHiddenCaptions}
      theme=${args.theme || nothing}
      no-preferences
      disable-tracking
      style=${`display: block; width: ${args.width}`}
    ></video-player>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A public playback ID: the playlist URL carries modifiers as query parameters. */
export const Public: Story = {};

/** fMP4 segments instead of MPEG-TS. */
export const PublicFmp4: Story = { args: { playbackId: 'vod-fmp4' } };

/** A signed playback ID with a freshly minted `playback-token` (aud `v`). */
export const Signed: Story = {
  args: { playbackId: 'signed-vod', videoTitle: 'Signed playback' },
  loaders: [tokens('signed-vod')],
};

/** ClearKey DRM: `playback-token` (aud `v`) and `drm-token` (aud `d`); the licence comes from the origin. */
export const ClearKeyDrm: Story = {
  args: { playbackId: 'vod-clearkey', videoTitle: 'ClearKey DRM' },
  loaders: [tokens('vod-clearkey', { drm: true })],
};

/** A live stream without DVR: a sliding window, the live badge, no seeking back. */
export const Live: Story = { args: { playbackId: 'live', videoTitle: 'Live' } };

/** A live stream with DVR (`EVENT` playlist): seek back within the window. */
export const LiveDvr: Story = { args: { playbackId: 'live-dvr', videoTitle: 'Live with DVR' } };

/** A live stream that has ended (`#EXT-X-ENDLIST`): plays as on demand. */
export const LiveEnded: Story = { args: { playbackId: 'live-ended', videoTitle: 'Ended live stream' } };

/**
 * A low-latency stream (parts, blocking reloads; no thumbnails, so `poster=""`), autoplaying muted; `action` is what its encoder
 * does two seconds after playback starts. Each state story has its own playback ID (its own
 * encoder), starts it fresh and restarts it when the story closes, so stories run side by side.
 */
const lowLatency = (playbackId: string, videoTitle: string, action?: { name: string; body?: object }): Story => ({
  args: { playbackId, videoTitle },
  beforeEach: async () => {
    if (!action) return undefined;
    await restartLiveEncoder(playbackId);
    return () => void restartLiveEncoder(playbackId);
  },
  render: (args) => {
    let driven = false;
    const drive = (): void => {
      if (driven || !action) return;
      driven = true;
      setTimeout(() => void liveEncoder(playbackId, action.name, action.body), 2000);
    };
    return html`<video-player
      playback-id=${playbackId}
      custom-domain=${ORIGIN_DOMAIN}
      video-title=${args.videoTitle}
      poster=""
      autoplay="muted"
      muted
      no-preferences
      disable-tracking
      style=${`display: block; width: ${args.width}`}
      @playing=${drive}
    ></video-player>`;
  },
});

/** Low-latency live (`live-ll`): about 1.5–2 s behind the encoder; it catches up by playback rate when it falls behind. */
export const LowLatencyLive: Story = lowLatency('live-ll', 'Low-latency live');

/** The encoder goes away: after 3 s without data the player says it is waiting for the stream, not a spinner. */
export const LowLatencyWaiting: Story = {
  ...lowLatency('live-ll-waiting', 'Waiting for the stream', { name: 'disconnect' }),
  parameters: check({ ready: 'metadata', expectedConsoleErrors: [failedRequest(503)] }),
};

/** The encoder goes away with a slate: the last frame, then the slate picture with silent audio, playing on. */
export const LowLatencySlate: Story = lowLatency('live-ll-slate', 'Slate', {
  name: 'disconnect',
  body: { slate: true },
});

/** The stream ends mid-playback (`EXT-X-ENDLIST`): it plays out what it has, fires `ended`, and shows as on demand. */
export const LowLatencyEnded: Story = lowLatency('live-ll-ended', 'Stream ended', { name: 'end' });

/** French subtitles on by default (`default-subtitles-lang="fr"`, sent as a playback modifier). */
export const Captions: Story = { args: { defaultSubtitlesLang: 'fr', videoTitle: 'Sous-titres' } };

/** Captions exist but start hidden. */
export const CaptionsHidden: Story = { args: { defaultHiddenCaptions: true } };

/** Two audio tracks (`en`, `fr`): the audio menu lists both; this story switches to French once they are known. */
export const AudioTracks: Story = {
  args: { videoTitle: 'Audio tracks' },
  render: (args, context) => {
    const selectFrench = (event: Event): void => {
      const player = event.target as VideoPlayer;
      const french = [...player.audioTracks].find((track) => track.language === 'fr');
      if (french && !french.enabled) player.selectAudioTrack(french.id);
    };
    return html`<div @trackschange=${selectFrench}>${meta.render?.(args, context)}</div>`;
  },
};

/** The audio-only layout (`poster=""`: an audio-only asset has no thumbnail to derive a poster from). */
export const AudioOnly: Story = {
  args: { playbackId: 'audio-only', audio: true, poster: '', videoTitle: 'Audio only' },
};

/** A small player: container queries drop the controls that do not fit. */
export const Small: Story = { args: { width: '280px' } };

/** A large player. */
export const Large: Story = { args: { width: '1080px' } };

/** Theme colours through attributes. */
export const Themed: Story = {
  args: { primaryColor: '#fff4d6', secondaryColor: '#1b1b3a', accentColor: '#ff7a00', videoTitle: 'Themed' },
};

/** Arabic: the controls are translated and laid out right to left. */
export const RightToLeft: Story = { args: { lang: 'ar', videoTitle: 'عرض تجريبي' } };

/** A playback ID the origin does not know: `404`, the error overlay names the mistake. */
export const ErrorNotFound: Story = {
  args: { playbackId: 'missing', videoTitle: 'Unknown playback ID' },
  parameters: check({ ready: 'error', expectedConsoleErrors: [failedRequest(404), '<video-player> .*missing'] }),
};

/** A live stream that has not started: `412`, the player says so and retries with backoff. */
export const ErrorNotLiveYet: Story = {
  args: { playbackId: 'live-not-started', videoTitle: 'Not live yet' },
  parameters: check({ ready: 'error', expectedConsoleErrors: [failedRequest(412)] }),
};

/** An expired `playback-token`: refused before any request, with the expiry time. */
export const ErrorExpiredToken: Story = {
  args: { playbackId: 'signed-vod', videoTitle: 'Expired token' },
  loaders: [tokens('signed-vod', { expiresIn: -3600 })],
  parameters: check({ ready: 'error', expectedConsoleErrors: ['<video-player> .*expired'] }),
};

/** A modifier value the platform does not accept (`max-resolution="999p"`): refused before any request. */
export const ErrorBadModifier: Story = {
  args: { maxResolution: '999p', videoTitle: 'Bad modifier' },
  parameters: check({ ready: 'error', expectedConsoleErrors: ['<video-player> .*max-resolution'] }),
};

/** `theme="classic"`: a solid bar under a flat time slider. */
export const ThemeClassic: Story = { args: { theme: 'classic', videoTitle: 'Classic theme' } };

/** `theme="minimal"`: play, time, a thin progress line, captions and fullscreen. */
export const ThemeMinimal: Story = { args: { theme: 'minimal', videoTitle: 'Minimal theme' } };

/** `theme="microvideo"`: for short, often portrait clips; a big centre play and a hairline progress. */
export const ThemeMicrovideo: Story = { args: { theme: 'microvideo', videoTitle: 'Microvideo theme', width: '360px' } };

/** `theme="news"`: for players in articles; a red accent, a black pill to start and an edge-to-edge progress line. */
export const ThemeNews: Story = { args: { theme: 'news', videoTitle: 'News theme' } };
