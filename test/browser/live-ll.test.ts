import { expect } from '@esm-bundle/chai';
import type { VideoPlayer } from '../../packages/video-player/src/video-player.ts';
import { originUrl } from './origin.ts';
import { playsPast } from './playback.ts';
import { innerVideo, mountPlayer, nextEvent, requestsTo, unmountAll, until } from './player.ts';

/** Drives the encoder of a low-latency live ID on the origin. */
async function encoder(playbackId: string, action: string, body: unknown = {}): Promise<void> {
  const response = await fetch(originUrl('control', `/live/${playbackId}/${action}`), {
    method: 'POST',
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${action}: ${response.status} ${await response.text()}`);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Samples `liveLatency` every 250 ms for `ms`; sorted. */
async function sampleLatency(player: VideoPlayer, ms: number): Promise<number[]> {
  const samples: number[] = [];
  for (let waited = 0; waited < ms; waited += 250) {
    await sleep(250);
    if (Number.isFinite(player.liveLatency)) samples.push(player.liveLatency);
  }
  return samples.sort((a, b) => a - b);
}

const median = (sorted: number[]): number => sorted[Math.floor(sorted.length / 2)] ?? NaN;

async function playLive(playbackId: string): Promise<VideoPlayer> {
  const player = await mountPlayer({ 'playback-id': playbackId, muted: true });
  await player.play();
  await playsPast(innerVideo(player), player.currentTime + 0.5);
  return player;
}

const waitingOverlay = (player: VideoPlayer): Element | null | undefined =>
  player.shadowRoot?.querySelector('[part~="live-waiting"]');

describe('<video-player> low-latency live (live-ll)', function () {
  this.timeout(60_000);
  beforeEach(() => fetch(originUrl('control', '/reset'), { method: 'POST' }));
  afterEach(unmountAll);

  it('plays in low-latency mode: loads parts with blocking reloads and settles near the live edge', async () => {
    const started = performance.now();
    const player = await playLive('live-ll');
    expect(player.streamType).to.equal('live');
    await sleep(3000);
    const samples = await sampleLatency(player, 4000);
    const requests = requestsTo('stream', started);
    expect(
      requests.some((url) => url.includes('/part/')),
      'parts loaded',
    ).to.equal(true);
    expect(
      requests.some((url) => url.includes('_HLS_msn=')),
      'blocking playlist reloads',
    ).to.equal(true);
    // PART-HOLD-BACK is 1.5 s; loosely bounded here, measured in `npm run bench`.
    const typical = median(samples);
    console.log(`live-ll latency: median ${typical.toFixed(2)} s over ${samples.length} samples`);
    expect(typical).to.be.within(0.5, 4);
  });

  it('disconnect: shows "waiting for the stream" instead of spinning, and resumes by itself on reconnect', async () => {
    const player = await playLive('live-ll');
    await encoder('live-ll', 'disconnect');
    await until(() => player.liveStalled, 'the stalled state', 15_000);
    const overlay = waitingOverlay(player);
    expect(overlay?.getAttribute('role')).to.equal('status');
    expect(overlay?.textContent).to.match(/waiting for the stream/i);
    expect(player.shadowRoot?.querySelector('[part~="loading"]'), 'no spinner beside it').to.equal(null);
    expect(player.error).to.equal(null);
    const stalledAt = player.currentTime;
    await encoder('live-ll', 'reconnect');
    await until(() => !player.liveStalled && player.currentTime > stalledAt + 1, 'playback to resume', 20_000);
    expect(waitingOverlay(player)).to.equal(null);
    expect(player.paused).to.equal(false);
  });

  it('gives up after max-reconnect-retries with LIVE_STREAM_DISCONNECTED, and a retry', async () => {
    const player = await mountPlayer({ 'playback-id': 'live-ll', muted: true, 'max-reconnect-retries': '1' });
    await player.play();
    await playsPast(innerVideo(player), player.currentTime + 0.5);
    const failed = nextEvent(player, 'error', () => player.error?.code === 'LIVE_STREAM_DISCONNECTED', 20_000);
    await encoder('live-ll', 'disconnect');
    await failed;
    expect(player.error?.fatal).to.equal(true);
    expect(player.error?.message).to.match(/1 reconnect attempts/);
    expect(player.liveStalled).to.equal(false);
    const overlay = player.shadowRoot?.querySelector('[part~="error"]');
    expect(overlay?.textContent).to.match(/stopped and has not come back/);
    expect(player.shadowRoot?.querySelector('[part~="retry-button"]')).to.not.equal(null);
  });

  it('disconnect with a slate: keeps playing through the slate, and on after the reconnect', async () => {
    const player = await playLive('live-ll');
    await encoder('live-ll', 'disconnect', { slate: true });
    const during = player.currentTime;
    await sleep(5000);
    expect(player.currentTime).to.be.greaterThan(during + 3);
    expect(player.liveStalled).to.equal(false);
    await encoder('live-ll', 'reconnect');
    const after = player.currentTime;
    await sleep(3000);
    expect(player.currentTime).to.be.greaterThan(after + 2);
    expect(player.liveStalled).to.equal(false);
  });

  it('disconnect, then the end (ENDLIST) mid-playback: plays out what it has and fires ended exactly once', async () => {
    const player = await playLive('live-ll');
    let endedEvents = 0;
    player.addEventListener('ended', () => endedEvents++);
    await encoder('live-ll', 'disconnect');
    await sleep(1000);
    const onDemand = nextEvent(player, 'streamtypechange', () => player.streamType === 'on-demand', 20_000);
    await encoder('live-ll', 'end');
    await onDemand;
    await until(() => player.ended, 'ended', 20_000);
    await sleep(1500);
    expect(endedEvents).to.equal(1);
    expect(player.liveStalled).to.equal(false);
    expect(player.error).to.equal(null);
  });

  it('an end while catching up by rate plays the rest at 1× and fires ended once', async () => {
    const player = await playLive('live-ll');
    await sleep(2000);
    const video = innerVideo(player);
    player.currentTime = player.currentTime - 2;
    await until(() => video.playbackRate > 1, 'catching up by rate', 30_000);
    let endedEvents = 0;
    player.addEventListener('ended', () => endedEvents++);
    await encoder('live-ll', 'end');
    await until(() => player.streamType === 'on-demand', 'the stream to end', 20_000);
    await until(() => video.playbackRate === 1, 'the rate back at 1×', 10_000);
    await until(() => player.ended, 'ended', 25_000);
    await sleep(1500);
    expect(endedEvents).to.equal(1);
    expect(video.playbackRate).to.equal(1);
  });

  it('DVR: seeks back behind the edge, returns to it, and an end while behind plays out to one ended', async () => {
    const player = await playLive('live-ll-dvr');
    expect(player.targetLiveWindow).to.equal(Infinity);
    await sleep(1000);
    const atEdge = player.liveLatency;
    player.currentTime = player.currentTime - 8;
    await until(() => player.liveLatency > atEdge + 6 && !player.paused && player.readyState >= 3, 'playing behind');
    player.seekToLive();
    await until(() => player.liveLatency < atEdge + 1.5, 'back at the live edge');

    player.currentTime = player.currentTime - 4;
    await until(() => player.liveLatency > atEdge + 3 && player.readyState >= 3, 'playing behind again');
    let endedEvents = 0;
    player.addEventListener('ended', () => endedEvents++);
    await encoder('live-ll-dvr', 'end');
    await until(() => player.ended, 'ended', 25_000);
    await sleep(1500);
    expect(endedEvents).to.equal(1);
  });
});
