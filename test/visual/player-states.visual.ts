/**
 * More of what the viewer sees: the storyboard preview, every menu, full volume, buffering,
 * live at and behind the edge, and the keyboard focus ring on each control. Each state waits
 * for a concrete condition (a presented frame, a decoded storyboard tile, the origin's live
 * clock stopped at a fixed moment) before its screenshot.
 */
import type { VideoPlayer } from '../../packages/video-player/src/video-player.ts';
import { addFault, resetOrigin, setOriginClock } from '../browser/origin.ts';
import { nextEvent, unmountAll, until } from '../browser/player.ts';
import {
  command,
  describeVisual,
  mediumPlayerAt,
  expectScreenshot,
  frameAt,
  inner,
  presentFrame,
  settle,
  SIZES,
  sizedPlayer,
} from './visual.ts';

const shadow = (player: VideoPlayer): ShadowRoot => {
  if (!player.shadowRoot) throw new Error('no shadow root');
  return player.shadowRoot;
};

function click(player: VideoPlayer, selector: string): void {
  const element = shadow(player).querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`nothing matches ${selector}`);
  element.click();
}

async function openMenu(player: VideoPlayer, name: string): Promise<void> {
  click(player, `[data-menu=${name}]`);
  await until(() => !!shadow(player).querySelector('.menu'), `the ${name} menu`);
  await settle(player);
}

/** Plays at rate 0: the player is playing (not paused) but the picture stays on one frame. */
async function playFrozen(player: VideoPlayer): Promise<void> {
  inner(player).playbackRate = 0;
  await player.play();
}

/** Seconds from the start of the seekable range to its live edge. */
const liveEdge = (player: VideoPlayer): number => {
  const { seekable } = inner(player);
  return seekable.length ? seekable.end(seekable.length - 1) : 0;
};

const timeRanges = (ranges: TimeRanges): [number, number][] =>
  Array.from({ length: ranges.length }, (_, index) => [ranges.start(index), ranges.end(index)]);

/**
 * A live player on a playlist that stands still (the origin's clock is stopped 40 s after its
 * start), showing the frame `behind` seconds before the edge with the window buffered.
 */
async function liveAt(playbackId: string, behind: number): Promise<VideoPlayer> {
  await setOriginClock(40_000);
  const player = await sizedPlayer(SIZES.medium, {
    'playback-id': playbackId,
    // One rendition, so every run decodes the same pictures.
    'min-resolution': '540p',
    preload: 'auto',
  });
  await nextEvent(player, 'streamtypechange', () => player.streamType === 'live');
  const media = inner(player);
  await until(() => media.readyState >= 2 && liveEdge(player) > behind + 2, 'the live window');
  // The edge moves a fraction of a frame until the segments up to it are in, so the seek
  // target is taken after that.
  await until(() => {
    const { buffered } = media;
    return buffered.length > 0 && buffered.end(buffered.length - 1) >= liveEdge(player) - 0.25;
  }, 'the segments up to the edge');
  await presentFrame(player, liveEdge(player) - behind);
  // One buffered range from the frame on screen to the edge, in the media and in the state the
  // rail draws from (which updates on `progress` events).
  const covered = (ranges: readonly (readonly [number, number])[]): boolean =>
    ranges.some(([start, end]) => start <= media.currentTime + 0.05 && end >= liveEdge(player) - 0.25);
  await until(() => covered(timeRanges(media.buffered)), 'the live window buffered');
  await until(() => covered(player.mediaState.buffered), 'the buffered range on the rail');
  await playFrozen(player);
  await settle(player);
  return player;
}

async function cleanUp(): Promise<void> {
  unmountAll();
  await resetOrigin();
}

describeVisual('visual: <video-player> states', cleanUp, () => {
  it('the time slider hovered: the storyboard tile and the time there', async () => {
    const player = await mediumPlayerAt(4);
    const timeline = shadow(player).querySelector<HTMLElement>('.timeline');
    if (!timeline) throw new Error('no time slider');
    const width = timeline.getBoundingClientRect().width;
    await command('hover', { selector: 'video-player .timeline', position: { x: Math.round(width * 0.75), y: 6 } });
    await until(() => {
      const tile = shadow(player).querySelector('storyboard-preview')?.shadowRoot?.querySelector('[part=tile]');
      return !!tile;
    }, 'the storyboard tile');
    await settle(player);
    await expectScreenshot('storyboard-hover');
  });

  it('volume at 100 %', async () => {
    const player = await mediumPlayerAt(4);
    player.volume = 1;
    await settle(player);
    await expectScreenshot('volume-100');
  });

  it('the audio track menu open', async () => {
    const player = await mediumPlayerAt(4);
    await until(() => player.mediaState.audioTracks.length > 1, 'the alternate audio track');
    await openMenu(player, 'audio');
    await expectScreenshot('menu-audio');
  });

  it('the quality menu open, a fixed rendition chosen', async () => {
    const player = await sizedPlayer(SIZES.medium, { 'min-resolution': false });
    await until(() => player.mediaState.renditions.length > 1, 'the renditions');
    await openMenu(player, 'quality');
    const item = [...shadow(player).querySelectorAll<HTMLElement>('.menu button')].find(
      (button) => button.textContent.trim() === '720p',
    );
    if (!item) throw new Error('no 720p item');
    item.click();
    await frameAt(player, 4);
    await until(() => inner(player).videoHeight === 720, 'the 720p rendition on screen');
    await frameAt(player, 4);
    await openMenu(player, 'quality');
    await expectScreenshot('menu-quality');
  });

  it('the caption style menu open', async () => {
    const player = await mediumPlayerAt(4);
    await until(() => player.mediaState.textTracks.length > 0, 'subtitle tracks');
    await openMenu(player, 'captions');
    const item = [...shadow(player).querySelectorAll<HTMLElement>('.menu button')].find((button) =>
      button.textContent.trim().startsWith('Caption style'),
    );
    if (!item) throw new Error('no caption style item');
    item.click();
    await settle(player);
    await expectScreenshot('menu-caption-style');
  });

  it('buffering: the picture holds while the next segments are on their way', async () => {
    // The origin holds the 720p segments after 6 s, so a seek there waits. The fMP4 asset's
    // segments are fetched by no other test, so none of them is in the browser's cache.
    await addFault({ host: 'stream', pathPattern: '^/vod-fmp4/media/video/720p/[345]\\.', delayMs: 30_000, times: 10 });
    const player = await sizedPlayer(SIZES.medium, { 'playback-id': 'vod-fmp4', preload: 'auto' });
    const media = inner(player);
    await until(() => media.readyState >= 2, 'a first frame');
    // Not 4.0: a cue ends and the next begins there, so both would show.
    await presentFrame(player, 4.5);
    await until(() => media.buffered.length > 0 && media.buffered.end(0) >= 5.9, 'the first three segments');
    await playFrozen(player);
    player.currentTime = 9;
    await until(() => !!shadow(player).querySelector('.loading'), 'the loading indicator');
    // Playback started without input, so the bar hides; the screenshot waits for that.
    await until(() => !!shadow(player).querySelector('.ui.idle'), 'the controls to hide', 6000);
    await settle(player);
    await expectScreenshot('buffering');
  });

  it('live, at the edge', async () => {
    const player = await liveAt('live', 3);
    await until(() => player.mediaState.atLiveEdge, 'the live edge');
    await expectScreenshot('live');
  });

  it('live with DVR, 12 s behind the edge', async () => {
    const player = await liveAt('live-dvr', 12);
    await until(() => player.mediaState.dvr && !player.mediaState.atLiveEdge, 'the DVR window, behind the edge');
    // The slider's end is hls.js's live sync position, which lands a few hundredths of a second
    // apart from run to run: the thumb and the played bar's end may move by a pixel or two (60 to
    // 150 pixels of antialiasing, seen in CI runs); a missing thumb or bar is thousands.
    await expectScreenshot('live-dvr-behind', 'video-player', 0.001);
  });

  it('the keyboard focus ring on each control of the bar', async () => {
    const player = await mediumPlayerAt(4);
    click(player, '.gesture');
    player.pause();
    shadow(player).querySelector<HTMLElement>('.ui')?.focus();
    const seen = new Set<string>();
    for (let step = 0; step < 20; step += 1) {
      await command('press', { key: 'Tab' });
      await settle(player);
      const focused = shadow(player).activeElement;
      // The first part name is ours (Mux Player's follow it).
      const name = focused?.getAttribute('part')?.split(' ')[0];
      if (!focused || !name || seen.has(name)) break;
      seen.add(name);
      await expectScreenshot(`focus-${name}`, 'video-player .bar');
    }
    if (seen.size < 8) throw new Error(`only ${String(seen.size)} controls took focus: ${[...seen].join(', ')}`);
  });
});
