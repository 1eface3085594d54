import { expect } from '@esm-bundle/chai';
import { playsPast } from '../../../test/browser/playback.ts';
import { innerVideo, mountPlayer, nextEvent, unmountAll } from '../../../test/browser/player.ts';
import type { StreamTypeChangeEvent } from './events.ts';

describe('<video-player> live', () => {
  afterEach(unmountAll);

  it('infers a live sliding window: stream type, no DVR window, a live edge to seek to', async () => {
    const player = await mountPlayer({ 'playback-id': 'live', muted: true });
    const typed = nextEvent<StreamTypeChangeEvent>(player, 'streamtypechange', (event) => event.streamType === 'live');
    await player.play();
    await typed;
    await playsPast(innerVideo(player), player.currentTime + 0.5);
    expect(player.streamType).to.equal('live');
    expect(player.targetLiveWindow).to.equal(0);
    expect(player.liveEdge).to.be.a('number').and.satisfy(Number.isFinite);
    player.currentTime = player.seekable.start(0);
    player.seekToLive();
    expect(player.currentTime).to.be.closeTo(player.liveEdge, 0.5);
  });

  it('infers DVR from an EVENT playlist', async () => {
    const player = await mountPlayer({ 'playback-id': 'live-dvr', muted: true });
    await player.play();
    await playsPast(innerVideo(player), player.currentTime + 0.5);
    expect(player.streamType).to.equal('live');
    expect(player.targetLiveWindow).to.equal(Infinity);
  });

  it('an explicit stream-type wins over the playlist', async () => {
    const player = await mountPlayer({ 'playback-id': 'vod', 'stream-type': 'live', muted: true });
    expect(player.streamType).to.equal('live');
  });

  it('a stream that has ended (ENDLIST) plays to ended', async () => {
    const player = await mountPlayer({ 'playback-id': 'live-ended', muted: true });
    await player.play();
    await playsPast(innerVideo(player), 0.3);
    const ended = nextEvent(player, 'ended', () => true, 25_000);
    player.currentTime = player.duration - 1;
    await ended;
    expect(player.ended).to.equal(true);
  });
});
