import { expect } from '@esm-bundle/chai';
import { attributes, audioFor, isMediaPlaylist, scanMedia, scanMultivariant } from './playlist-scan.ts';

const base = 'https://stream.example.com/abc.m3u8?token=t';

const multivariant = `#EXTM3U
#EXT-X-VERSION:4
#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="audio",NAME="Français",LANGUAGE="fr",DEFAULT=NO,URI="/abc/audio/fr.m3u8?token=t"
#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="audio",NAME="English",LANGUAGE="en",DEFAULT=YES,URI="/abc/audio/en.m3u8?token=t"
#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID="subs",NAME="English",URI="/abc/subtitles/en.m3u8"
#EXT-X-STREAM-INF:BANDWIDTH=300000,CODECS="avc1.4d401e,mp4a.40.2",RESOLUTION=640x360,AUDIO="audio"
/abc/rendition/360p.m3u8?token=t
#EXT-X-STREAM-INF:BANDWIDTH=900000,CODECS="avc1.64001f,mp4a.40.2",RESOLUTION=1280x720,AUDIO="audio"
rendition/720p.m3u8
#EXT-X-STREAM-INF:BANDWIDTH=300000,CODECS="avc1.4d401e,mp4a.40.2",RESOLUTION=640x360,AUDIO="audio-2"
https://stream2.example.com/abc/rendition/360p.m3u8
`;

const media = (extra = '') => `#EXTM3U
#EXT-X-TARGETDURATION:2
#EXT-X-PLAYLIST-TYPE:VOD
#EXT-X-MAP:URI="init.mp4"
#EXTINF:2.00000,
0.m4s
#EXTINF:2.00000,
1.m4s
${extra}`;

describe('playlist-scan', () => {
  it('reads attribute lists, quoted values with commas included', () => {
    const read = attributes('BANDWIDTH=1,CODECS="a,b",NAME="x"');
    expect(Object.fromEntries(read)).to.deep.equal({ BANDWIDTH: '1', CODECS: 'a,b', NAME: 'x' });
  });

  it('lists variants with absolute URLs, once per rendition (redundant copies dropped)', () => {
    const scan = scanMultivariant(multivariant, base);
    expect(scan.variants).to.deep.equal([
      {
        url: 'https://stream.example.com/abc/rendition/360p.m3u8?token=t',
        bitrate: 300_000,
        height: 360,
        audioGroup: 'audio',
      },
      { url: 'https://stream.example.com/rendition/720p.m3u8', bitrate: 900_000, height: 720, audioGroup: 'audio' },
    ]);
    expect(isMediaPlaylist(multivariant)).to.equal(false);
  });

  it("picks the variant's default audio", () => {
    const scan = scanMultivariant(multivariant, base);
    const [variant] = scan.variants;
    expect(variant && audioFor(scan, variant)?.url).to.equal('https://stream.example.com/abc/audio/en.m3u8?token=t');
  });

  it('finds the init and the segment holding the start time of an on-demand playlist', () => {
    const url = 'https://stream.example.com/abc/rendition/360p.m3u8';
    expect(isMediaPlaylist(media())).to.equal(true);
    expect(scanMedia(media(), url)).to.deep.equal({
      init: 'https://stream.example.com/abc/rendition/init.mp4',
      segment: 'https://stream.example.com/abc/rendition/0.m4s',
    });
    expect(scanMedia(media(), url, 3).segment).to.equal('https://stream.example.com/abc/rendition/1.m4s');
    expect(scanMedia(media(), url, 30).segment).to.equal(undefined);
  });

  it('names no segment for a live window or byte ranges', () => {
    const live = media().replace('#EXT-X-PLAYLIST-TYPE:VOD\n', '');
    expect(scanMedia(live, base).segment).to.equal(undefined);
    const ranged = media().replace('0.m4s', '#EXT-X-BYTERANGE:100@0\nall.m4s');
    expect(scanMedia(ranged, base).segment).to.equal(undefined);
  });
});
