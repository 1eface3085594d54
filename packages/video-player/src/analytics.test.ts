import { expect } from '@esm-bundle/chai';
import { beacons, mintToken } from '../../../test/browser/origin.ts';
import { playsPast } from '../../../test/browser/playback.ts';
import { innerVideo, mountPlayer, unmountAll, until } from '../../../test/browser/player.ts';

describe('<video-player> analytics', () => {
  afterEach(unmountAll);

  it('sends beacons to beacon-collection-domain with metadata and without tokens', async () => {
    const token = await mintToken({ sub: 'signed-vod', aud: 'v' });
    const player = await mountPlayer({
      'playback-id': 'signed-vod',
      'playback-token': token,
      'env-key': 'testenv',
      'metadata-video-title': 'Fixture clip',
      'metadata-viewer-user-id': 'viewer-42',
      muted: true,
    });
    await player.play();
    await playsPast(innerVideo(player), 1);
    // Ending the view flushes the beacon queue.
    player.remove();
    let body = '';
    await until(
      () => {
        void beacons().then((log) => (body = JSON.stringify(log.events)));
        return body.includes('Fixture clip');
      },
      'a beacon with the metadata',
      25_000,
    );
    expect(body).to.include('viewer-42').and.include('videokit');
    expect(body).to.not.include(token);
    expect(body).to.not.include(token.slice(0, 20));
  });

  it("sends beacons to the origin's own beacon host when only a local custom-domain is set", async () => {
    const player = await mountPlayer({
      'playback-id': 'vod',
      'beacon-collection-domain': false,
      'metadata-video-title': 'Local default',
      muted: true,
    });
    await player.play();
    await playsPast(innerVideo(player), 1);
    player.remove();
    let body = '';
    await until(
      () => {
        void beacons().then((log) => (body = JSON.stringify(log.events)));
        return body.includes('Local default');
      },
      'a beacon on the local origin',
      25_000,
    );
    const elsewhere = performance
      .getEntriesByType('resource')
      .filter(
        (entry) => !new URL(entry.name).hostname.endsWith('localhost') && !entry.name.startsWith(location.origin),
      );
    expect(elsewhere.map((entry) => entry.name)).to.deep.equal([]);
  });

  it('sends nothing with disable-tracking', async () => {
    const before = JSON.stringify((await beacons()).events).length;
    const player = await mountPlayer({ 'playback-id': 'vod', 'disable-tracking': true, muted: true });
    await player.play();
    await playsPast(innerVideo(player), 1);
    player.remove();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(JSON.stringify((await beacons()).events).length).to.equal(before);
  });
});
