import { expect } from '@esm-bundle/chai';
import { mintToken, originUrl } from '../../../test/browser/origin.ts';
import { playsPast } from '../../../test/browser/playback.ts';
import { innerVideo, mountPlayer, unmountAll, until } from '../../../test/browser/player.ts';
import type { VideoPlayer } from './video-player.ts';

/** The stand-in's test hooks (packages/media-origin/stand-ins/cast_sender.js). */
interface CastStandIn {
  requests: {
    media: Record<string, unknown> & { customData: Record<string, unknown>; metadata: Record<string, unknown> };
    currentTime: number | null;
    autoplay: boolean;
  }[];
  receiverApplicationId: string | null;
  receiver: { currentTime: number; paused: boolean; volume: number; muted: boolean };
  setDevicesAvailable(available: boolean): void;
  endSession(): void;
  listenerCount(): number;
}
const standIn = (): CastStandIn => (window as unknown as { __castStandIn: CastStandIn }).__castStandIn;

const SDK = originUrl('cast', '/cv/js/sender/v1/cast_sender.js');

const castButton = (player: VideoPlayer): HTMLButtonElement | null =>
  player.shadowRoot?.querySelector<HTMLButtonElement>('[part~="cast-button"]') ?? null;

async function castingPlayer(attributes: Record<string, string | boolean>): Promise<VideoPlayer> {
  const player = await mountPlayer({ 'cast-sdk-src': SDK, muted: true, 'disable-tracking': true, ...attributes });
  await player.play();
  await playsPast(innerVideo(player), 1);
  await until(() => castButton(player) !== null, 'the cast button');
  castButton(player)?.click();
  await until(() => player.shadowRoot?.querySelector('[aria-pressed="true"]') !== null, 'casting to start');
  return player;
}

describe('<video-player> Google Cast (local sender stand-in)', () => {
  afterEach(async () => {
    // The framework loads with the first casting player; tests that fail before that have none.
    const hooks = (window as unknown as { __castStandIn?: CastStandIn }).__castStandIn;
    hooks?.endSession();
    hooks?.setDevicesAvailable(true);
    unmountAll();
    await new Promise((resolve) => setTimeout(resolve, 20));
  });

  it('sends the exact LoadRequest for the current media to the default receiver', async () => {
    const player = await castingPlayer({
      'playback-id': 'vod',
      'cast-receiver': '',
      'metadata-video-title': 'Fixture',
    });
    const request = standIn().requests.at(-1);
    expect(standIn().receiverApplicationId).to.equal('CC1AD845');
    expect(request?.media.contentId).to.equal(originUrl('stream', '/vod.m3u8?redundant_streams=true'));
    expect(request?.media.contentType).to.equal('application/x-mpegurl');
    expect(request?.media.streamType).to.equal('BUFFERED');
    expect(request?.media.hlsSegmentFormat).to.equal(undefined);
    expect(request?.media.metadata.title).to.equal('Fixture');
    expect(request?.media.metadata.images).to.deep.equal([{ url: originUrl('image', '/vod/thumbnail.webp') }]);
    expect(request?.media.customData).to.deep.equal({ mux: { playbackId: 'vod' } });
    expect(request?.autoplay).to.equal(true);
    expect(request?.currentTime).to.be.closeTo(innerVideo(player).currentTime, 0.5);
  });

  it('sends DRM streams with fMP4 segment formats, the DRM token and castCustomData, to cast-receiver', async () => {
    const playbackToken = await mintToken({ sub: 'vod-clearkey', aud: 'v' });
    const drmToken = await mintToken({ sub: 'vod-clearkey', aud: 'd' });
    const player = await mountPlayer({
      'playback-id': 'vod-clearkey',
      'playback-token': playbackToken,
      'drm-token': drmToken,
      'cast-receiver': 'ABCD1234',
      'cast-sdk-src': SDK,
      muted: true,
      'disable-tracking': true,
    });
    player.castCustomData = { app: { userId: 'u1' } };
    await player.play();
    await playsPast(innerVideo(player), 0.5);
    await until(() => castButton(player) !== null, 'the cast button');
    castButton(player)?.click();
    await until(() => standIn().requests.length > 0 && standIn().receiverApplicationId === 'ABCD1234', 'the load');
    const request = standIn().requests.at(-1);
    expect(request?.media.contentId).to.equal(originUrl('stream', `/vod-clearkey.m3u8?token=${playbackToken}`));
    expect(request?.media.hlsSegmentFormat).to.equal('fmp4');
    expect(request?.media.hlsVideoSegmentFormat).to.equal('fmp4');
    expect(request?.media.customData).to.deep.equal({
      mux: { playbackId: 'vod-clearkey', tokens: { drm: drmToken } },
      app: { userId: 'u1' },
    });
  });

  it('pauses locally, drives the receiver, and resumes locally where the receiver was', async () => {
    const player = await castingPlayer({ 'playback-id': 'vod', 'cast-receiver': '' });
    expect(innerVideo(player).paused).to.equal(true);
    expect(player.paused).to.equal(false);

    player.pause();
    expect(standIn().receiver.paused).to.equal(true);
    expect(player.paused).to.equal(true);
    player.currentTime = 5;
    expect(standIn().receiver.currentTime).to.equal(5);
    player.volume = 0.5;
    expect(standIn().receiver.volume).to.equal(0.5);
    player.muted = false;
    await player.updateComplete;
    expect(standIn().receiver.muted).to.equal(false);
    await player.play();
    expect(standIn().receiver.paused).to.equal(false);
    await until(() => standIn().receiver.currentTime > 5.5, 'the receiver to play on');

    standIn().endSession();
    await until(() => !innerVideo(player).paused, 'local playback to resume');
    expect(innerVideo(player).currentTime).to.be.at.least(5.5);
    expect(player.shadowRoot?.querySelector('[aria-pressed="true"]')).to.equal(null);
  });

  it('shows the button only while a receiver is available', async () => {
    standIn().setDevicesAvailable(false);
    const player = await mountPlayer({ 'playback-id': 'vod', 'cast-receiver': '', 'cast-sdk-src': SDK, muted: true });
    await player.play();
    await playsPast(innerVideo(player), 0.5);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(castButton(player)).to.equal(null);
    standIn().setDevicesAvailable(true);
    await until(() => castButton(player) !== null, 'the cast button');
    expect(castButton(player)?.getAttribute('aria-label')).to.equal('Cast to a device');
  });

  it("names the button in the player's language", async () => {
    const player = await mountPlayer({
      'playback-id': 'vod',
      'cast-receiver': '',
      'cast-sdk-src': SDK,
      lang: 'fr',
      muted: true,
    });
    await player.play();
    await until(() => castButton(player)?.getAttribute('aria-label') === 'Caster sur un appareil', 'a French label');
  });

  it('keeps working when players are created and destroyed repeatedly', async () => {
    const baseline = standIn().listenerCount();
    for (let round = 0; round < 5; round++) {
      const player = await mountPlayer({ 'playback-id': 'vod', 'cast-receiver': '', 'cast-sdk-src': SDK, muted: true });
      await player.play();
      await until(() => castButton(player) !== null, 'the cast button');
      player.remove();
    }
    expect(standIn().listenerCount()).to.equal(baseline);
    const player = await castingPlayer({ 'playback-id': 'vod', 'cast-receiver': '' });
    expect(player.paused).to.equal(false);
    expect(standIn().requests.at(-1)?.media.contentId).to.equal(
      originUrl('stream', '/vod.m3u8?redundant_streams=true'),
    );
  });
});
