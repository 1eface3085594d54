// The startup prefetch: the first playlists and segments go out while hls.js loads, and hls.js
// is handed them instead of asking again. Its own page, so Resource Timing holds only these
// tests' requests.
import { expect } from '@esm-bundle/chai';
import { addFault, resetOrigin } from '../../../test/browser/origin.ts';
import { playsPast } from '../../../test/browser/playback.ts';
import { innerVideo, mountPlayer, unmountAll } from '../../../test/browser/player.ts';

/** Each stream request since `since`: path and how it was made (`fetch` = prefetch, `xmlhttprequest` = hls.js). */
const streamRequests = (since: number): { path: string; by: string }[] =>
  (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((entry) => entry.startTime >= since && new URL(entry.name).hostname.startsWith('stream.'))
    .map((entry) => ({ path: new URL(entry.name).pathname, by: entry.initiatorType }));

const count = (requests: { path: string }[], path: string): number =>
  requests.filter((request) => request.path === path).length;

const play = (attributes: Record<string, string | boolean> = {}) =>
  mountPlayer({ 'playback-id': 'vod', autoplay: 'muted', muted: true, 'disable-tracking': true, ...attributes });

describe('<video-player> startup prefetch', () => {
  afterEach(async () => {
    unmountAll();
    await resetOrigin();
  });

  it('fetches the first playlists and segments early, and hls.js asks for none of them again', async () => {
    const since = performance.now();
    const player = await play();
    await playsPast(innerVideo(player), 0.5);
    const requests = streamRequests(since);
    const early = requests.filter((request) => request.by === 'fetch').map((request) => request.path);
    expect(early).to.include.members(['/vod.m3u8', '/vod/audio/en.m3u8', '/vod/media/audio/en/0.ts']);
    const rendition = early.find((path) => path.startsWith('/vod/rendition/'));
    const firstVideo = early.find((path) => path.startsWith('/vod/media/video/'));
    expect(rendition, 'the start rendition playlist').to.be.a('string');
    expect(firstVideo, 'its first segment').to.match(/\/0\.ts$/);
    for (const path of [...early]) expect(count(requests, path), path).to.equal(1);
  });

  it('fetches the segment that holds start-time', async () => {
    const since = performance.now();
    const player = await play({ 'start-time': '5' });
    await playsPast(innerVideo(player), 5.5);
    const early = streamRequests(since).filter((request) => request.by === 'fetch');
    expect(early.map((request) => request.path)).to.include('/vod/media/audio/en/2.ts');
    for (const { path } of early) expect(count(streamRequests(since), path), path).to.equal(1);
  });

  it('leaves a failed early request to hls.js, which asks again and plays', async () => {
    await addFault({ host: 'stream', path: '/vod.m3u8', status: 500, times: 1 });
    const since = performance.now();
    const player = await play();
    await playsPast(innerVideo(player), 0.5);
    const requests = streamRequests(since);
    expect(requests.filter((request) => request.path === '/vod.m3u8').map((request) => request.by)).to.deep.equal([
      'fetch',
      'xmlhttprequest',
    ]);
  });

  it('stays out of the way of an app that takes requests over (hlsConfig xhrSetup)', async () => {
    const since = performance.now();
    const urls: string[] = [];
    const player = await mountPlayer({ 'playback-id': 'vod', preload: 'none', muted: true, 'disable-tracking': true });
    player.hlsConfig = { xhrSetup: (_xhr, url) => void urls.push(new URL(url).pathname) };
    await player.play();
    await playsPast(innerVideo(player), 0.5);
    expect(streamRequests(since).filter((request) => request.by === 'fetch')).to.deep.equal([]);
    expect(urls).to.include('/vod.m3u8');
  });
});
