import { expect } from '@esm-bundle/chai';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { axeViolations } from '../../../test/browser/axe.ts';
import { playsPast } from '../../../test/browser/playback.ts';
import { innerVideo, mountPlayer, nextEvent, unmountAll, until } from '../../../test/browser/player.ts';
import type { VideoPlayer } from './video-player.ts';

const $ = (player: VideoPlayer, selector: string): HTMLElement => {
  const found = player.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in the player`);
  return found;
};
const $$ = (player: VideoPlayer, selector: string): HTMLElement[] => [
  ...(player.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? []),
];

/** A real click (Playwright's mouse) at the centre of an element, or at a fraction across it. */
async function click(element: Element, across = 0.5): Promise<void> {
  const rect = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(rect.left + rect.width * across), Math.round(rect.top + rect.height / 2)],
  });
}

async function ready(attributes: Record<string, string | boolean> = {}): Promise<VideoPlayer> {
  const player = await mountPlayer({ 'playback-id': 'vod', muted: true, 'disable-tracking': true, ...attributes });
  await nextEvent(player, 'loadedmetadata');
  await player.updateComplete;
  return player;
}

async function playing(attributes: Record<string, string | boolean> = {}): Promise<VideoPlayer> {
  const player = await ready(attributes);
  await player.play();
  await playsPast(innerVideo(player), 0.3);
  await player.updateComplete;
  return player;
}

async function openMenu(player: VideoPlayer, name: string): Promise<HTMLElement[]> {
  await click($(player, `[data-menu=${name}]`));
  // The first menu to open renders once the menus' code has loaded.
  await until(() => $$(player, '.menu').length > 0, `the ${name} menu`);
  await player.updateComplete;
  return $$(player, '.menu [role=menuitemradio]');
}

describe('<video-player> controls', () => {
  afterEach(async () => {
    unmountAll();
    localStorage.clear();
    await resetMouse();
  });

  it('renders named buttons and sliders, and is axe-clean', async () => {
    const player = await ready();
    const play = $(player, 'button.play');
    expect(play.getAttribute('aria-label')).to.equal('Play');
    const slider = $(player, 'input[part=time-slider]') as HTMLInputElement;
    expect(slider.getAttribute('aria-label')).to.equal('Seek');
    expect(slider.getAttribute('aria-valuetext')).to.equal('0 seconds of 12 seconds');
    expect($(player, '.volume-range').getAttribute('aria-label')).to.equal('Volume');
    expect($(player, '[data-menu=captions]').getAttribute('aria-haspopup')).to.equal('menu');
    expect(await axeViolations(player)).to.deep.equal([]);
  });

  it('play/pause by pointer and by keyboard', async () => {
    const player = await ready();
    await click($(player, 'button.play'));
    await until(() => !player.paused, 'playing after a click');
    await player.updateComplete;
    expect($(player, 'button.play').getAttribute('aria-label')).to.equal('Pause');
    $(player, 'button.play').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => player.paused, 'paused after Enter');
    await until(() => $(player, '.sr').textContent.includes('Paused'), 'announced');
  });

  it('seeks with the buttons, the slider keys and a click on the slider', async () => {
    const player = await ready({ 'forward-seek-offset': '3' });
    await click($(player, 'button.seek-forward'));
    await until(() => Math.abs(player.currentTime - 3) < 0.1, 'forward 3 s');
    expect($(player, 'button.seek-forward').getAttribute('aria-label')).to.equal('Forward 3 seconds');
    const slider = $(player, 'input[part=time-slider]') as HTMLInputElement;
    slider.focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => Math.abs(player.currentTime - 8) < 0.1, 'slider +5 s');
    await player.updateComplete;
    expect(slider.getAttribute('aria-valuetext')).to.equal('8 seconds of 12 seconds');
    await sendKeys({ press: 'Home' });
    await until(() => player.currentTime < 0.1, 'Home');
    await click(slider, 0.5);
    await until(() => Math.abs(player.currentTime - 6) < 0.7, 'clicked to the middle');
  });

  it('changes volume and mutes by pointer and keyboard', async () => {
    const player = await ready({ muted: false });
    await click($(player, 'button.mute'));
    await until(() => innerVideo(player).muted, 'muted by click');
    await player.updateComplete;
    expect($(player, 'button.mute').getAttribute('aria-label')).to.equal('Unmute');
    await click($(player, 'button.mute'));
    await until(() => !innerVideo(player).muted, 'unmuted');
    const range = $(player, '.volume-range') as HTMLInputElement;
    range.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => Math.abs(player.volume - 0.95) < 0.01, 'volume down a step');
    await player.updateComplete;
    expect(range.getAttribute('aria-valuetext')).to.equal('95%');
  });

  it('captions menu lists the subtitle tracks and shows the chosen one', async () => {
    const player = await playing();
    const items = await openMenu(player, 'captions');
    expect(items.map((item) => item.textContent.trim())).to.deep.equal(['Off', 'English', 'Français']);
    expect(await axeViolations(player)).to.deep.equal([]);
    // English starts on (AUTOSELECT in this browser's language), and focus opens on the checked item.
    expect(player.shadowRoot?.activeElement).to.equal(items[1]);
    expect(items[1]?.getAttribute('aria-checked')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    const french = Array.from(player.textTracks ?? []).find((track) => track.language === 'fr');
    await until(() => french?.mode === 'showing', 'French captions showing');
    await player.updateComplete;
    expect($$(player, '.menu')).to.have.length(0);
    expect(player.shadowRoot?.activeElement).to.equal($(player, '[data-menu=captions]'));
    expect($(player, '.sr').textContent).to.include('Captions: Français');
  });

  it('audio menu switches the audio track', async () => {
    const player = await playing();
    const items = await openMenu(player, 'audio');
    expect(items.map((item) => [item.textContent.trim(), item.getAttribute('aria-checked')])).to.deep.equal([
      ['English', 'true'],
      ['Français', 'false'],
    ]);
    await click(items[1]!);
    await until(() => [...player.audioTracks].find((track) => track.enabled)?.language === 'fr', 'French audio');
  });

  it('quality menu lists renditions by height after Auto, and pins one', async () => {
    const player = await playing();
    const items = await openMenu(player, 'quality');
    const heights = [...player.renditions].map((r) => r.height).sort((a, b) => b - a);
    expect(items[0]?.textContent.trim()).to.match(/^Auto \(\d+p\)$/);
    expect(items.slice(1).map((item) => item.textContent.trim())).to.deep.equal(heights.map((h) => `${String(h)}p`));
    await click(items.at(-1)!);
    expect(player.autoRendition).to.equal(false);
    expect([...player.renditions].find((r) => r.selected)?.height).to.equal(heights.at(-1));
  });

  it('rate menu takes playback-rates and sets the speed', async () => {
    const player = await ready({ 'playback-rates': '1 1.5 2' });
    const items = await openMenu(player, 'rate');
    expect(items.map((item) => item.textContent.trim())).to.deep.equal(['Normal', '1.5×', '2×']);
    await click(items[1]!);
    expect(player.playbackRate).to.equal(1.5);
  });

  it('loop toggle in the playback menu mirrors loop, by mouse and keyboard, translated and axe-clean', async () => {
    const player = await ready({ 'playback-rates': '1 2' });
    await openMenu(player, 'rate');
    const toggle = (): HTMLElement => $(player, '.menu [role=menuitemcheckbox]');
    expect(toggle().textContent.trim()).to.equal('Loop');
    expect(toggle().getAttribute('aria-checked')).to.equal('false');
    expect(await axeViolations(player)).to.deep.equal([]);
    await click(toggle());
    await player.updateComplete;
    expect(player.loop).to.equal(true);
    expect(innerVideo(player).loop).to.equal(true);
    expect(toggle().getAttribute('aria-checked')).to.equal('true');
    // The menu stays open on its toggle, so the keyboard turns it back off where it is.
    toggle().focus();
    await sendKeys({ press: 'Enter' });
    await player.updateComplete;
    expect(player.loop).to.equal(false);
    expect(innerVideo(player).loop).to.equal(false);
    expect(toggle().getAttribute('aria-checked')).to.equal('false');
    // Set from outside, the toggle follows; in French it reads in French.
    player.loop = true;
    player.setAttribute('lang', 'fr');
    await until(() => toggle().textContent.trim() === 'Lecture en boucle', 'the French label');
    expect(toggle().getAttribute('aria-checked')).to.equal('true');
  });

  it('caption style settings preview live and persist', async () => {
    const player = await playing();
    await openMenu(player, 'captions');
    await click($(player, '.menu [role=menuitem]'));
    await player.updateComplete;
    expect($(player, '.menu [role=menuitem]').textContent.trim()).to.equal('Back');
    const yellow = $$(player, '.menu [role=menuitemradio]').find((item) => item.textContent.trim() === 'Yellow');
    yellow!.scrollIntoView({ block: 'nearest' });
    await click(yellow!);
    await player.updateComplete;
    expect(getComputedStyle($(player, '.cue-sample span')).color).to.equal('rgb(255, 255, 0)');
    expect(JSON.parse(localStorage.getItem('videokit-player') ?? '{}')).to.have.nested.property(
      'captionStyle.color',
      '#ff0',
    );
  });

  it('shows the storyboard tile for the hovered time', async () => {
    const player = await ready();
    const slider = $(player, 'input[part=time-slider]');
    const rect = slider.getBoundingClientRect();
    // 5 s of 12: tile 20 of 50 (0.24 s each), 5 columns of 256 × 144.
    await sendMouse({
      type: 'move',
      position: [Math.round(rect.left + (rect.width * 5.1) / 12), Math.round(rect.top + rect.height / 2)],
    });
    await player.updateComplete;
    const preview = player.shadowRoot?.querySelector('storyboard-preview');
    if (!preview) throw new Error('no storyboard preview');
    await until(() => preview.tile !== undefined, 'storyboard loaded');
    expect(preview.time).to.be.closeTo(5.1, 0.3);
    expect(preview.tile).to.include({
      x: 256 * (Math.floor(preview.time / 0.24) % 5),
      y: 144 * Math.floor(Math.floor(preview.time / 0.24) / 5),
    });
    expect($(player, '.preview-time').textContent).to.equal('0:05');
  });

  it('hotkeys act only while the player has focus, and nohotkeys turns them off', async () => {
    const player = await ready();
    await sendKeys({ press: 'k' });
    expect(player.paused).to.equal(true);
    $(player, 'button.play').focus();
    await sendKeys({ press: 'k' });
    await until(() => !player.paused, 'k plays');
    await sendKeys({ press: 'm' });
    await until(() => !innerVideo(player).muted, 'm toggles mute');
    await sendKeys({ press: 'l' });
    await sendKeys({ press: 'Shift+Slash' });
    // The first popup to open renders once the popups' code has loaded; focus then moves into it.
    await until(() => $$(player, '.help').length > 0, 'the shortcuts help');
    expect($(player, '.help').getAttribute('role')).to.equal('dialog');
    expect(player.shadowRoot?.activeElement).to.equal($(player, '.help .close'));
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'k' });
    await until(() => player.paused, 'k pauses');
    player.nohotkeys = true;
    await player.updateComplete;
    $(player, '.volume-range').focus();
    await sendKeys({ press: 'k' });
    await sendKeys({ press: 'Space' });
    expect(player.paused).to.equal(true);
  });

  it('hotkeys blocklist', async () => {
    const player = await ready({ hotkeys: 'nok' });
    $(player, 'button.play').focus();
    await sendKeys({ press: 'k' });
    expect(player.paused).to.equal(true);
    await sendKeys({ press: '5' });
    await until(() => Math.abs(player.currentTime - 6) < 0.2, '5 jumps to 50%');
  });

  it('fullscreen by button and f', async () => {
    const player = await ready();
    await click($(player, 'button.fullscreen'));
    await until(() => document.fullscreenElement === player, 'fullscreen');
    await until(
      () => $(player, 'button.fullscreen').getAttribute('aria-label') === 'Exit fullscreen',
      'the button offers to exit',
    );
    await sendKeys({ press: 'f' });
    await until(() => !document.fullscreenElement, 'left fullscreen');
  });

  it('live without DVR: a live badge, no time slider, no seek keys; axe-clean', async () => {
    const player = await mountPlayer({ 'playback-id': 'live', muted: true, 'disable-tracking': true });
    await player.play();
    await playsPast(innerVideo(player), player.currentTime + 0.3);
    await player.updateComplete;
    expect($(player, 'button.live').getAttribute('aria-label')).to.equal('At the live edge');
    expect($$(player, 'input[part=time-slider]')).to.have.length(0);
    expect($$(player, 'button.seek-backward')).to.have.length(0);
    const before = player.currentTime;
    $(player, 'button.play').focus();
    await sendKeys({ press: 'j' });
    expect(player.currentTime).to.be.at.least(before);
    expect(await axeViolations(player)).to.deep.equal([]);
  });

  it('small and audio-only layouts are axe-clean', async () => {
    const small = await ready();
    small.style.width = '300px';
    await small.updateComplete;
    expect(getComputedStyle($(small, 'button.seek-forward')).display).to.equal('none');
    expect(await axeViolations(small)).to.deep.equal([]);
    const audio = await ready({ 'playback-id': 'audio-only', audio: true });
    expect(getComputedStyle(innerVideo(audio)).display).to.equal('none');
    expect($(audio, '.ui').getAttribute('aria-label')).to.equal('Audio player');
    expect(await axeViolations(audio)).to.deep.equal([]);
  });

  it('the error state shows a localized message with a retry, and is axe-clean', async () => {
    const player = await mountPlayer({ 'playback-id': 'does-not-exist', lang: 'fr', 'disable-tracking': true });
    await nextEvent(player, 'error', (event: Event & { detail?: { fatal?: boolean } }) => event.detail?.fatal === true);
    await until(
      () => $$(player, '.error-summary').length > 0 && player.shadowRoot?.querySelector('[lang=fr]') !== null,
      'error in French',
    );
    expect($(player, '.error-summary').textContent).to.equal('Cette vidéo est introuvable.');
    expect($(player, 'button.retry').textContent.trim()).to.equal('Réessayer');
    expect(await axeViolations(player)).to.deep.equal([]);
  });

  it('Arabic lays the controls out right to left; the locale switches at runtime', async () => {
    const player = await ready({ lang: 'ar' });
    await until(() => $(player, '.ui').dir === 'rtl', 'rtl');
    expect($(player, 'button.play').getAttribute('aria-label')).to.equal('تشغيل');
    const play = $(player, 'button.play').getBoundingClientRect();
    const fullscreen = $(player, 'button.fullscreen').getBoundingClientRect();
    expect(play.left).to.be.greaterThan(fullscreen.left);
    player.setAttribute('lang', 'de');
    await until(() => $(player, 'button.play').getAttribute('aria-label') === 'Abspielen', 'German');
    expect($(player, '.ui').dir).to.equal('ltr');
    player.setAttribute('lang', 'ja');
    await until(() => $(player, 'button.play').getAttribute('aria-label') === '再生', 'Japanese');
  });

  it('volume, speed and captions persist across a reload; no-preferences opts out', async () => {
    const first = await playing({ muted: false });
    $(first, 'button.play').focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Shift+Period' });
    const items = await openMenu(first, 'captions');
    await click(items[2]!);
    await until(() => Math.abs(first.volume - 0.9) < 0.01 && first.playbackRate === 1.25, 'changed');
    unmountAll();
    const again = await playing({ muted: false });
    expect(again.volume).to.be.closeTo(0.9, 0.01);
    expect(again.playbackRate).to.equal(1.25);
    await until(
      () => Array.from(again.textTracks ?? []).some((t) => t.language === 'fr' && t.mode === 'showing'),
      'French restored',
    );
    unmountAll();
    const optedOut = await ready({ 'no-preferences': true, muted: false });
    expect(optedOut.volume).to.equal(1);
    expect(optedOut.playbackRate).to.equal(1);
  });
});
