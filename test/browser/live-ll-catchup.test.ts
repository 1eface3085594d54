import { expect } from '@esm-bundle/chai';
import type { VideoPlayer } from '../../packages/video-player/src/video-player.ts';
import { originUrl } from './origin.ts';
import { playsPast } from './playback.ts';
import { innerVideo, mountPlayer, unmountAll, until } from './player.ts';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function playLive(attributes: Record<string, string>): Promise<VideoPlayer> {
  const player = await mountPlayer({ muted: true, 'disable-tracking': true, ...attributes });
  await player.play();
  await playsPast(innerVideo(player), player.currentTime + 0.5);
  return player;
}

describe('<video-player> low-latency live: catch-up and rendition filters', function () {
  this.timeout(90_000);
  beforeEach(() => fetch(originUrl('control', '/reset'), { method: 'POST' }));
  afterEach(unmountAll);

  it('behind the target latency it plays faster than 1× until the latency comes back down', async () => {
    const player = await playLive({ 'playback-id': 'live-ll' });
    await sleep(3000);
    const video = innerVideo(player);
    let fastest = video.playbackRate;
    video.addEventListener('ratechange', () => (fastest = Math.max(fastest, video.playbackRate)));
    // Two seconds behind: still within hls.js's live range (one target duration past the target), not DVR.
    player.currentTime = player.currentTime - 2;
    await until(() => player.readyState >= 3 && !player.seeking, 'playing after the seek back');
    const behind = player.liveLatency;
    await until(() => player.liveLatency < behind - 1, 'the latency to come down by a second', 40_000);
    console.log(
      `catch-up: ${behind.toFixed(2)} s behind → ${player.liveLatency.toFixed(2)} s, fastest rate ${String(fastest)}`,
    );
    expect(fastest).to.be.greaterThan(1);
    expect(player.paused).to.equal(false);
  });

  it('DVR: a viewer who seeks back into the window plays at 1×; back near the edge it catches up again', async () => {
    const player = await playLive({ 'playback-id': 'live-ll-dvr' });
    await sleep(2000);
    const video = innerVideo(player);
    let fastest = 1;
    const onRate = (): void => {
      fastest = Math.max(fastest, video.playbackRate);
    };
    video.addEventListener('ratechange', onRate);
    // Three seconds back: within hls.js's own catch-up range (one target duration past the
    // target latency), but a seek the viewer made into the DVR window.
    player.currentTime = player.currentTime - 3;
    await until(() => player.readyState >= 3 && !player.seeking, 'playing after the seek back');
    const behind = player.liveLatency;
    const from = player.currentTime;
    await until(() => player.currentTime > from + 4, 'four seconds of playback behind the edge', 40_000);
    console.log(
      `behind by choice: latency ${behind.toFixed(2)} → ${player.liveLatency.toFixed(2)} s, fastest rate ${String(fastest)}`,
    );
    expect(fastest, 'no catch-up while the viewer sits behind').to.equal(1);
    expect(player.liveLatency).to.be.greaterThan(behind - 0.5);

    player.seekToLive();
    await until(() => player.readyState >= 3 && !player.seeking, 'playing at the live edge');
    // A second behind the sync position: near the edge, so hls.js catches up.
    player.currentTime = player.currentTime - 1;
    await until(() => player.readyState >= 3 && !player.seeking, 'playing after a short seek back');
    const near = player.liveLatency;
    await until(() => fastest > 1, 'catch-up near the edge', 40_000);
    await until(() => player.liveLatency < near - 0.5, 'the latency to come down', 40_000);
    video.removeEventListener('ratechange', onRate);
  });

  it('max-resolution keeps the low-latency stream to the renditions it allows', async () => {
    const player = await playLive({ 'playback-id': 'live-ll', 'max-resolution': '360p' });
    expect(player.renditions.length).to.equal(1);
    expect(player.renditions[0]?.height).to.equal(360);
    expect(innerVideo(player).videoHeight).to.equal(360);
  });

  it('min-resolution and rendition-order work on the low-latency stream too', async () => {
    const player = await playLive({ 'playback-id': 'live-ll', 'min-resolution': '540p', 'rendition-order': 'desc' });
    expect([...player.renditions].map((rendition) => rendition.height)).to.deep.equal([540]);
    expect(innerVideo(player).videoHeight).to.equal(540);
  });
});
