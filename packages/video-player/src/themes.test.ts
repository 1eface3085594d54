import { expect } from '@esm-bundle/chai';
import { css } from 'lit';
import { axeViolations } from '../../../test/browser/axe.ts';
import { mountPlayer, nextEvent, unmountAll } from '../../../test/browser/player.ts';
import { BUILT_IN_THEMES } from './themes/load.ts';
import { registerTheme } from './themes/registry.ts';
import type { VideoPlayer } from './video-player.ts';

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

  it('refuses a theme name that is not a plain lowercase word', () => {
    expect(() => registerTheme('My Theme', css``)).to.throw('lowercase letters, digits and dashes');
  });
});
