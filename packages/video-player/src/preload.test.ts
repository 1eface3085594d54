// What each `preload` value fetches before play, counted in the page's Resource Timing. Its own
// page, so the resource list holds only this file's requests. `vod` is 12 s: six 2 s segments
// of one video rendition and six of the demuxed audio.
import { expect } from '@esm-bundle/chai';
import { addFault, resetOrigin } from '../../../test/browser/origin.ts';
import { playsPast } from '../../../test/browser/playback.ts';
import {
  innerVideo,
  mountPlayer,
  nextEvent,
  requestsTo,
  unmountAll,
  until,
  warnings,
} from '../../../test/browser/player.ts';

const paths = (since: number, pattern: RegExp): string[] =>
  requestsTo('stream', since)
    .map((url) => new URL(url).pathname)
    .filter((path) => pattern.test(path))
    .sort();
const segments = (since: number): string[] => paths(since, /\.(ts|m4s)$/);
const playlists = (since: number): string[] => paths(since, /\.m3u8$/);
const settle = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const mount = (preload: string, attributes: Record<string, string> = {}) =>
  mountPlayer({ 'playback-id': 'vod', preload, muted: true, 'disable-tracking': true, ...attributes });
const videoSegments = (since: number): string[] => segments(since).filter((path) => path.includes('/media/video/'));

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

  it('"metadata" loads the frame a viewer seeks to before playing', async () => {
    const since = performance.now();
    const player = await mount('metadata');
    const video = innerVideo(player);
    await nextEvent(video, 'loadeddata');
    player.currentTime = 7;
    await nextEvent(video, 'seeked');
    await until(() => video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA, 'the frame at 7 s');
    expect(segments(since).some((path) => path.endsWith('/3.ts'))).to.equal(true, segments(since).join(', '));
    expect(video.paused).to.equal(true);
  });

  it('"auto" buffers the normal forward buffer (all of vod) without play', async () => {
    const since = performance.now();
    const player = await mount('auto');
    await until(() => segments(since).length === 12, 'twelve segments buffered');
    await settle(500);
    expect(segments(since)).to.have.length(12);
    expect(innerVideo(player).paused).to.equal(true);
  });

  it('"metadata" with min-preload-segments="3" fetches three video segments, then holds', async () => {
    const since = performance.now();
    const player = await mount('metadata', { 'min-preload-segments': '3' });
    await nextEvent(innerVideo(player), 'loadeddata');
    await until(() => videoSegments(since).length === 3, `three video segments: ${segments(since).join(' ')}`);
    await settle(1500);
    expect(videoSegments(since).map((path) => path.split('/').at(-1))).to.deep.equal(['0.ts', '1.ts', '2.ts']);
    expect(segments(since).filter((path) => path.includes('/media/audio/'))).to.have.length(1);
  });

  it('min-preload-segments="3" starts playback only once three video segments are buffered', async () => {
    // The third video segment comes late: playback must wait for it, not start on the first.
    await addFault({ host: 'stream', pathPattern: '^/vod/media/video/[^/]+/2\\.ts', delayMs: 1500 });
    try {
      const since = performance.now();
      const player = await mount('none', { 'min-preload-segments': '3' });
      const video = innerVideo(player);
      const playing = nextEvent(video, 'playing').then(() => performance.now());
      await player.play();
      const playingAt = await playing;
      // The video's own buffer, not `buffered` (which the audio, counted apart, may still hold back).
      const third = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find(
        (entry) => entry.startTime >= since && /\/vod\/media\/video\/[^/]+\/2\.ts$/.test(entry.name),
      );
      expect(third?.responseEnd ?? Infinity, 'the third video segment arrived before playing').to.be.at.most(playingAt);
      await playsPast(video, 0.5);
    } finally {
      await resetOrigin();
    }
  });

  it('min-preload-segments that is not a whole number warns once and does not hold playback', async () => {
    const lines = await warnings(async () => {
      const player = await mount('none', { 'min-preload-segments': 'many' });
      await player.play();
      await playsPast(innerVideo(player), 0.3);
    });
    expect(lines.filter((line) => line.includes('min-preload-segments="many"'))).to.have.length(1);
  });
});
