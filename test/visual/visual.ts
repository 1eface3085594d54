/** Helpers for visual tests: a player at a fixed size on a deterministic frame, and the screenshot match. */
import { executeServerCommand } from '@web/test-runner-commands';
import type { VideoPlayer } from '../../packages/video-player/src/video-player.ts';
import { mountPlayer, until } from '../browser/player.ts';

interface MatchResult {
  ok: boolean;
  message?: string;
}

/**
 * Compares `selector`'s pixels with the baseline `name`; throws with the diff's path on a
 * mismatch. `maxDiffRatio` widens the suite's tolerance for one state that needs it (say why).
 */
export async function expectScreenshot(name: string, selector = 'video-player', maxDiffRatio?: number): Promise<void> {
  const result = await executeServerCommand<MatchResult, { name: string; selector: string; maxDiffRatio?: number }>(
    'visual:match',
    { name, selector, maxDiffRatio },
  );
  if (!result.ok) throw new Error(result.message ?? `visual:match ${name} failed`);
}

export const command = (name: string, payload?: unknown): Promise<unknown> =>
  executeServerCommand(`visual:${name}`, payload);

/**
 * A visual suite: the browser set up once, the pointer parked away from the element before each
 * state (hover styles would differ), `cleanup` after each.
 */
export function describeVisual(title: string, cleanup: () => unknown, body: () => void): void {
  describe(title, function () {
    this.timeout(60_000);
    before(() => command('setup'));
    beforeEach(() => command('mouse-move', { x: 999, y: 699 }));
    afterEach(cleanup);
    body();
  });
}

export const SIZES = {
  large: [960, 540],
  medium: [640, 360],
  small: [480, 270],
  tiny: [320, 180],
  portrait: [360, 640],
} as const;

/**
 * A player of `size` on one rendition (so every run decodes the same pictures), with analytics
 * and preferences off so nothing from another test leaks in.
 */
export async function sizedPlayer(
  size: readonly [number, number],
  attributes: Record<string, string | boolean> = {},
): Promise<VideoPlayer> {
  const player = await mountPlayer({
    'playback-id': 'vod',
    'min-resolution': '720p',
    'disable-tracking': true,
    'no-preferences': true,
    ...attributes,
  });
  player.style.width = `${size[0]}px`;
  player.style.height = `${size[1]}px`;
  player.style.setProperty('--video-player-aspect-ratio', 'auto');
  await player.updateComplete;
  return player;
}

const video = (player: VideoPlayer): HTMLVideoElement => {
  const media = player.shadowRoot?.querySelector('video');
  if (!media) throw new Error('no <video>');
  return media;
};

/** Seeks to `seconds` and waits until that frame is the one on screen. */
export async function presentFrame(player: VideoPlayer, seconds: number): Promise<void> {
  const media = video(player);
  // The first picture is on screen before the seek, so the next presented frame is the seek's.
  await until(() => media.readyState >= 2, 'a first frame');
  await new Promise((resolve) => setTimeout(resolve, 100));
  const presented = new Promise<number>((resolve) =>
    media.requestVideoFrameCallback((_now, frame) => resolve(frame.mediaTime)),
  );
  player.currentTime = seconds;
  const shown = await Promise.race([
    presented,
    new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`no frame at ${String(seconds)} s`)), 20_000)),
  ]);
  if (Math.abs(shown - seconds) > 0.5)
    throw new Error(`the frame on screen is at ${String(shown)} s, not ${String(seconds)} s`);
  await until(() => !media.seeking && media.readyState >= 2, `a frame at ${String(seconds)} s`);
}

/** Waits for the frame at `seconds` to be on screen, with everything buffered so the buffered bar is full. */
export async function frameAt(player: VideoPlayer, seconds: number): Promise<void> {
  const media = video(player);
  await presentFrame(player, seconds);
  await until(() => {
    const { buffered, duration } = media;
    return buffered.length > 0 && buffered.end(buffered.length - 1) >= duration - 0.25;
  }, 'the whole video buffered');
  // Subtitles that start on (AUTOSELECT in this browser's language) arrive on their own schedule.
  const tracks = (): string =>
    [...media.textTracks].map((track) => `${track.label} ${track.mode} ${String(track.cues?.length)} cues`).join('; ');
  const subtitleRequests = (): string =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => /subtitles|\.vtt/.test(entry.name))
      .map((entry) => new URL(entry.name).pathname)
      .slice(-4)
      .join(' ');
  await until(
    () => [...media.textTracks].every((track) => track.mode !== 'showing' || (track.cues?.length ?? 0) > 0),
    'the cues of the showing subtitles',
    // Generous: on a cold first state the subtitle segments can come well after the video's.
    40_000,
  ).catch((error: unknown) => {
    // What a failure needs to be understood: each track's state and the last subtitle requests.
    throw new Error(`${String(error)} (tracks: ${tracks()}; requests: ${subtitleRequests()})`);
  });
  await settle(player);
}

/** A medium player paused on the frame at `seconds`, controls shown: where most states start. */
export async function mediumPlayerAt(seconds: number): Promise<VideoPlayer> {
  const player = await sizedPlayer(SIZES.medium);
  await frameAt(player, seconds);
  return player;
}

/** Two animation frames after the element's last update, so styles and layout are final. */
export async function settle(player: VideoPlayer): Promise<void> {
  await player.updateComplete;
  // The first menu to open renders once the menus' code has loaded.
  const root = player.shadowRoot;
  await until(() => !root?.querySelector('[aria-expanded=true]') || !!root.querySelector('.menu'), 'the open menu');
  await player.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

export const inner = video;
