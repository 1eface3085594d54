// What each `preload` value fetches before play, counted in the page's Resource Timing. Its own
// page, so the resource list holds only this file's requests. `vod` is 12 s: six 2 s segments
// of one video rendition and six of the demuxed audio.
import { expect } from '@esm-bundle/chai';
import { playsPast } from '../../../test/browser/playback.ts';
import { innerVideo, mountPlayer, nextEvent, requestsTo, unmountAll, until } from '../../../test/browser/player.ts';

const paths = (since: number, pattern: RegExp): string[] =>
  requestsTo('stream', since)
    .map((url) => new URL(url).pathname)
    .filter((path) => pattern.test(path))
    .sort();
const segments = (since: number): string[] => paths(since, /\.(ts|m4s)$/);
const playlists = (since: number): string[] => paths(since, /\.m3u8$/);
const settle = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const mount = (preload: string) =>
  mountPlayer({ 'playback-id': 'vod', preload, muted: true, 'disable-tracking': true });

describe('<video-player> preload', () => {
  afterEach(unmountAll);

  it('"none" fetches no playlist and no segment until play', async () => {
    const since = performance.now();
    const player = await mount('none');
    await settle(1000);
    expect(playlists(since)).to.deep.equal([]);
    expect(segments(since)).to.deep.equal([]);

    await player.play();
    await playsPast(innerVideo(player), 0.5);
    expect(segments(since)).to.not.deep.equal([]);
  });

  it('"metadata" fetches the playlists and only the first segment of video and audio, and plays from it', async () => {
    const since = performance.now();
    const player = await mount('metadata');
    const video = innerVideo(player);
    await nextEvent(video, 'loadeddata');
    // Time enough for a held buffer to leak: hls.js ticks every 100 ms.
    await settle(1500);
    expect(playlists(since)).to.include.members(['/vod.m3u8']);
    expect(playlists(since).filter((path) => path.startsWith('/vod/rendition/'))).to.have.length(1);
    expect(playlists(since).filter((path) => path.startsWith('/vod/audio/'))).to.have.length(1);
    const before = segments(since);
    expect(before).to.have.length(2, before.join(', '));
    expect(before.every((path) => path.endsWith('/0.ts'))).to.equal(true, before.join(', '));
    expect(video.paused).to.equal(true);

    await player.play();
    await playsPast(video, 0.5);
    await until(() => segments(since).length > 2, 'the forward buffer after play');
  });

  it('"metadata" lets go of the buffer when the media is played directly', async () => {
    const since = performance.now();
    const player = await mount('metadata');
    const video = innerVideo(player);
    await nextEvent(video, 'loadeddata');
    await video.play();
    await until(() => segments(since).length > 2, 'the forward buffer after play');
  });

  it('"auto" buffers the normal forward buffer (all of vod) without play', async () => {
    const since = performance.now();
    const player = await mount('auto');
    await until(() => segments(since).length === 12, 'twelve segments buffered');
    await settle(500);
    expect(segments(since)).to.have.length(12);
    expect(innerVideo(player).paused).to.equal(true);
  });
});
