import { expect } from '@esm-bundle/chai';
import { mintToken } from '../../../test/browser/origin.ts';
import { decodedFrames, playsPast } from '../../../test/browser/playback.ts';
import { innerVideo, mountPlayer, nextEvent, requestsTo, unmountAll, until } from '../../../test/browser/player.ts';
import type { PlayerErrorEvent } from './events.ts';

async function tokens(playbackId: string, drmOptions: { expiresIn?: number } = {}) {
  return {
    'playback-token': await mintToken({ sub: playbackId, aud: 'v' }),
    'drm-token': await mintToken({ sub: playbackId, aud: 'd' }, drmOptions),
  };
}

describe('<video-player> DRM', () => {
  const { error } = console;
  beforeEach(() => {
    console.error = () => undefined;
  });
  afterEach(() => {
    console.error = error;
    unmountAll();
  });

  it('plays vod-clearkey end to end with the licence from the origin', async () => {
    const since = performance.now();
    const player = await mountPlayer({ 'playback-id': 'vod-clearkey', ...(await tokens('vod-clearkey')), muted: true });
    await player.play();
    await playsPast(innerVideo(player), 1);
    expect(decodedFrames(innerVideo(player))).to.be.greaterThan(0);
    expect(innerVideo(player).mediaKeys).to.not.equal(null);
    expect(requestsTo('license', since).some((url) => url.includes('/license/clearkey/vod-clearkey'))).to.equal(true);
  });

  it('releases the keys when the source changes', async () => {
    const player = await mountPlayer({ 'playback-id': 'vod-clearkey', ...(await tokens('vod-clearkey')), muted: true });
    await player.play();
    await playsPast(innerVideo(player), 0.5);
    player.removeAttribute('drm-token');
    player.removeAttribute('playback-token');
    player.playbackId = 'vod';
    await player.updateComplete;
    await player.play();
    await playsPast(innerVideo(player), 0.5);
    await until(() => innerVideo(player).mediaKeys === null, 'the media keys to be released');
  });

  it('catches an expired DRM token before any request', async () => {
    const since = performance.now();
    const player = document.createElement('video-player');
    const failed = nextEvent<PlayerErrorEvent>(player, 'error');
    const attributes = { 'playback-id': 'vod-clearkey', ...(await tokens('vod-clearkey', { expiresIn: -60 })) };
    for (const [name, value] of Object.entries(attributes)) player.setAttribute(name, value);
    player.setAttribute('custom-domain', (await import('../../../test/browser/origin.ts')).domain);
    document.body.append(player);
    const { detail } = await failed;
    expect([detail.code, detail.category]).to.deep.equal(['TOKEN_EXPIRED', 'drm']);
    expect(detail.message).to.include('drm-token');
    expect(requestsTo('license', since)).to.deep.equal([]);
    expect(requestsTo('stream', since)).to.deep.equal([]);
    player.remove();
  });

  it('says Widevine is not supported in this browser instead of hanging', async () => {
    const player = await mountPlayer({ 'playback-id': 'vod-widevine', ...(await tokens('vod-widevine')), muted: true });
    const failed = nextEvent<PlayerErrorEvent>(player, 'error', (event) => event.detail.fatal);
    void player.play().catch(() => undefined);
    const { detail } = await failed;
    expect([detail.code, detail.category]).to.deep.equal(['DRM_UNSUPPORTED', 'drm']);
  });

  it('says a DRM stream needs drm-token when it has none', async () => {
    const player = await mountPlayer({
      'playback-id': 'vod-clearkey',
      'playback-token': await mintToken({ sub: 'vod-clearkey', aud: 'v' }),
      muted: true,
    });
    const failed = nextEvent<PlayerErrorEvent>(player, 'error', (event) => event.detail.fatal);
    void player.play().catch(() => undefined);
    const { detail } = await failed;
    expect(detail.category).to.equal('drm');
    expect(detail.message).to.include('drm-token');
  });
});
