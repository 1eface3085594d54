import { expect } from '@esm-bundle/chai';
import Hls from 'hls.js';
import { mintToken, originUrl } from '../../../test/browser/origin.ts';
import { decodedFrames, playsPast } from '../../../test/browser/playback.ts';
import { innerVideo, mountPlayer, nextEvent, requestsTo, unmountAll, until } from '../../../test/browser/player.ts';

describe('<video-player> playback', () => {
  afterEach(unmountAll);

  it('plays a public playback ID (MPEG-TS) to decoded frames', async () => {
    const player = await mountPlayer({ 'playback-id': 'vod', muted: true });
    await player.play();
    await playsPast(innerVideo(player), 1);
    expect(decodedFrames(innerVideo(player))).to.be.greaterThan(0);
    expect(player.currentTime).to.be.greaterThan(1);
    expect(player.paused).to.equal(false);
    expect(player.duration).to.be.closeTo(12, 0.2);
    expect(player.streamType).to.equal('on-demand');
  });

  it('plays fMP4 (CMAF) renditions', async () => {
    const player = await mountPlayer({ 'playback-id': 'vod-fmp4', muted: true });
    await player.play();
    await playsPast(innerVideo(player), 1);
  });

  it('plays an HLS src and an MP4 src (the native engine)', async () => {
    const hlsPlayer = await mountPlayer({ src: originUrl('stream', '/vod.m3u8'), muted: true });
    await hlsPlayer.play();
    await playsPast(innerVideo(hlsPlayer), 1);

    const mp4Player = await mountPlayer({ src: originUrl('stream', '/vod/highest.mp4'), muted: true });
    await mp4Player.play();
    await playsPast(innerVideo(mp4Player), 1);
    expect(mp4Player.videoHeight).to.equal(720);
  });

  it('plays HLS with the browser engine when prefer-playback="native" (Chromium has one)', async () => {
    const player = await mountPlayer({ 'playback-id': 'vod', 'prefer-playback': 'native', muted: true });
    await player.play();
    await playsPast(innerVideo(player), 1);
    expect(innerVideo(player).src).to.equal(originUrl('stream', '/vod.m3u8?redundant_streams=true'));
    await until(() => player.streamType === 'on-demand', 'the stream type from the playlist');
  });

  it('re-dispatches media events from the element', async () => {
    const player = await mountPlayer({ 'playback-id': 'vod', muted: true });
    const playing = nextEvent(player, 'playing');
    const timeupdate = nextEvent(player, 'timeupdate');
    await player.play();
    await Promise.all([playing, timeupdate]);
  });

  it('autoplays muted', async () => {
    const player = await mountPlayer({ 'playback-id': 'vod', autoplay: 'muted' });
    await nextEvent(player, 'playing');
    expect(player.muted).to.equal(true);
    expect(innerVideo(player).muted).to.equal(true);
  });

  it('starts at start-time', async () => {
    const player = await mountPlayer({ 'playback-id': 'vod', muted: true, 'start-time': '6' });
    await player.play();
    await playsPast(innerVideo(player), 6.2);
    expect(player.played.start(0)).to.be.at.least(5.9);
  });

  it('derives the poster from the playback ID and thumbnail-time', async () => {
    const player = await mountPlayer({ 'playback-id': 'vod', 'thumbnail-time': '4', preload: 'none' });
    expect(innerVideo(player).poster).to.equal(originUrl('image', '/vod/thumbnail.webp?time=4'));
  });

  it('shows the placeholder until the poster, and signs the derived poster with thumbnail-token', async () => {
    const token = await mintToken({ sub: 'signed-vod', aud: 't' });
    const placeholder = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    const player = await mountPlayer({
      'playback-id': 'signed-vod',
      'thumbnail-token': token,
      placeholder,
      preload: 'none',
    });
    const layer = player.shadowRoot?.querySelector('[part="placeholder"]');
    expect(layer instanceof HTMLImageElement && layer.src).to.equal(placeholder);
    // The token is checked first (its code loads with the first token), then the poster is set.
    await until(() => innerVideo(player).poster !== '', 'the signed poster');
    const poster = innerVideo(player).poster;
    expect(poster).to.equal(originUrl('image', `/signed-vod/thumbnail.webp?token=${token}`));
    expect((await fetch(poster)).status).to.equal(200);
  });

  it('requests no poster for an expired thumbnail-token, and says why', async () => {
    const token = await mintToken({ sub: 'signed-vod', aud: 't' }, { expiresIn: -60 });
    const { warn } = console;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const since = performance.now();
      const player = await mountPlayer({ 'playback-id': 'signed-vod', 'thumbnail-token': token, preload: 'none' });
      await until(() => warnings.some((text) => text.includes('no poster')), 'the poster warning');
      expect(warnings.join('\n')).to.include('thumbnail-token expired');
      expect(innerVideo(player).poster).to.equal('');
      expect(requestsTo('image', since)).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
  });

  it('tears down and loads the new stream when playback-id changes', async () => {
    const player = await mountPlayer({ 'playback-id': 'vod', muted: true });
    await player.play();
    await playsPast(innerVideo(player), 0.5);
    // Earlier tests (and the subtitles that start on) can fill the page's resource timing buffer.
    performance.clearResourceTimings();
    const since = performance.now();
    player.playbackId = 'vod-fmp4';
    await player.updateComplete;
    await player.play();
    await playsPast(innerVideo(player), 0.5);
    const requested = requestsTo('stream', since);
    expect(requested.some((url) => url.includes('/vod-fmp4'))).to.equal(true);
    expect(requested.some((url) => url.includes('/vod/') || url.endsWith('/vod.m3u8'))).to.equal(false);
  });

  it('leaves no hls.js instance, request or listener behind after disconnect', async () => {
    const created: Hls[] = [];
    const destroyed: Hls[] = [];
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the instance, then restored
    const { loadSource, destroy } = Hls.prototype;
    Hls.prototype.loadSource = function (this: Hls, url: string) {
      created.push(this);
      loadSource.call(this, url);
    };
    Hls.prototype.destroy = function (this: Hls) {
      destroyed.push(this);
      destroy.call(this);
    };
    try {
      const player = await mountPlayer({ 'playback-id': 'vod', muted: true });
      await player.play();
      await playsPast(innerVideo(player), 0.5);
      const video = innerVideo(player);
      player.remove();
      expect(created.length).to.equal(1);
      expect(destroyed).to.deep.equal(created);
      expect(video.getAttribute('src')).to.equal(null);
      const since = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(requestsTo('stream', since)).to.deep.equal([]);

      // Reconnecting loads again.
      document.body.append(player);
      await player.updateComplete;
      await player.play();
      await playsPast(innerVideo(player), 0.3);
      expect(created.length).to.equal(2);
    } finally {
      Hls.prototype.loadSource = loadSource;
      Hls.prototype.destroy = destroy;
    }
  });

  it('exposes the media element surface before it renders', () => {
    const player = document.createElement('video-player');
    player.currentTime = 3;
    player.volume = 0.5;
    expect(player.currentTime).to.equal(3);
    expect(player.volume).to.equal(0.5);
    expect(player.paused).to.equal(true);
    expect(player.buffered.length).to.equal(0);
  });

  it('keeps waiting-for-source quiet: no playback ID, no error', async () => {
    const since = performance.now();
    const player = await mountPlayer({});
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(player.error).to.equal(null);
    expect(requestsTo('stream', since)).to.deep.equal([]);
  });
});
