import { expect } from '@esm-bundle/chai';
import { mountPlayer, unmountAll, until } from '../../../test/browser/player.ts';
import type { VideoPlayer } from './video-player.ts';

/** Mux Player's part names for each of our controls (its gerwig theme's `part` lists). */
const MUX_PARTS: [ours: string, mux: string][] = [
  ['play-button', 'bottom play button'],
  ['seek-backward-button', 'bottom seek-backward button'],
  ['seek-forward-button', 'bottom seek-forward button'],
  ['mute-button', 'bottom mute button'],
  ['volume-range', 'bottom volume range'],
  ['time-range', 'bottom time range'],
  ['time-display', 'bottom time display'],
  ['captions-button', 'bottom captions button'],
  ['quality-button', 'bottom rendition button'],
  ['rate-button', 'bottom playback-rate button'],
  ['fullscreen-button', 'bottom fullscreen button'],
  ['center-play-button', 'center play button'],
  ['control-bar', 'control-bar bottom'],
  ['title', 'top title display'],
  ['controls-layer', 'vertical-layer'],
  ['gesture-layer', 'gesture-layer'],
  ['video', 'media-layer'],
];

const part = (player: VideoPlayer, name: string): HTMLElement => {
  const element = player.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!element) throw new Error(`no [part~="${name}"] in the player`);
  return element;
};

const shown = (element: HTMLElement): boolean => getComputedStyle(element).display !== 'none';

/** A page stylesheet, removed after each test. */
function pageStyle(css: string): void {
  const style = document.createElement('style');
  style.dataset.test = '';
  style.textContent = css;
  document.head.append(style);
}

describe("<video-player> styled with Mux Player's part names and CSS variables", () => {
  afterEach(() => {
    unmountAll();
    for (const style of document.querySelectorAll('style[data-test]')) style.remove();
  });

  const mount = async (): Promise<VideoPlayer> => {
    const player = await mountPlayer({ 'playback-id': 'vod', 'video-title': 'Title', 'disable-tracking': true });
    // The quality and captions buttons appear once hls.js has listed renditions and subtitles (in either order).
    for (const name of ['quality-button', 'captions-button']) {
      await until(() => !!player.shadowRoot?.querySelector(`[part~="${name}"]`), `the ${name}`);
    }
    return player;
  };

  it('lets ::part() rules written for Mux Player style our controls', async () => {
    pageStyle(
      MUX_PARTS.map(([, mux], index) => `video-player::part(${mux}) { outline-color: rgb(${index + 1}, 2, 3); }`).join(
        '\n',
      ),
    );
    const player = await mount();
    for (const [index, [ours, mux]] of MUX_PARTS.entries()) {
      expect(getComputedStyle(part(player, ours)).outlineColor, `${ours} as ::part(${mux})`).to.equal(
        `rgb(${index + 1}, 2, 3)`,
      );
    }
  });

  it('hides a control by its Mux Player section variable, and all of its kind by the plain one', async () => {
    const player = await mount();
    player.style.setProperty('--bottom-play-button', 'none');
    expect(shown(part(player, 'play-button'))).to.equal(false);
    expect(shown(part(player, 'center-play-button'))).to.equal(true);
    player.style.setProperty('--play-button', 'none');
    expect(shown(part(player, 'center-play-button'))).to.equal(false);

    for (const [variable, control] of [
      ['--rendition-menu-button', 'quality-button'],
      ['--bottom-playback-rate-menu-button', 'rate-button'],
      ['--bottom-time-range', 'time-range'],
      ['--top-title-display', 'title'],
      ['--bottom-controls', 'control-bar'],
    ] as const) {
      expect(shown(part(player, control)), `${control} before ${variable}`).to.equal(true);
      player.style.setProperty(variable, 'none');
      expect(shown(part(player, control)), `${control} after ${variable}`).to.equal(false);
    }
  });
});
