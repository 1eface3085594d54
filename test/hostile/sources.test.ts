/**
 * Sources that cannot play say why precisely: an MP4 the server does not have is "not found" at
 * its URL (not "cannot be played in this browser"), and a `src` in a scheme the player never
 * loads (`javascript:` and the like) is refused, naming `src` and the scheme, before any request.
 */
import { expect } from '@esm-bundle/chai';
import type { PlayerErrorEvent } from '../../packages/video-player/src/events.ts';
import { originUrl } from '../browser/origin.ts';
import { innerVideo, mountPlayer, nextEvent, unmountAll } from '../browser/player.ts';

const overlayText = (player: Element): string =>
  player.shadowRoot?.querySelector('[part=error]')?.textContent.replace(/\s+/g, ' ').trim() ?? '';

describe('hostile: sources', () => {
  afterEach(() => unmountAll());

  it('an MP4 that is not there is NOT_FOUND at its URL, not unplayable', async () => {
    const src = originUrl('stream', '/vod/missing-file.mp4');
    const player = await mountPlayer({ src, muted: true, 'disable-tracking': true, preload: 'auto' });
    const { detail } = await nextEvent<PlayerErrorEvent>(player, 'error');
    expect(detail.code).to.equal('NOT_FOUND');
    expect(detail.fatal).to.equal(true);
    expect(detail.message).to.include(src).and.include('404');
    expect(detail.context).to.include({ status: 404 });
    await player.updateComplete;
    expect(overlayText(player)).to.include('could not be found').and.not.include('cannot be played');
  });

  it('a refused MP4 says so with its status', async () => {
    const src = originUrl('stream', '/signed-vod/highest.mp4');
    const player = await mountPlayer({ src, muted: true, 'disable-tracking': true, preload: 'auto' });
    const { detail } = await nextEvent<PlayerErrorEvent>(player, 'error');
    expect(detail.code).to.match(/^TOKEN_MISSING|FORBIDDEN$/);
    expect(detail.context).to.include({ status: 403 });
  });

  for (const src of [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'vbscript:x',
    'file:///etc/passwd',
    'ftp://example.com/v.mp4',
    'about:blank',
  ]) {
    it(`src=${JSON.stringify(src)} is refused before any request, naming src and the scheme`, async () => {
      const since = performance.now();
      const player = await mountPlayer({ src, 'disable-tracking': true, preload: 'auto' });
      const { detail: error } = await nextEvent<PlayerErrorEvent>(player, 'error');
      expect(error.code).to.equal('INVALID_ATTRIBUTE');
      expect(error.fatal).to.equal(true);
      expect(error.context).to.include({ attribute: 'src' });
      const scheme = new URL(src.trim().replace(/\t/g, '')).protocol;
      expect(error.message).to.include('src').and.include(`"${scheme}"`);
      expect(player.error).to.equal(error);
      expect(innerVideo(player).getAttribute('src')).to.equal(null);
      // Nothing requested but the player's own modules from the test server.
      const requested = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime >= since && !entry.name.startsWith(location.origin));
      expect(requested.map((entry) => entry.name)).to.deep.equal([]);
    });
  }
});
