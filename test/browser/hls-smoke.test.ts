import { expect } from '@esm-bundle/chai';
import Hls from 'hls.js';
import { mintToken, originUrl } from './origin.ts';
import { createVideo, decodedFrames, playsPast } from './playback.ts';

// The harness's own proof: hls.js plays the origin's real media in this Chromium.
describe('hls.js against the media origin', () => {
  let hls: Hls | undefined;
  let video: HTMLVideoElement;

  beforeEach(() => {
    video = createVideo();
  });

  afterEach(() => {
    hls?.destroy();
    hls = undefined;
    video.remove();
  });

  const play = async (src: string, config: Partial<Hls['config']> = {}): Promise<void> => {
    hls = new Hls({ ...config });
    const fatal = new Promise<never>((_, reject) => {
      hls?.on(Hls.Events.ERROR, (_event, data) => {
        if (data.fatal) reject(new Error(`hls.js fatal ${data.type}/${data.details}: ${data.error.message}`));
      });
    });
    // play() once the manifest is in, so attaching MediaSource cannot abort it.
    hls.once(Hls.Events.MANIFEST_PARSED, () => void video.play());
    hls.attachMedia(video);
    hls.loadSource(src);
    await Promise.race([playsPast(video, 1), fatal]);
  };

  it('plays vod (MPEG-TS) to decoded frames', async () => {
    await play(originUrl('stream', '/vod.m3u8'));
    expect(decodedFrames(video)).to.be.greaterThan(0);
    expect(hls?.levels.map((level) => level.height).sort((a, b) => a - b)).to.deep.equal([270, 360, 540, 720]);
    expect(hls?.audioTracks.map((track) => track.lang)).to.deep.equal(['en', 'fr']);
    expect(hls?.subtitleTracks.map((track) => track.lang)).to.deep.equal(['en', 'fr']);
  });

  it('plays vod-fmp4 (CMAF) to decoded frames', async () => {
    await play(originUrl('stream', '/vod-fmp4.m3u8'));
    expect(decodedFrames(video)).to.be.greaterThan(0);
  });

  it('decrypts and plays vod-clearkey with org.w3.clearkey', async () => {
    // DRM IDs are signed: one token for the playlist, another for the license.
    const playbackToken = await mintToken({ sub: 'vod-clearkey', aud: 'v' });
    const drmToken = await mintToken({ sub: 'vod-clearkey', aud: 'd' });
    await play(originUrl('stream', `/vod-clearkey.m3u8?token=${playbackToken}`), {
      emeEnabled: true,
      drmSystems: {
        'org.w3.clearkey': { licenseUrl: originUrl('license', `/license/clearkey/vod-clearkey?token=${drmToken}`) },
      },
    });
    expect(decodedFrames(video)).to.be.greaterThan(0);
    expect(video.mediaKeys).to.not.equal(null);
  });

  it('plays signed-vod with a playback token', async () => {
    const token = await mintToken({ sub: 'signed-vod', aud: 'v' });
    await play(originUrl('stream', `/signed-vod.m3u8?token=${token}`));
    expect(decodedFrames(video)).to.be.greaterThan(0);
  });

  it('plays the live sliding window', async () => {
    await play(originUrl('stream', '/live.m3u8'));
    expect(hls?.latestLevelDetails?.live).to.equal(true);
    expect(hls?.latestLevelDetails?.fragments.length).to.be.within(5, 7);
  });

  it('plays the static MP4 rendition natively', async () => {
    video.src = originUrl('stream', '/vod/highest.mp4');
    void video.play();
    await playsPast(video, 1);
    expect(video.videoHeight).to.equal(720);
  });
});
