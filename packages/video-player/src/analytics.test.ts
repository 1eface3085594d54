import { expect } from '@esm-bundle/chai';
import { beacons, mintToken } from '../../../test/browser/origin.ts';
import { playsPast } from '../../../test/browser/playback.ts';
import { innerVideo, mountPlayer, unmountAll, until } from '../../../test/browser/player.ts';
import type { VideoPlayer } from './video-player.ts';

/** Plays a second, ends the view (which flushes the beacon queue), and returns the beacons once one mentions `text`. */
async function viewBeacons(player: VideoPlayer, text: string): Promise<string> {
  await player.play();
  await playsPast(innerVideo(player), 1);
  player.remove();
  let body = '';
  await until(
    () => {
      void beacons().then((log) => (body = JSON.stringify(log.events)));
      return body.includes(text);
    },
    `a beacon with "${text}"`,
    25_000,
  );
  return body;
}

describe('<video-player> analytics', () => {
  afterEach(unmountAll);

  // First in the file: mux-embed binds the console's methods when it is first imported.
  it("hears Mux Player's analytics attributes: player-software-name/-version, player-init-time, disable-cookies, debug", async () => {
    document.cookie = 'muxData=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    const logged: unknown[] = [];
    const { log, info, debug } = console;
    console.log = console.info = console.debug = (...args: unknown[]) => void logged.push(args);
    try {
      const player = await mountPlayer({
        'playback-id': 'vod',
        'metadata-video-title': 'Mux Data options',
        'player-software-name': 'my-shell',
        'player-software-version': '9.8.7',
        'player-init-time': '1700000000000',
        'disable-cookies': true,
        debug: true,
        muted: true,
      });
      const body = await viewBeacons(player, 'Mux Data options');
      expect(body).to.include('my-shell').and.include('9.8.7').and.include('1700000000000');
      expect(document.cookie).to.not.include('muxData');
      expect(JSON.stringify(logged).toLowerCase()).to.include('mux');
    } finally {
      Object.assign(console, { log, info, debug });
    }
  });

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
    const body = await viewBeacons(player, 'Fixture clip');
    expect(body).to.include('viewer-42').and.include('videokit');
    // hls.js is monitored too: its segment loads arrive as request events.
    expect(body).to.include('requestcompleted');
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
    await viewBeacons(player, 'Local default');
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
