/**
 * The ad break as the viewer sees it: `<ad-layer>` with the origin's stand-in IMA SDK playing
 * a skippable pre-roll over the player, paused on a fixed frame of the creative, with the player's
 * control bar over it: play, mute, volume and fullscreen, and the time slider showing the ad's
 * progress (disabled); no content-only control, and no second play button on the ad state.
 */
import '../../packages/ad-layer/src/define.ts';
import type { AdLayer } from '../../packages/ad-layer/src/ad-layer.ts';
import { originUrl, resetOrigin } from '../browser/origin.ts';
import { nextEvent, unmountAll, until } from '../browser/player.ts';
import { command, expectScreenshot, settle, SIZES, sizedPlayer } from './visual.ts';

let layer: AdLayer | undefined;

describe('visual: <ad-layer>', function () {
  this.timeout(60_000);

  before(async () => {
    await command('setup');
  });
  beforeEach(async () => {
    await command('mouse-move', { x: 999, y: 699 });
  });
  afterEach(async () => {
    layer?.remove();
    layer = undefined;
    unmountAll();
    await resetOrigin();
  });

  it('a skippable pre-roll, paused 1.2 s in: label, countdown, skip wait and the player paused under it', async () => {
    const player = await sizedPlayer(SIZES.medium, { muted: true, preload: 'auto' });
    layer = document.createElement('ad-layer');
    layer.setAttribute('sdk-src', originUrl('ads', '/ima3.js'));
    layer.setAttribute('ad-tag-url', originUrl('ads', '/vast/preroll.xml?skipoffset=2'));
    // Generous: a cold first SDK load on a busy machine must not look like an ad server that never answered.
    layer.setAttribute('ad-timeout', '15000');
    player.replaceWith(layer);
    layer.append(player);
    await layer.updateComplete;
    const started = nextEvent(layer, 'adstart');
    void player.play().catch(() => undefined);
    await started;
    const adVideo = (): HTMLVideoElement | null =>
      player.querySelector<HTMLElement>('[data-ad-layer]')?.querySelector('video') ?? null;
    await until(() => (adVideo()?.currentTime ?? 0) > 0.3, 'the ad to play');
    player.pause();
    await until(() => adVideo()?.paused === true && player.hasAttribute('ad-paused'), 'the ad to pause');
    const video = adVideo();
    if (!video) throw new Error('no ad video');
    const presented = new Promise<void>((resolve) => video.requestVideoFrameCallback(() => resolve()));
    video.currentTime = 1.2;
    await presented;
    const surface = player.querySelector<HTMLElement>('[data-ad-layer]')?.shadowRoot;
    await until(
      () => surface?.querySelector('.countdown')?.textContent === '0:02' && !!surface.querySelector('.skip-wait'),
      'the countdown and the skip wait at 1.2 s',
    );
    await until(() => player.shadowRoot?.querySelector('button.play')?.getAttribute('aria-label') === 'Play', 'play');
    // The viewer's pointer over the picture (clear of every control): the bar shows over the paused ad.
    const box = player.getBoundingClientRect();
    await command('mouse-move', { x: Math.round(box.left + 40), y: Math.round(box.top + 40) });
    await until(() => !player.shadowRoot?.querySelector('.ui')?.classList.contains('idle'), 'the controls shown');
    await settle(player);
    await expectScreenshot('ad-preroll-paused');
    // The ad's progress takes focus (a screen reader hears it) and shows the ring; Shift+Tab from play reaches it.
    player.shadowRoot?.querySelector<HTMLElement>('.bar button.play')?.focus();
    await command('press', { key: 'Shift+Tab' });
    await settle(player);
    await expectScreenshot('focus-ad-time-slider', 'video-player .bar');
  });
});
