import { expect } from '@esm-bundle/chai';
import { addFault, resetOrigin } from '../../../test/browser/origin.ts';
import { playsPast } from '../../../test/browser/playback.ts';
import { innerVideo, mountPlayer, nextEvent, requestsTo, unmountAll, until } from '../../../test/browser/player.ts';
import type { PlayerErrorEvent } from './events.ts';

describe('<video-player> recovery', () => {
  afterEach(async () => {
    unmountAll();
    await resetOrigin();
  });

  it('fails over to the redundant host when the primary segment host fails', async () => {
    // Every media playlist and segment on the primary host fails; the multivariant still loads.
    await addFault({ host: 'stream', pathPattern: '^/vod/', status: 500, times: 1000 });
    const since = performance.now();
    const player = await mountPlayer({
      'playback-id': 'vod',
      'extra-source-params': 'redundant_streams=true',
      muted: true,
    });
    await player.play();
    await playsPast(innerVideo(player), 1);
    expect(requestsTo('stream2', since).length).to.be.greaterThan(0);
    expect(player.error).to.equal(null);
  });

  it('recovers from a failed segment', async () => {
    await addFault({ host: 'stream', pathPattern: '^/vod/media/', status: 500, times: 2 });
    const player = await mountPlayer({ 'playback-id': 'vod', muted: true });
    await player.play();
    await playsPast(innerVideo(player), 2);
    expect(player.error).to.equal(null);
  });
});

describe('<video-player> offline', () => {
  const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine');
  afterEach(async () => {
    if (onLine) Object.defineProperty(Navigator.prototype, 'onLine', onLine);
    unmountAll();
    await resetOrigin();
  });

  // Playwright's setOffline also cuts the test runner's own connection, so the page is taken
  // offline the way the browser reports it (navigator.onLine and the offline/online events)
  // while the origin drops every stream connection.
  it('resumes a live stream when the network comes back', async () => {
    const player = await mountPlayer({ 'playback-id': 'live', muted: true, 'disable-tracking': true });
    await player.play();
    await playsPast(innerVideo(player), player.currentTime + 0.5);

    await addFault({ host: 'stream', drop: 'response', times: 1000 });
    Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false });
    const offline = nextEvent<PlayerErrorEvent>(player, 'error');
    window.dispatchEvent(new Event('offline'));
    const { detail } = await offline;
    expect(detail.code).to.equal('NETWORK_OFFLINE');
    expect(player.error).to.equal(detail);
    // Long enough for hls.js to fail requests and stop where its buffer ends.
    await new Promise((resolve) => setTimeout(resolve, 4000));
    const stoppedAt = player.currentTime;

    await resetOrigin();
    if (onLine) Object.defineProperty(Navigator.prototype, 'onLine', onLine);
    window.dispatchEvent(new Event('online'));
    await until(() => player.error === null, 'the error to clear');
    await playsPast(innerVideo(player), stoppedAt + 2);
  });
});
