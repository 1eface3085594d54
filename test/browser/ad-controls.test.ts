/**
 * The player's control bar during an ad break, as a viewer meets it: the time slider shows the
 * ad's progress and cannot seek, content-only controls step aside, the ad state does not repeat
 * the bar's play button, and the bar comes back when app code pauses the ad.
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { VideoPlayer } from '../../packages/video-player/src/video-player.ts';
import { adSurface, adVideo, barButton, cleanUpAdTest, clickOn, mountAdLayer, shown, startPlayback } from './ads.ts';
import { axeViolations } from './axe.ts';
import { originUrl } from './origin.ts';
import { innerVideo, nextEvent, until } from './player.ts';

/** The time sliders a viewer can see in the bar (the content's, or the one standing in for it). */
const visibleSliders = (player: VideoPlayer): HTMLElement[] =>
  [...(player.shadowRoot?.querySelectorAll<HTMLElement>('.bar [part~="time-slider"]') ?? [])].filter(shown);

/** The element with focus, through the player's shadow root. */
const focused = (player: VideoPlayer): Element | null => player.shadowRoot?.activeElement ?? null;

const seconds = (n: number): string => `${String(n)} second${n === 1 ? '' : 's'}`;

/** Buttons that act on the content only: none may show during the break. */
const CONTENT_ONLY = ['captions', 'audio', 'quality', 'rate', 'pip'];

describe('the control bar during an ad break', function () {
  this.timeout(60_000);

  afterEach(cleanUpAdTest);

  it('keeps the time slider, disabled, showing the ad’s progress; neither keys nor clicks seek', async () => {
    const { layer, player } = await mountAdLayer({ 'ad-tag-url': originUrl('ads', '/vast/preroll.xml') });
    startPlayback(player);
    await nextEvent(layer, 'adstart');
    await until(() => (adVideo(player)?.currentTime ?? 0) > 1, 'the ad plays past 1 s');
    player.pause();
    await until(() => adVideo(player)?.paused === true && player.hasAttribute('ad-paused'), 'the ad pauses');
    const slider = (): HTMLElement | undefined => visibleSliders(player)[0];
    await until(() => visibleSliders(player).length === 1, 'one time slider in the bar over the ad');
    const adTime = (): number => adVideo(player)?.currentTime ?? NaN;
    const expected = (): string => `Ad, ${seconds(Math.round(adTime()))} of ${seconds(3)}`;
    await until(() => slider()?.getAttribute('aria-valuetext') === expected(), 'the ad’s time in its value text');
    const ad = slider();
    if (!ad) throw new Error('no time slider');
    expect(ad.getAttribute('aria-disabled')).to.equal('true');
    expect(ad.getAttribute('aria-label')).to.equal('Seek');
    expect(Number(ad.getAttribute('aria-valuemax'))).to.be.closeTo(3, 0.1);
    expect(Number(ad.getAttribute('aria-valuenow'))).to.be.closeTo(adTime(), 0.3);
    // The played part of the rail is the ad's.
    const rail = ad.closest('[part~="time-range"]')?.querySelector('.rail')?.getBoundingClientRect();
    const played = ad.closest('[part~="time-range"]')?.querySelector('.progress')?.getBoundingClientRect();
    expect((played?.width ?? 0) / (rail?.width ?? 1)).to.be.closeTo(adTime() / 3, 0.1);
    expect(await axeViolations(player)).to.deep.equal([]);

    const contentTime = innerVideo(player).currentTime;
    const pausedAt = adTime();
    // Keys on it seek nothing, and Tab moves on.
    ad.focus();
    expect(focused(player)).to.equal(ad, 'the keyboard can reach it to hear the ad’s progress');
    for (const press of ['End', 'ArrowRight', 'PageUp', 'Home']) await sendKeys({ press });
    expect(innerVideo(player).currentTime).to.equal(contentTime);
    expect(adTime()).to.equal(pausedAt);
    expect(focused(player)).to.equal(ad);
    await sendKeys({ press: 'Tab' });
    expect(focused(player)).to.not.equal(ad, 'Tab leaves it');
    // A click near its end seeks nothing either.
    await clickOn(ad, 0.9);
    expect(innerVideo(player).currentTime).to.equal(contentTime);
    expect(adTime()).to.equal(pausedAt);
    expect(player.paused).to.equal(true, 'the click did not resume the ad either');

    // After the break the content's own slider is back.
    const ended = nextEvent(layer, 'adbreakend');
    await player.play();
    await ended;
    await until(() => visibleSliders(player)[0]?.getAttribute('aria-disabled') !== 'true', 'the content’s slider');
    expect(visibleSliders(player)).to.have.length(1);
    expect(visibleSliders(player)[0]?.getAttribute('aria-valuetext')).to.match(/ of 12 seconds$/);
  });

  it('hides the content’s captions, audio, quality, speed and picture-in-picture during the break, and brings them back', async () => {
    const { layer, player } = await mountAdLayer(
      { 'ad-tag-url': originUrl('ads', '/vast/preroll.xml'), 'ad-break-times': '1' },
      { 'playback-id': 'vod' },
    );
    const contentOnly = (): boolean[] =>
      CONTENT_ONLY.map((name) => shown(player.shadowRoot?.querySelector(`.bar button.${name}`)));
    startPlayback(player);
    await until(() => contentOnly().every(Boolean), 'the content’s menus and picture-in-picture on the bar');
    // The viewer has the speed menu open when the mid-roll starts.
    const breakStart = nextEvent(layer, 'adbreakstart');
    await clickOn(barButton(player, 'rate'));
    await until(() => shown(player.shadowRoot?.querySelector('.menu')), 'the speed menu');
    await breakStart;
    await nextEvent(layer, 'adstart');
    await until(() => contentOnly().every((visible) => !visible), 'no content-only control on the bar');
    expect(player.shadowRoot?.querySelector('.menu')).to.equal(null, 'the open menu closed');
    expect(focused(player)).to.equal(barButton(player, 'play'), 'focus went from the menu to the play button');
    for (const name of ['play', 'mute', 'fullscreen']) expect(shown(barButton(player, name))).to.equal(true, name);
    expect(await axeViolations(player)).to.deep.equal([]);
    // Nor do their keys act on the content under the ad.
    const showing = (): string[] =>
      [...innerVideo(player).textTracks].filter((track) => track.mode === 'showing').map((track) => track.language);
    const captionsBefore = showing();
    const rateBefore = player.playbackRate;
    for (const press of ['c', '>']) await sendKeys({ press });
    expect(showing()).to.deep.equal(captionsBefore);
    expect(player.playbackRate).to.equal(rateBefore);

    await nextEvent(layer, 'adbreakend');
    await until(() => contentOnly().every(Boolean), 'the content’s controls back after the break');
  });

  it('shows no “Pause ad” button of its own under the player’s bar; without the bar it does', async () => {
    const { layer, player } = await mountAdLayer({ 'ad-tag-url': originUrl('ads', '/vast/preroll.xml?ads=2') });
    const ownButtons = (): HTMLButtonElement[] =>
      [...(adSurface(player)?.querySelectorAll<HTMLButtonElement>('.ad-ui button:not(.skip)') ?? [])].filter(shown);
    startPlayback(player);
    await nextEvent(layer, 'adstart');
    await until(() => shown(adSurface(player)?.querySelector('.label')), 'the ad state');
    expect(ownButtons()).to.deep.equal([], 'the bar’s play button is the one to pause the ad');
    // A page that hides the player's controls (Mux Player's --controls: none) gets the layer's own.
    player.style.setProperty('--controls', 'none');
    await until(() => ownButtons().length === 1, 'the layer’s pause button without the bar');
    expect(ownButtons()[0]?.textContent.trim()).to.equal('Pause ad');
    ownButtons()[0]?.click();
    await until(() => adVideo(player)?.paused === true, 'it pauses the ad');
    player.style.removeProperty('--controls');
    await until(() => ownButtons().length === 0, 'none again with the bar');
  });

  it('shows the controls again when app code pauses the ad', async () => {
    const { layer, player } = await mountAdLayer({ 'ad-tag-url': originUrl('ads', '/vast/preroll.xml?ads=2') });
    const hidden = (): boolean => !!player.shadowRoot?.querySelector('.ui')?.classList.contains('idle');
    startPlayback(player);
    await nextEvent(layer, 'adstart');
    await until(() => (adVideo(player)?.currentTime ?? 0) > 0.2, 'the ad plays');
    // The pointer leaves: the controls hide over the playing ad.
    player.dispatchEvent(new PointerEvent('pointerleave'));
    await until(hidden, 'the controls hidden over the playing ad');
    player.pause();
    await until(() => adVideo(player)?.paused === true, 'the ad pauses');
    await until(() => !hidden(), 'the controls shown over the paused ad');
    await player.play();
    await until(() => adVideo(player)?.paused === false, 'the ad resumes');
    player.dispatchEvent(new PointerEvent('pointerleave'));
    await until(hidden, 'the controls hide again while it plays');
  });
});
