import { expect } from '@esm-bundle/chai';
import { liveEdgeOffset, playlistInfo, targetLiveWindow } from './stream-type.ts';

const playlist = (...tags: string[]): string =>
  ['#EXTM3U', '#EXT-X-VERSION:6', '#EXT-X-TARGETDURATION:2', ...tags, '#EXTINF:2.0,', 'seg0.ts', ''].join('\n');

describe('playlistInfo', () => {
  it('reads VOD as on-demand', () => {
    expect(playlistInfo(playlist('#EXT-X-PLAYLIST-TYPE:VOD', '#EXT-X-ENDLIST'))).to.deep.equal({
      streamType: 'on-demand',
      dvr: false,
      lowLatency: false,
      ended: true,
      playlistType: 'VOD',
      targetDuration: 2,
    });
  });

  it('reads no playlist type as live without DVR', () => {
    expect(playlistInfo(playlist('#EXT-X-MEDIA-SEQUENCE:40'))).to.deep.equal({
      streamType: 'live',
      dvr: false,
      lowLatency: false,
      ended: false,
      targetDuration: 2,
    });
  });

  it('reads EVENT as live with DVR', () => {
    expect(playlistInfo(playlist('#EXT-X-PLAYLIST-TYPE:EVENT'))).to.include({
      streamType: 'live',
      dvr: true,
      ended: false,
    });
  });

  it('reads ENDLIST as ended, playing like on-demand', () => {
    expect(playlistInfo(playlist('#EXT-X-PLAYLIST-TYPE:EVENT', '#EXT-X-ENDLIST'))).to.include({
      streamType: 'on-demand',
      dvr: false,
      ended: true,
      playlistType: 'EVENT',
    });
    expect(playlistInfo(playlist('#EXT-X-ENDLIST'))).to.include({ streamType: 'on-demand', ended: true });
  });

  it('reads low-latency HLS from EXT-X-PART-INF and SERVER-CONTROL', () => {
    const info = playlistInfo(
      playlist(
        '#EXT-X-SERVER-CONTROL:CAN-BLOCK-RELOAD=YES,PART-HOLD-BACK=3.012,HOLD-BACK=6.5',
        '#EXT-X-PART-INF:PART-TARGET=1.004',
      ),
    );
    expect(info).to.deep.equal({
      streamType: 'live',
      dvr: false,
      lowLatency: true,
      ended: false,
      targetDuration: 2,
      partTarget: 1.004,
      holdBack: 6.5,
      partHoldBack: 3.012,
    });
  });

  it('accepts CRLF line endings and a byte-order mark', () => {
    expect(playlistInfo('\uFEFF#EXTM3U\r\n#EXT-X-TARGETDURATION:4\r\n#EXT-X-PLAYLIST-TYPE:EVENT\r\n')).to.include({
      streamType: 'live',
      dvr: true,
      targetDuration: 4,
    });
  });

  it('is unknown for multivariant playlists and non-playlists', () => {
    const multivariant = '#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1000\nlow.m3u8\n';
    for (const text of [multivariant, '', '<html>nope</html>', 'WEBVTT']) {
      expect(playlistInfo(text)).to.deep.equal({ streamType: 'unknown', dvr: false, lowLatency: false, ended: false });
    }
  });
});

describe('liveEdgeOffset', () => {
  it('is 0 for on-demand and unknown', () => {
    expect(liveEdgeOffset(playlistInfo(playlist('#EXT-X-PLAYLIST-TYPE:VOD')))).to.equal(0);
    expect(liveEdgeOffset(playlistInfo(''))).to.equal(0);
  });

  it('is 3 target durations, or HOLD-BACK', () => {
    expect(liveEdgeOffset(playlistInfo(playlist()))).to.equal(6);
    expect(liveEdgeOffset(playlistInfo(playlist('#EXT-X-SERVER-CONTROL:HOLD-BACK=9')))).to.equal(9);
  });

  it('is PART-HOLD-BACK, or 3 part targets, for low latency', () => {
    expect(
      liveEdgeOffset(playlistInfo(playlist('#EXT-X-SERVER-CONTROL:PART-HOLD-BACK=3', '#EXT-X-PART-INF:PART-TARGET=1'))),
    ).to.equal(3);
    expect(liveEdgeOffset(playlistInfo(playlist('#EXT-X-PART-INF:PART-TARGET=0.5')))).to.equal(1.5);
  });
});

describe('targetLiveWindow', () => {
  it('is NaN on demand, 0 live, Infinity with DVR', () => {
    expect(targetLiveWindow(playlistInfo(playlist('#EXT-X-PLAYLIST-TYPE:VOD')))).to.be.NaN;
    expect(targetLiveWindow(playlistInfo(playlist()))).to.equal(0);
    expect(targetLiveWindow(playlistInfo(playlist('#EXT-X-PLAYLIST-TYPE:EVENT')))).to.equal(Infinity);
  });
});
