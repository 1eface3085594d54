// Its own page: nothing here imports hls.js, so the page's resource list shows exactly when
// the player fetches it.
import { expect } from '@esm-bundle/chai';
import { playsPast } from '../../../test/browser/playback.ts';
import { innerVideo, mountPlayer, requestsTo, unmountAll } from '../../../test/browser/player.ts';

const hlsScripts = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.includes('/hls.js/'));

describe('<video-player> lazy loading', () => {
  afterEach(unmountAll);

  it('with preload="none" fetches neither hls.js nor any media before play', async () => {
    const player = await mountPlayer({ 'playback-id': 'vod', preload: 'none', muted: true, 'disable-tracking': true });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(requestsTo('stream')).to.deep.equal([]);
    expect(hlsScripts()).to.deep.equal([]);

    await player.play();
    await playsPast(innerVideo(player), 0.5);
    expect(requestsTo('stream')).to.not.deep.equal([]);
    expect(hlsScripts()).to.not.deep.equal([]);
  });

  it('fetches no DRM or Cast code for clear content', () => {
    const modules = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(modules.filter((url) => /\/src\/(drm|cast)\/|cast_sender/.test(url))).to.deep.equal([]);
  });
});
