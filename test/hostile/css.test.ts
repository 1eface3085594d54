/**
 * Attributes that reach CSS (`placeholder`, the colour attributes) never become declarations:
 * colours must be colours (anything else warns, naming the attribute, and is ignored), and the
 * placeholder is an image's URL, not text inside a style. Includes the embed-URL attack that
 * covered the player with an attacker's image.
 */
import { expect } from '@esm-bundle/chai';
import { mountEmbed } from '../../packages/embed/src/mount-embed.ts';
import { playerPlaceholder } from '../../packages/react/src/placeholder.ts';
import type { VideoPlayer } from '../../packages/video-player/src/video-player.ts';
import { originUrl } from '../browser/origin.ts';
import { mountPlayer, unmountAll, until } from '../browser/player.ts';
import { record, type Recording } from './record.ts';

const EVIL = 'evil.invalid';
const PLACEHOLDER_ATTACK = `x");position:fixed;inset:0;z-index:2147483647;background:url(http://${EVIL}/pwn.png) red;x:("`;
const COLOR_ATTACKS = [
  `red;position:fixed;inset:0;z-index:2147483647;background:url(http://${EVIL}/c.png)`,
  `url(http://${EVIL}/c.png)`,
  `var(--unset, red) url(http://${EVIL}/c.png)`,
  `v\\61r(--unset, red) url(http://${EVIL}/c.png)`,
  'red}:host{display:none',
  'constructor',
];
const COLORS = ['#ffd60a', 'rgb(0 0 0 / 60%)', 'oklch(70% 0.1 200)', 'transparent', 'rebeccapurple'];
const COLOR_ATTRIBUTES = ['primary-color', 'secondary-color', 'accent-color'];

/** No element the player renders is taken out of its box or stacked over the page. */
function expectContained(player: VideoPlayer): void {
  for (const element of [player, ...(player.shadowRoot?.querySelectorAll('*') ?? [])]) {
    const style = getComputedStyle(element);
    expect(style.position, `${element.localName}.${element.className} position`).to.not.equal('fixed');
    expect(style.zIndex, `${element.localName} z-index`).to.not.equal('2147483647');
    expect(style.backgroundImage, `${element.localName} background`).to.not.include(EVIL);
  }
  // (The placeholder attack, as an image URL, is a harmless path on this page's own host.)
  const fetched = performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).hostname === EVIL);
  expect(fetched.map((entry) => entry.name)).to.deep.equal([]);
}

const layer = (player: VideoPlayer): HTMLElement => {
  const element = player.shadowRoot?.querySelector<HTMLElement>('[part~=controls-layer]');
  if (!element) throw new Error('no controls layer');
  return element;
};

describe('hostile: attributes that reach CSS', () => {
  let recording: Recording | undefined;
  const containers: HTMLElement[] = [];
  beforeEach(() => performance.clearResourceTimings());
  afterEach(() => {
    recording?.stop();
    unmountAll();
    for (const container of containers.splice(0)) container.remove();
  });

  it('an embed URL cannot cover the player through placeholder or a colour', async () => {
    const container = document.createElement('div');
    containers.push(container);
    document.body.append(container);
    const query = new URLSearchParams({ preload: 'none', 'disable-tracking': '', placeholder: PLACEHOLDER_ATTACK });
    // Not a value the tests below use: each warning is given once per page.
    for (const attribute of COLOR_ATTRIBUTES) query.set(attribute, `${COLOR_ATTACKS[0] ?? ''};outline:0`);
    const stop = mountEmbed(container, new URL(`${originUrl('player', '/vod')}?${query.toString()}`));
    try {
      const player = container.querySelector('video-player');
      if (!player) throw new Error('the embed mounted no player');
      await player.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expectContained(player);
    } finally {
      stop();
    }
  });

  it('placeholder is an image URL, never text in a style', async () => {
    const player = await mountPlayer({ preload: 'none', 'disable-tracking': true, placeholder: PLACEHOLDER_ATTACK });
    const placeholder = player.shadowRoot?.querySelector('[part=placeholder]');
    expect(placeholder?.getAttribute('style') ?? '').to.not.include('position');
    expectContained(player);
    const image = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    player.placeholder = image;
    await player.updateComplete;
    const shown = player.shadowRoot?.querySelector('[part=placeholder]');
    expect(
      shown instanceof HTMLImageElement ? shown.src : getComputedStyle(shown ?? player).backgroundImage,
    ).to.include(image);
  });

  for (const attribute of COLOR_ATTRIBUTES) {
    it(`${attribute}: only colours reach CSS; anything else warns, naming the attribute`, async () => {
      const property = `--video-player-${attribute}`;
      for (const value of COLOR_ATTACKS) {
        const said = (recording = record()).said;
        const player = await mountPlayer({ preload: 'none', 'disable-tracking': true, [attribute]: value });
        // The colour check loads with the first colour set: wait for its word on this one.
        await until(
          () => said.some((text) => text.includes(`${attribute}="${value}"`) && text.includes('not a CSS colour')),
          `a warning for ${attribute}="${value}"`,
        );
        expect(layer(player).style.getPropertyValue(property), value).to.equal('');
        expectContained(player);
        recording.stop();
        unmountAll();
      }
      for (const value of COLORS) {
        const player = await mountPlayer({ preload: 'none', 'disable-tracking': true, [attribute]: value });
        await until(() => layer(player).style.getPropertyValue(property).trim() === value, `${attribute}="${value}"`);
        unmountAll();
      }
    });
  }

  it('a colour set as a property after the first render is checked too', async () => {
    const player = await mountPlayer({ preload: 'none', 'disable-tracking': true, 'accent-color': '#ffd60a' });
    const accent = (): string => layer(player).style.getPropertyValue('--video-player-accent-color');
    await until(() => accent() === '#ffd60a', 'the valid accent colour');
    player.accentColor = COLOR_ATTACKS[1];
    await until(() => accent() === '', 'the invalid accent colour dropped');
    player.removeAttribute('accent-color');
    player.accentColor = 'rgb(1 2 3)';
    await until(() => accent() === 'rgb(1 2 3)', 'a new valid accent colour');
  });

  it('a caption style stored by another script on the origin reaches CSS only as an offered choice', async () => {
    localStorage.setItem(
      'videokit-player',
      JSON.stringify({
        captionStyle: { color: `url(http://${EVIL}/cue.png)`, font: 'x;position:fixed', size: '150%' },
      }),
    );
    try {
      const player = await mountPlayer({ preload: 'none', 'disable-tracking': true });
      const video = player.shadowRoot?.querySelector('video');
      expect(video?.style.getPropertyValue('--vk-cue-color')).to.equal('#fff');
      expect(video?.style.getPropertyValue('--vk-cue-font')).to.equal('sans-serif');
      expect(video?.style.getPropertyValue('--vk-cue-size')).to.equal('150%');
    } finally {
      localStorage.removeItem('videokit-player');
    }
  });

  it("the React placeholder's server-rendered style keeps a hostile URL one URL", () => {
    for (const placeholder of [PLACEHOLDER_ATTACK, 'x\r);position:fixed;(', 'x\f");position:fixed;("']) {
      const { style } = playerPlaceholder({ placeholder }).props as { style: { backgroundImage: string } };
      // As server markup carries it: the whole declaration list as one style attribute.
      const box = document.createElement('div');
      box.setAttribute('style', `background-image:${style.backgroundImage};color:rgb(1, 2, 3)`);
      expect(box.style.position, JSON.stringify(placeholder)).to.equal('');
      expect(box.style.color).to.equal('rgb(1, 2, 3)');
    }
  });
});
