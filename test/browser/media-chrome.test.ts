// Media Chrome, a media controller we did not write, drives <video-player> as its media:
// every control of a full control bar is clicked (or its key pressed) with the real mouse and
// keyboard, and the player's own state is checked after each.
import 'media-chrome';
import 'media-chrome/menu';
import { expect } from '@esm-bundle/chai';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { VideoPlayer } from '../../packages/video-player/src/video-player.ts';
import { playsPast } from './playback.ts';
import { innerVideo, mountPlayer, unmountAll, until } from './player.ts';

const CONTROL_BAR = `
  <media-control-bar>
    <media-play-button></media-play-button>
    <media-seek-backward-button seekoffset="5"></media-seek-backward-button>
    <media-seek-forward-button seekoffset="5"></media-seek-forward-button>
    <media-time-range></media-time-range>
    <media-time-display></media-time-display>
    <media-mute-button></media-mute-button>
    <media-volume-range></media-volume-range>
    <media-playback-rate-button rates="1 1.5 2"></media-playback-rate-button>
    <media-captions-button></media-captions-button>
    <media-audio-track-menu-button></media-audio-track-menu-button>
    <media-rendition-menu-button></media-rendition-menu-button>
    <media-pip-button></media-pip-button>
    <media-fullscreen-button></media-fullscreen-button>
  </media-control-bar>
  <media-audio-track-menu anchor="auto" hidden></media-audio-track-menu>
  <media-rendition-menu anchor="auto" hidden></media-rendition-menu>`;

/** A real click (Playwright's mouse) at a point across an element. */
async function click(element: Element, across = 0.5): Promise<void> {
  const rect = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(rect.left + rect.width * across), Math.round(rect.top + rect.height / 2)],
  });
}

function control(controller: Element, selector: string): HTMLElement {
  const found = controller.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in the media controller`);
  return found;
}

/** The menu's radio items (Media Chrome renders them in the menu's shadow root). */
async function menuItem(menu: HTMLElement, accept: (value: string) => boolean): Promise<HTMLElement> {
  let found: HTMLElement | undefined;
  await until(() => {
    const items = [...(menu.shadowRoot?.querySelectorAll<HTMLElement>('media-chrome-menu-item') ?? [])];
    found = items.find((item) => accept(item.getAttribute('value') ?? ''));
    return found !== undefined;
  }, 'the menu item');
  if (!found) throw new Error('no menu item');
  const item = found;
  // The menu positions itself after opening: click once the item is what is under its centre.
  await until(() => {
    const rect = item.getBoundingClientRect();
    const hit = menu.shadowRoot?.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    return rect.height > 0 && hit !== null && hit !== undefined && item.contains(hit);
  }, 'the menu item in place');
  return item;
}

interface Rig {
  controller: HTMLElement;
  player: VideoPlayer;
}

/** `<media-controller>` with `<video-player slot="media">`, playing `vod` muted at first. */
async function rig(): Promise<Rig> {
  const player = await mountPlayer({ 'playback-id': 'vod', muted: true, 'disable-tracking': true });
  const controller = document.createElement('media-controller');
  controller.style.cssText = 'display:block;width:800px;height:450px';
  controller.innerHTML = CONTROL_BAR;
  player.slot = 'media';
  controller.prepend(player);
  document.body.append(controller);
  await until(() => player.readyState >= 1, 'metadata');
  return { controller, player };
}

async function playing(): Promise<Rig> {
  const parts = await rig();
  await parts.player.play();
  await playsPast(innerVideo(parts.player), 0.3);
  return parts;
}

describe('Media Chrome drives <video-player>', () => {
  let controller: HTMLElement | undefined;
  // Media Chrome's menus position themselves from a ResizeObserver; Chromium reports a loop
  // it settles as an error event. That notice is about layout, not about the player.
  let mochaOnError: OnErrorEventHandler = null;
  before(() => {
    mochaOnError = window.onerror;
    window.onerror = (message, ...rest): boolean => {
      const text = typeof message === 'string' ? message : message.type;
      if (text.includes('ResizeObserver loop')) return true;
      return mochaOnError?.(message, ...rest) === true;
    };
  });
  after(() => {
    window.onerror = mochaOnError;
  });
  afterEach(async () => {
    if (document.fullscreenElement) await document.exitFullscreen();
    if (document.pictureInPictureElement) await document.exitPictureInPicture();
    controller?.remove();
    controller = undefined;
    unmountAll();
    await resetMouse();
  });

  it('play button plays', async () => {
    const parts = await rig();
    controller = parts.controller;
    await click(control(parts.controller, 'media-play-button'));
    await until(() => !parts.player.paused, 'playing');
    await playsPast(innerVideo(parts.player), 0.3);
  });

  it('play button pauses', async () => {
    const parts = await playing();
    controller = parts.controller;
    await until(
      () => !control(parts.controller, 'media-play-button').hasAttribute('mediapaused'),
      'button shows pause',
    );
    await click(control(parts.controller, 'media-play-button'));
    await until(() => parts.player.paused, 'paused');
  });

  it('seek forward and backward buttons move the player', async () => {
    const parts = await rig();
    controller = parts.controller;
    await click(control(parts.controller, 'media-seek-forward-button'));
    await until(() => Math.abs(parts.player.currentTime - 5) < 0.5, 'at 5 s');
    await click(control(parts.controller, 'media-seek-forward-button'));
    await until(() => Math.abs(parts.player.currentTime - 10) < 0.5, 'at 10 s');
    await click(control(parts.controller, 'media-seek-backward-button'));
    await until(() => Math.abs(parts.player.currentTime - 5) < 0.5, 'back at 5 s');
  });

  it('time range seeks where it is clicked', async () => {
    const parts = await rig();
    controller = parts.controller;
    const range = control(parts.controller, 'media-time-range');
    await until(() => Number(range.getAttribute('mediaduration')) > 0, 'the range knows the duration');
    await click(range, 0.5);
    const half = parts.player.duration / 2;
    await until(() => Math.abs(parts.player.currentTime - half) < parts.player.duration * 0.1, 'near the middle');
  });

  it('time display shows the player’s time', async () => {
    const parts = await rig();
    controller = parts.controller;
    parts.player.currentTime = 7;
    const display = control(parts.controller, 'media-time-display');
    await until(() => display.shadowRoot?.textContent.includes('0:07') === true, 'the display reads 0:07');
  });

  it('mute button unmutes and mutes', async () => {
    const parts = await rig();
    controller = parts.controller;
    const button = control(parts.controller, 'media-mute-button');
    await until(() => button.hasAttribute('mediavolumelevel'), 'the button knows the volume');
    await click(button);
    await until(() => !parts.player.muted, 'unmuted');
    await click(button);
    await until(() => parts.player.muted, 'muted again');
  });

  it('volume range sets the volume', async () => {
    const parts = await rig();
    controller = parts.controller;
    parts.player.muted = false;
    const range = control(parts.controller, 'media-volume-range');
    await click(range, 0.25);
    await until(() => Math.abs(parts.player.volume - 0.25) < 0.1, 'volume near 0.25');
  });

  it('playback rate button changes the speed', async () => {
    const parts = await rig();
    controller = parts.controller;
    await click(control(parts.controller, 'media-playback-rate-button'));
    await until(() => parts.player.playbackRate === 1.5, 'rate 1.5');
    await click(control(parts.controller, 'media-playback-rate-button'));
    await until(() => parts.player.playbackRate === 2, 'rate 2');
  });

  it('captions button shows and hides subtitles', async () => {
    const parts = await playing();
    controller = parts.controller;
    const button = control(parts.controller, 'media-captions-button');
    await until(() => !button.hasAttribute('disabled') && button.hasAttribute('mediasubtitleslist'), 'captions listed');
    const showing = (): TextTrack[] =>
      Array.from(parts.player.textTracks ?? []).filter((track) => track.mode === 'showing');
    // The playlist's default subtitles may start on for an English viewer: the button toggles from there.
    const startedOn = showing().length === 1;
    await click(button);
    await until(
      () => showing().length === (startedOn ? 0 : 1),
      startedOn ? 'subtitles hidden' : 'one subtitle track showing',
    );
    await click(button);
    await until(
      () => showing().length === (startedOn ? 1 : 0),
      startedOn ? 'subtitles shown again' : 'subtitles hidden',
    );
  });

  it('audio track menu switches the language', async () => {
    const parts = await playing();
    controller = parts.controller;
    await until(() => parts.player.audioTracks.length === 2, 'two audio tracks');
    const button = control(parts.controller, 'media-audio-track-menu-button');
    await until(() => !button.hasAttribute('mediaaudiotrackunavailable'), 'the audio menu is available');
    await click(button);
    const menu = control(parts.controller, 'media-audio-track-menu');
    await until(() => !menu.hidden, 'menu open');
    const french = [...parts.player.audioTracks].find((track) => track.language === 'fr');
    if (!french) throw new Error('no French track');
    await click(await menuItem(menu, (value) => value === french.id));
    await until(() => [...parts.player.audioTracks].find((track) => track.enabled)?.language === 'fr', 'French audio');
  });

  it('rendition menu pins a rendition and returns to auto', async () => {
    const parts = await playing();
    controller = parts.controller;
    const button = control(parts.controller, 'media-rendition-menu-button');
    await until(() => !button.hasAttribute('mediarenditionunavailable'), 'the rendition menu is available');
    await click(button);
    const menu = control(parts.controller, 'media-rendition-menu');
    await until(() => !menu.hidden, 'menu open');
    const lowest = [...parts.player.renditions].sort((a, b) => a.height - b.height)[0];
    if (!lowest) throw new Error('no renditions');
    await click(await menuItem(menu, (value) => value === lowest.id));
    await until(() => !parts.player.autoRendition, 'a pinned rendition');
    expect([...parts.player.renditions].find((rendition) => rendition.selected)?.id).to.equal(lowest.id);
    await until(() => parts.player.videoHeight === lowest.height, `${String(lowest.height)}p on screen`);
    if (menu.hidden) await click(button);
    await until(() => !menu.hidden, 'menu open again');
    await click(await menuItem(menu, (value) => value === 'auto'));
    await until(() => parts.player.autoRendition, 'back to auto');
  });

  it('picture-in-picture button moves the player into PiP and out', async () => {
    const parts = await playing();
    controller = parts.controller;
    const button = control(parts.controller, 'media-pip-button');
    await click(button);
    await until(() => document.pictureInPictureElement === parts.player, 'the player in PiP');
    await until(() => button.hasAttribute('mediaispip'), 'the button knows');
    await click(button);
    await until(() => document.pictureInPictureElement === null, 'out of PiP');
  });

  it('fullscreen button makes the controller fullscreen and back', async () => {
    const parts = await rig();
    controller = parts.controller;
    const button = control(parts.controller, 'media-fullscreen-button');
    await click(button);
    await until(() => document.fullscreenElement === parts.controller, 'the controller fullscreen');
    await until(() => button.hasAttribute('mediaisfullscreen'), 'the button knows');
    await click(button);
    await until(() => document.fullscreenElement === null, 'out of fullscreen');
  });

  it('keyboard shortcuts of the controller drive the player', async () => {
    const parts = await rig();
    controller = parts.controller;
    parts.controller.focus();
    await sendKeys({ press: 'k' });
    await until(() => !parts.player.paused, 'k plays');
    await sendKeys({ press: 'k' });
    await until(() => parts.player.paused, 'k pauses');
    const before = parts.player.currentTime;
    await sendKeys({ press: 'ArrowRight' });
    await until(() => parts.player.currentTime > before + 5, 'ArrowRight seeks forward');
  });

  it('shows the player’s errors and stream type', async () => {
    const parts = await rig();
    controller = parts.controller;
    await until(() => parts.controller.getAttribute('mediastreamtype') === 'on-demand', 'on-demand stream type');
    parts.player.playbackId = 'no-such-id';
    await until(
      () => parts.controller.hasAttribute('mediaerror') || parts.controller.hasAttribute('mediaerrorcode'),
      'error state',
    );
  });
});
