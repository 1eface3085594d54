/**
 * What the viewer sees, state by state: each test puts one player in a state on a fixed frame
 * and compares its pixels with the committed baseline (test/visual/baselines/<name>.png).
 */
import { expect } from '@esm-bundle/chai';
import type { VideoPlayer } from '../../packages/video-player/src/video-player.ts';
import { nextEvent, unmountAll, until } from '../browser/player.ts';
import {
  command,
  describeVisual,
  mediumPlayerAt,
  expectScreenshot,
  frameAt,
  inner,
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

/** Clicks the `nth` menu item whose text is `text` (labels repeat across caption style groups). */
async function clickItem(player: VideoPlayer, text: string, nth = 0): Promise<void> {
  const items = [...shadow(player).querySelectorAll<HTMLElement>('.menu button')].filter(
    (item) => item.textContent.trim().toLowerCase() === text.toLowerCase(),
  );
  const item = items[nth];
  if (!item) throw new Error(`no menu item "${text}" #${String(nth)}`);
  item.click();
  await settle(player);
}

/** Shows the English subtitles and waits until the cue at the current time is active. */
async function englishCaptions(player: VideoPlayer): Promise<void> {
  await until(() => player.mediaState.textTracks.length > 0, 'subtitle tracks');
  click(player, '[data-menu=captions]');
  await settle(player);
  await clickItem(player, 'English');
  const track = [...inner(player).textTracks].find((t) => t.language === 'en');
  await until(() => (track?.activeCues?.length ?? 0) > 0, 'an active English cue');
  // A scripted click leaves a visible focus ring on the menu button, which (rightly) keeps the bar up.
  (shadow(player).activeElement as HTMLElement | null)?.blur();
  await settle(player);
}

/** Plays at rate 0: the player is playing (not paused) but the picture stays on one frame. */
async function playFrozen(player: VideoPlayer): Promise<void> {
  inner(player).playbackRate = 0;
  await player.play();
}

const idle = (player: VideoPlayer): boolean => !!shadow(player).querySelector('.ui.idle');

/** A 320 × 180 picture drawn by `draw`, as a PNG data: URL. */
function picture(draw: (context: CanvasRenderingContext2D) => void): string {
  const canvas = Object.assign(document.createElement('canvas'), { width: 320, height: 180 });
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  draw(context);
  return canvas.toDataURL('image/png');
}

/** A flat bright picture, the worst case for a pale control over a poster. */
const brightPoster = (): string =>
  picture((context) => {
    context.fillStyle = '#f4f1e8';
    context.fillRect(0, 0, 320, 180);
  });

/** Diagonal stripes: a picture no frame of the video looks like. */
const stripedPoster = (): string =>
  picture((context) => {
    for (let stripe = 0; stripe < 13; stripe += 1) {
      const x = stripe * 40 - 180;
      context.fillStyle = stripe % 2 ? '#2b6cb0' : '#f6ad55';
      context.beginPath();
      context.moveTo(x, 180);
      context.lineTo(x + 180, 0);
      context.lineTo(x + 220, 0);
      context.lineTo(x + 40, 180);
      context.fill();
    }
  });

describeVisual('visual: <video-player>', unmountAll, () => {
  for (const [size, dimensions] of Object.entries(SIZES)) {
    it(`paused on a frame, controls shown: ${size}`, async () => {
      const player = await sizedPlayer(dimensions);
      await frameAt(player, 4);
      await expectScreenshot(`paused-${size}`);
    });
  }

  it('volume at 50 %: the slider shows its track and level', async () => {
    const player = await mediumPlayerAt(4);
    player.volume = 0.5;
    await settle(player);
    await expectScreenshot('volume-50');
  });

  it('volume at 0 %', async () => {
    const player = await mediumPlayerAt(4);
    player.volume = 0;
    await settle(player);
    await expectScreenshot('volume-0');
  });

  it('muted', async () => {
    const player = await sizedPlayer(SIZES.medium, { muted: true });
    await frameAt(player, 4);
    await expectScreenshot('muted');
  });

  it('controls hide after playback starts without any pointer or keyboard input', async () => {
    const player = await mediumPlayerAt(4);
    await playFrozen(player);
    await until(() => idle(player), 'the controls to hide', 6000);
    await settle(player);
    await expectScreenshot('playing-idle');
  });

  it('captions on, default style: a readable box above the control bar', async () => {
    const player = await mediumPlayerAt(4.5);
    await englishCaptions(player);
    await expectScreenshot('captions-default');
  });

  it('captions with the bar hidden sit at the bottom', async () => {
    const player = await mediumPlayerAt(4.5);
    await englishCaptions(player);
    await playFrozen(player);
    await until(() => idle(player), 'the controls to hide', 6000);
    await settle(player);
    await expectScreenshot('captions-idle');
  });

  it('captions in a custom style: large yellow on transparent, with an outline', async () => {
    const player = await mediumPlayerAt(4.5);
    await englishCaptions(player);
    click(player, '[data-menu=captions]');
    await settle(player);
    await clickItem(player, 'Caption style…');
    await clickItem(player, '150%');
    await clickItem(player, 'yellow');
    await clickItem(player, '0%');
    await clickItem(player, 'outline');
    click(player, '[data-menu=captions]');
    await settle(player);
    await expectScreenshot('captions-yellow-outline');
  });

  it('captions in a custom style: small serif on white', async () => {
    const player = await mediumPlayerAt(4.5);
    await englishCaptions(player);
    click(player, '[data-menu=captions]');
    await settle(player);
    await clickItem(player, 'Caption style…');
    await clickItem(player, '75%');
    await clickItem(player, 'black', 0);
    await clickItem(player, 'white', 1);
    await clickItem(player, '100%');
    await clickItem(player, 'serif');
    click(player, '[data-menu=captions]');
    await settle(player);
    await expectScreenshot('captions-black-on-white');
  });

  it('the captions menu open', async () => {
    const player = await mediumPlayerAt(4);
    await until(() => player.mediaState.textTracks.length > 0, 'subtitle tracks');
    click(player, '[data-menu=captions]');
    await settle(player);
    await expectScreenshot('menu-captions');
  });

  it('the playback rate menu open', async () => {
    const player = await mediumPlayerAt(4);
    click(player, '[data-menu=rate]');
    await settle(player);
    await expectScreenshot('menu-rate');
  });

  it('the centre play disc stays visible over a bright poster when hovered', async () => {
    const player = await sizedPlayer(SIZES.medium, { preload: 'none', poster: brightPoster() });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await command('hover', { selector: 'video-player' });
    await settle(player);
    expect(shadow(player).querySelector('.center-play')).to.exist;
    await expectScreenshot('center-play-bright-poster');
  });

  it("a page's own poster in the poster slot, over the player until playback starts", async () => {
    const player = await sizedPlayer(SIZES.medium, { preload: 'none' });
    const image = Object.assign(document.createElement('img'), { slot: 'poster', alt: '', src: stripedPoster() });
    player.append(image);
    await image.decode();
    await until(() => !inner(player).hasAttribute('poster'), 'the derived poster to step aside');
    await settle(player);
    await expectScreenshot('poster-slot');
  });

  it('the error overlay: the bar shows nothing that is not true', async () => {
    const player = await sizedPlayer(SIZES.medium, { 'playback-id': 'no-such-id', 'min-resolution': false });
    await until(() => !!player.error, 'an error');
    await settle(player);
    await expectScreenshot('error');
  });

  it('right-to-left locale (Arabic)', async () => {
    const player = await sizedPlayer(SIZES.medium, { lang: 'ar' });
    await frameAt(player, 4);
    await until(() => shadow(player).querySelector('.ui')?.getAttribute('dir') === 'rtl', 'the Arabic strings');
    await settle(player);
    await expectScreenshot('rtl-ar');
  });

  it('audio only', async () => {
    const player = await sizedPlayer([640, 56], { 'playback-id': 'audio-only', 'min-resolution': false, audio: true });
    player.style.height = '';
    await until(() => inner(player).readyState >= 1, 'metadata');
    await settle(player);
    await expectScreenshot('audio-only');
  });

  for (const [theme, size] of [
    ['classic', SIZES.medium],
    ['minimal', SIZES.medium],
    ['microvideo', SIZES.portrait],
    ['news', SIZES.medium],
  ] as const) {
    it(`theme="${theme}"`, async () => {
      const player = await sizedPlayer(size);
      const applied = nextEvent(player, 'themechange');
      player.setAttribute('theme', theme);
      await applied;
      await frameAt(player, 4);
      await expectScreenshot(`theme-${theme}`);
    });
  }

  it('keyboard focus ring on the play button', async () => {
    const player = await mediumPlayerAt(4);
    click(player, '.gesture');
    player.focus();
    shadow(player).querySelector<HTMLElement>('.ui')?.focus();
    // The time slider comes first in the tab order, then the play button.
    for (let step = 0; step < 5 && !shadow(player).activeElement?.part.contains('play-button'); step += 1) {
      await command('press', { key: 'Tab' });
    }
    expect(shadow(player).activeElement?.part.contains('play-button')).to.equal(true);
    await settle(player);
    await expectScreenshot('focus-play');
  });
});
