import { expect } from '@esm-bundle/chai';
import { css } from 'lit';
import { axeViolations } from '../../../test/browser/axe.ts';
import { mountPlayer, nextEvent, unmountAll } from '../../../test/browser/player.ts';
import { BUILT_IN_THEMES } from './themes/load.ts';
import { registerTheme } from './themes/registry.ts';
import { VideoPlayer } from './video-player.ts';

const barBackground = (player: VideoPlayer): string => {
  const bar = player.shadowRoot?.querySelector('.bar');
  if (!bar) throw new Error('no bar');
  return getComputedStyle(bar).backgroundImage + getComputedStyle(bar).backgroundColor;
};

async function withTheme(player: VideoPlayer, theme: string): Promise<void> {
  const applied = nextEvent(player, 'themechange');
  player.theme = theme;
  await applied;
}

describe('<video-player> themes', () => {
  afterEach(() => unmountAll());

  it('switches between every built-in theme at runtime, each axe clean', async () => {
    const player = await mountPlayer({ 'playback-id': 'vod', muted: true, 'disable-tracking': true });
    await nextEvent(player, 'loadedmetadata');
    const looks = new Set<string>();
    for (const theme of [...BUILT_IN_THEMES.filter((name) => name !== 'default'), 'default']) {
      await withTheme(player, theme);
      expect(player.getAttribute('theme')).to.equal(theme);
      looks.add(barBackground(player));
      expect(await axeViolations(player), theme).to.deep.equal([]);
    }
    expect(looks.size, 'each theme draws the bar its own way').to.be.greaterThan(2);
  });

  it('applies a page theme given to registerTheme()', async () => {
    registerTheme(
      'page-test',
      css`
        .bar {
          background: rgb(1 2 3);
        }
        .seek-backward,
        .seek-forward {
          display: none;
        }
      `,
    );
    const player = await mountPlayer({ 'playback-id': 'vod', muted: true, 'disable-tracking': true });
    await withTheme(player, 'page-test');
    const bar = player.shadowRoot?.querySelector('.bar');
    expect(bar && getComputedStyle(bar).backgroundColor).to.equal('rgb(1, 2, 3)');
    const seek = player.shadowRoot?.querySelector('.seek-forward');
    expect(seek && getComputedStyle(seek).display).to.equal('none');
  });

  it('names the known themes when asked for an unknown one, and keeps the default look', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: unknown) => errors.push(String(message));
    try {
      const player = await mountPlayer({ 'playback-id': 'vod', muted: true, 'disable-tracking': true });
      const before = barBackground(player);
      player.theme = 'gerwig-typo';
      await player.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(errors.join('\n')).to.contain('theme "gerwig-typo" is not known: use one of default, classic, minimal');
      expect(barBackground(player)).to.equal(before);
    } finally {
      console.error = original;
    }
  });

  it('includes news, which draws the bar, the progress and the centre play its own way', async () => {
    expect(BUILT_IN_THEMES).to.include('news');
    const player = await mountPlayer({ 'playback-id': 'vod', muted: true, 'disable-tracking': true });
    const before = barBackground(player);
    await withTheme(player, 'news');
    expect(barBackground(player)).to.not.equal(before);
    const progress = player.shadowRoot?.querySelector('.progress');
    expect(progress && getComputedStyle(progress).backgroundColor).to.equal('rgb(247, 34, 16)');
    const forward = player.shadowRoot?.querySelector('.seek-forward');
    expect(forward && getComputedStyle(forward).display).to.equal('none');
  });

  it('takes a page theme as a string of CSS through the element class, as a page without imports does', async () => {
    const Player = customElements.get('video-player') as typeof VideoPlayer | undefined;
    expect(Player).to.equal(VideoPlayer);
    const player = await mountPlayer({ 'playback-id': 'vod', muted: true, 'disable-tracking': true });
    const applied = nextEvent(player, 'themechange');
    // Registered and used in the same task: the theme is there when the player looks it up.
    void Player?.registerTheme('page-string', '.bar { background: rgb(4 5 6); }');
    player.theme = 'page-string';
    await applied;
    const bar = player.shadowRoot?.querySelector('.bar');
    expect(bar && getComputedStyle(bar).backgroundColor).to.equal('rgb(4, 5, 6)');
    let refused: unknown;
    await VideoPlayer.registerTheme('Not OK', '').catch((error: unknown) => (refused = error));
    expect(String(refused)).to.contain('lowercase letters, digits and dashes');
  });

  it('refuses a theme name that is not a plain lowercase word', () => {
    expect(() => registerTheme('My Theme', css``)).to.throw('lowercase letters, digits and dashes');
  });
});
