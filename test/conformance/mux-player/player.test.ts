// The behaviour Mux Player's own tests expect (muxinc/elements, packages/mux-player/test/), written
// for <video-player> against the local origin. Each `it` names the upstream test it mirrors; where
// we deliberately differ, the test asserts our behaviour and ARCHITECTURE.md says why.
import { expect } from '@esm-bundle/chai';
import { mintToken, originUrl } from '../../browser/origin.ts';
import { innerVideo, mountPlayer, nextEvent, requestsTo, unmountAll, until } from '../../browser/player.ts';

const quiet = { 'disable-tracking': true } as const;
const query = (url: string): Record<string, string> => Object.fromEntries(new URL(url).searchParams);

/**
 * The multivariant playlist URL the player requested last. Mux Player's `src` reads it back; under
 * hls.js our `currentSrc` is the MediaSource blob, so the origin's request log is the witness.
 */
function playlistUrl(): string {
  const url = requestsTo('stream').findLast((entry) => /^\/[\w-]+\.m3u8$/.test(new URL(entry).pathname));
  if (!url) throw new Error('no multivariant playlist was requested');
  return url;
}

describe('Mux Player conformance: player.test.js', () => {
  afterEach(unmountAll);

  it('has a Mux specific API', async () => {
    const player = await mountPlayer({
      ...quiet,
      'playback-id': 'vod',
      'env-key': 'test-env-key',
      'start-time': '0',
      'stream-type': 'on-demand',
      'prefer-playback': 'mse',
      muted: true,
      title: 'A title',
    });
    expect(player.playbackId).to.equal('vod');
    expect(player.envKey).to.equal('test-env-key');
    expect(player.startTime).to.equal(0);
    expect(player.streamType).to.equal('on-demand');
    expect(player.preferPlayback).to.equal('mse');
    expect(player.title).to.equal('A title');
  });

  it('playbackId is forwarded to the media element', async () => {
    const player = await mountPlayer({ ...quiet, 'playback-id': 'vod', muted: true });
    await nextEvent(player, 'loadedmetadata');
    expect(player.playbackId).to.equal('vod');
    expect(new URL(playlistUrl()).pathname).to.equal('/vod.m3u8');
  });

  it('muted is forwarded to the media element', async () => {
    const player = await mountPlayer({ ...quiet, muted: true });
    expect(player.muted).to.equal(true);
    expect(innerVideo(player).muted).to.equal(true);
    player.removeAttribute('muted');
    await player.updateComplete;
    expect(innerVideo(player).muted).to.equal(false);
    player.setAttribute('muted', '');
    await player.updateComplete;
    expect(innerVideo(player).muted).to.equal(true);
  });

  it('loop is forwarded to the media element', async () => {
    const player = await mountPlayer({ ...quiet, loop: true });
    expect(player.loop).to.equal(true);
    expect(innerVideo(player).loop).to.equal(true);
    player.removeAttribute('loop');
    await player.updateComplete;
    expect(innerVideo(player).hasAttribute('loop')).to.equal(false);
    player.setAttribute('loop', '');
    await player.updateComplete;
    expect(innerVideo(player).loop).to.equal(true);
  });

  it('preload is forwarded to the media element', async () => {
    const player = await mountPlayer({ ...quiet, preload: 'metadata' });
    expect(player.preload).to.equal('metadata');
    expect(innerVideo(player).preload).to.equal('metadata');
    player.setAttribute('preload', 'auto');
    await player.updateComplete;
    expect(innerVideo(player).getAttribute('preload')).to.equal('auto');
    expect(innerVideo(player).preload).to.equal('auto');
  });

  it('preload behaves like expected', async () => {
    const player = await mountPlayer(quiet);
    const defaultPreload = document.createElement('video').preload;
    expect(player.preload).to.equal(defaultPreload);
    expect(innerVideo(player).preload).to.equal(defaultPreload);
    player.setAttribute('preload', '');
    await player.updateComplete;
    expect(player.preload).to.equal('auto');
    expect(innerVideo(player).preload).to.equal('auto');
    player.preload = null;
    await player.updateComplete;
    expect(player.preload).to.equal(defaultPreload);
    expect(innerVideo(player).preload).to.equal(defaultPreload);
  });

  it('poster is forwarded to the media-poster-image element', async () => {
    const poster = originUrl('image', '/vod/thumbnail.jpg?time=0');
    const player = await mountPlayer({ ...quiet, poster });
    expect(player.poster).to.equal(poster);
    expect(innerVideo(player).getAttribute('poster')).to.equal(poster);
    player.removeAttribute('poster');
    await player.updateComplete;
    expect(innerVideo(player).hasAttribute('poster')).to.equal(false);
    player.setAttribute('poster', originUrl('image', '/vod/thumbnail.jpg?time=1'));
    await player.updateComplete;
    expect(innerVideo(player).getAttribute('poster')).to.equal(originUrl('image', '/vod/thumbnail.jpg?time=1'));
  });

  it('poster can be unset with an empty string', async () => {
    const poster = originUrl('image', '/vod/thumbnail.jpg?time=0');
    const player = await mountPlayer({ ...quiet, poster, 'playback-id': 'vod' });
    expect(player.poster).to.equal(poster);
    player.removeAttribute('poster');
    // The derived poster: WebP, as Mux Player asks for it.
    expect(player.poster).to.equal(originUrl('image', '/vod/thumbnail.webp'));
    player.poster = '';
    await player.updateComplete;
    // Difference: an empty poster reads back as no poster (undefined), not ''.
    expect(player.poster).to.equal(undefined);
    expect(innerVideo(player).hasAttribute('poster')).to.equal(false);
    player.setAttribute('poster', originUrl('image', '/vod/thumbnail.jpg?time=1'));
    await player.updateComplete;
    expect(player.poster).to.equal(originUrl('image', '/vod/thumbnail.jpg?time=1'));
    expect(innerVideo(player).getAttribute('poster')).to.equal(player.poster);
  });

  it('src is forwarded to the media element', async () => {
    const src = originUrl('stream', '/vod.m3u8');
    const player = await mountPlayer({ ...quiet, src, muted: true });
    expect(player.src).to.equal(src);
    await until(() => player.currentSrc !== '', 'a source loaded');
    player.removeAttribute('src');
    await player.updateComplete;
    expect(player.src).to.equal(null);
    const next = originUrl('stream', '/vod-fmp4.m3u8');
    player.setAttribute('src', next);
    await player.updateComplete;
    expect(player.src).to.equal(next);
  });

  it("signing tokens generate correct asset URL's", async () => {
    const playback = await mintToken({ sub: 'signed-vod', aud: 'v' });
    const thumbnail = await mintToken({ sub: 'signed-vod', aud: 't' });
    const player = await mountPlayer({
      ...quiet,
      'playback-id': 'signed-vod',
      'playback-token': playback,
      'thumbnail-token': thumbnail,
      muted: true,
    });
    await nextEvent(player, 'loadedmetadata');
    // The playlist URL carries the token alone (no redundant_streams beside a token).
    expect(query(playlistUrl())).to.deep.equal({ token: playback });
    expect(player.poster).to.equal(originUrl('image', `/signed-vod/thumbnail.webp?token=${thumbnail}`));
  });

  it('max-resolution is set as a prop and forwarded to the media element', async () => {
    const player = await mountPlayer({ ...quiet, 'playback-id': 'vod', 'max-resolution': '720p', muted: true });
    expect(player.maxResolution).to.equal('720p');
    await nextEvent(player, 'loadedmetadata');
    expect(query(playlistUrl())).to.deep.equal({ redundant_streams: 'true', max_resolution: '720p' });
    player.removeAttribute('max-resolution');
    expect(player.maxResolution).to.equal(null);
    player.maxResolution = '720p';
    expect(player.maxResolution).to.equal('720p');
  });

  it('should apply extra-playlist-params as arbitrary search params on src', async () => {
    const player = await mountPlayer({
      ...quiet,
      'playback-id': 'vod',
      'extra-source-params': 'foo=str&bar=true&baz=1',
      muted: true,
    });
    expect(player.extraSourceParams).to.deep.equal({ foo: 'str', bar: 'true', baz: '1' });
    await nextEvent(player, 'loadedmetadata');
    // Difference: the page's parameters join redundant_streams rather than replacing it.
    expect(query(playlistUrl())).to.deep.equal({ redundant_streams: 'true', foo: 'str', bar: 'true', baz: '1' });
    player.removeAttribute('extra-source-params');
    expect(player.extraSourceParams).to.equal(undefined);
    const params = { foo: 'str', bar: true, baz: 1 };
    player.extraSourceParams = params;
    expect(player.extraSourceParams).to.deep.equal(params);
  });

  it('buffered behaviors: should have an empty TimeRanges value by default', async () => {
    const player = await mountPlayer(quiet);
    expect(player.buffered).to.be.instanceOf(TimeRanges);
    expect(player.buffered.length).to.equal(0);
  });

  it('seekable behaviors: should have an empty TimeRanges value by default', async () => {
    const player = await mountPlayer(quiet);
    expect(player.seekable).to.be.instanceOf(TimeRanges);
    expect(player.seekable.length).to.equal(0);
  });
});

describe('Mux Player conformance: <mux-player> playbackId transitions', () => {
  afterEach(unmountAll);

  it('loads the new playbackId', async () => {
    const player = await mountPlayer({ ...quiet, 'playback-id': 'vod', muted: true });
    await nextEvent(player, 'loadedmetadata');
    player.playbackId = 'vod-fmp4';
    await nextEvent(player, 'loadedmetadata');
    // Difference: `src` stays what the page set (here nothing); the derived URL is what is requested.
    expect(playlistUrl()).to.equal(originUrl('stream', '/vod-fmp4.m3u8?redundant_streams=true'));
    expect(player.src).to.equal(undefined);
  });

  it('unloads the current playbackId', async () => {
    const player = await mountPlayer({ ...quiet, 'playback-id': 'vod', muted: true });
    await nextEvent(player, 'loadedmetadata');
    player.removeAttribute('playback-id');
    await player.updateComplete;
    expect(player.playbackId).to.equal(null);
    await until(() => player.readyState === 0, 'the media emptied');
  });

  it('loads the new src', async () => {
    const player = await mountPlayer({ ...quiet, src: originUrl('stream', '/vod.m3u8'), muted: true });
    await nextEvent(player, 'loadedmetadata');
    player.src = originUrl('stream', '/vod-fmp4.m3u8');
    await nextEvent(player, 'loadedmetadata');
    expect(player.src).to.equal(originUrl('stream', '/vod-fmp4.m3u8'));
    expect(playlistUrl()).to.equal(originUrl('stream', '/vod-fmp4.m3u8'));
  });

  it('unloads the current src', async () => {
    const player = await mountPlayer({ ...quiet, src: originUrl('stream', '/vod.m3u8'), muted: true });
    await nextEvent(player, 'loadedmetadata');
    player.removeAttribute('src');
    await player.updateComplete;
    expect(player.src).to.equal(null);
    await until(() => player.readyState === 0, 'the media emptied');
  });
});

describe('Mux Player conformance: player.stream-types.test.js', () => {
  afterEach(unmountAll);

  it('should set expected default values for stream type on-demand', async () => {
    const player = await mountPlayer({ ...quiet, 'stream-type': 'on-demand' });
    expect(player.streamType).to.equal('on-demand');
    expect(player.targetLiveWindow).to.be.NaN;
  });

  it('should set expected default values for stream type live', async () => {
    const player = await mountPlayer({ ...quiet, 'stream-type': 'live' });
    expect(player.streamType).to.equal('live');
    expect(player.targetLiveWindow).to.equal(0);
  });

  // Difference for the three legacy values: `streamType` reads the meaning (`live`), not the
  // deprecated spelling, so code that compares with "live" works; a warning names the replacement.
  for (const [value, window] of [
    ['ll-live', 0],
    ['live:dvr', Infinity],
    ['ll-live:dvr', Infinity],
  ] as const) {
    it(`should set expected default values for stream type ${value}`, async () => {
      const player = await mountPlayer({ ...quiet, 'stream-type': value });
      expect(player.streamType).to.equal('live');
      expect(player.targetLiveWindow).to.equal(window);
    });
  }
});
