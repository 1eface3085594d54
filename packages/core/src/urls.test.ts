import { expect } from '@esm-bundle/chai';
import { PlayerError } from './player-error.ts';
import { parseExtraSourceParams } from './modifiers.ts';
import {
  fairplayCertificateUrl,
  hlsUrl,
  KEY_SYSTEM_IDS,
  licenseUrl,
  mp4Url,
  STATIC_RENDITIONS,
  textTrackUrl,
} from './urls.ts';

describe('hlsUrl', () => {
  it('builds the default URL', () => {
    expect(hlsUrl({ playbackId: 'abc' })).to.deep.equal({ url: 'https://stream.mux.com/abc.m3u8', warnings: [] });
  });

  it('honours custom-domain, http for localhost', () => {
    expect(hlsUrl({ playbackId: 'abc', domain: 'example.com' }).url).to.equal('https://stream.example.com/abc.m3u8');
    expect(hlsUrl({ playbackId: 'abc', domain: 'localhost:4000' }).url).to.equal(
      'http://stream.localhost:4000/abc.m3u8',
    );
  });

  it('adds modifiers and extra params to a public URL', () => {
    const { url, warnings } = hlsUrl({
      playbackId: 'abc',
      modifiers: { maxResolution: '720p', renditionOrder: 'desc', lowLatency: false },
      extraParams: parseExtraSourceParams('asset_start_time=10&asset_end_time=20').params,
    });
    expect(url).to.equal(
      'https://stream.mux.com/abc.m3u8?asset_start_time=10&asset_end_time=20&max_resolution=720p&rendition_order=desc&low_latency=false',
    );
    expect(warnings).to.deep.equal([]);
  });

  it('lets a modifier attribute win over the same extra param, with a warning', () => {
    const { url, warnings } = hlsUrl({
      playbackId: 'abc',
      modifiers: { maxResolution: '360p' },
      extraParams: new URLSearchParams('max_resolution=720p'),
    });
    expect(url).to.equal('https://stream.mux.com/abc.m3u8?max_resolution=360p');
    expect(warnings).to.have.length(1);
    expect(warnings[0]?.message).to.contain('using max-resolution');
  });

  it('carries only the token when signed, warning about each modifier and extra param', () => {
    const { url, warnings } = hlsUrl({
      playbackId: 'abc',
      token: 'h.p.s',
      modifiers: { maxResolution: '720p', redundantStreams: true },
      extraParams: new URLSearchParams('asset_start_time=10'),
    });
    expect(url).to.equal('https://stream.mux.com/abc.m3u8?token=h.p.s');
    expect(warnings.map((warning) => warning.attribute)).to.deep.equal([
      'extra-source-params',
      'redundant-streams',
      'max-resolution',
    ]);
    expect(warnings[2]?.message).to.contain('max-resolution="720p"').and.contain('"max_resolution": "720p"');
    expect(warnings[1]?.message).to.contain('"redundant_streams": true');
  });

  it('has no warnings for a signed URL without modifiers', () => {
    expect(hlsUrl({ playbackId: 'abc', token: 'h.p.s', modifiers: { lowLatency: true } }).warnings).to.deep.equal([]);
  });

  it('encodes the token', () => {
    expect(hlsUrl({ playbackId: 'abc', token: 'a+b/c=' }).url).to.equal(
      'https://stream.mux.com/abc.m3u8?token=a%2Bb%2Fc%3D',
    );
  });

  it('throws PlayerError for a bad playback ID or domain', () => {
    expect(() => hlsUrl({ playbackId: 'a b' }))
      .to.throw(PlayerError)
      .with.property('code', 'INVALID_PLAYBACK_ID');
    expect(() => hlsUrl({ playbackId: 'abc', domain: 'https://x.com' }))
      .to.throw(PlayerError)
      .with.property('code', 'INVALID_DOMAIN');
  });
});

describe('textTrackUrl', () => {
  it('builds public and signed text track URLs', () => {
    expect(textTrackUrl({ playbackId: 'abc', trackId: 'en' })).to.equal('https://stream.mux.com/abc/text/en.vtt');
    expect(textTrackUrl({ playbackId: 'abc', trackId: 'x y', token: 't.t.t', domain: 'localhost:1' })).to.equal(
      'http://stream.localhost:1/abc/text/x%20y.vtt?token=t.t.t',
    );
    expect(() => textTrackUrl({ playbackId: 'abc', trackId: '' })).to.throw(PlayerError, 'text track ID is empty');
  });
});

describe('mp4Url', () => {
  it('builds static rendition URLs', () => {
    expect(mp4Url({ playbackId: 'abc', rendition: 'highest' })).to.equal('https://stream.mux.com/abc/highest.mp4');
    expect(mp4Url({ playbackId: 'abc', rendition: 'capped-1080p' })).to.equal(
      'https://stream.mux.com/abc/capped-1080p.mp4',
    );
    expect(mp4Url({ playbackId: 'abc', rendition: '720p' })).to.equal('https://stream.mux.com/abc/720p.mp4');
    expect(mp4Url({ playbackId: 'abc', rendition: 'audio', token: 'a.b.c' })).to.equal(
      'https://stream.mux.com/abc/audio.m4a?token=a.b.c',
    );
    expect(STATIC_RENDITIONS).to.include.members(['highest', 'audio', 'capped-1080p', '2160p']);
  });

  it('rejects an unknown rendition', () => {
    expect(() => mp4Url({ playbackId: 'abc', rendition: 'best' as 'highest' }))
      .to.throw(PlayerError, 'static rendition "best" does not exist')
      .with.property('code', 'INVALID_ATTRIBUTE');
  });
});

describe('licenseUrl and fairplayCertificateUrl', () => {
  it('builds license URLs per key system', () => {
    for (const keySystem of ['widevine', 'playready', 'fairplay', 'clearkey'] as const) {
      expect(licenseUrl({ keySystem, playbackId: 'abc', token: 'd.d.d' })).to.equal(
        `https://license.mux.com/license/${keySystem}/abc?token=d.d.d`,
      );
    }
    expect(licenseUrl({ keySystem: 'clearkey', playbackId: 'abc', token: 'd.d.d', domain: 'localhost:9' })).to.equal(
      'http://license.localhost:9/license/clearkey/abc?token=d.d.d',
    );
    expect(KEY_SYSTEM_IDS.widevine).to.equal('com.widevine.alpha');
  });

  it('builds the FairPlay certificate URL', () => {
    expect(fairplayCertificateUrl({ playbackId: 'abc', token: 'd.d.d' })).to.equal(
      'https://license.mux.com/appcert/fairplay/abc?token=d.d.d',
    );
  });

  it('requires a DRM token', () => {
    expect(() => licenseUrl({ keySystem: 'widevine', playbackId: 'abc', token: '' }))
      .to.throw(PlayerError, 'drm-token')
      .with.property('code', 'TOKEN_MISSING');
    expect(() => fairplayCertificateUrl({ playbackId: 'abc', token: '' }))
      .to.throw(PlayerError)
      .with.property('category', 'drm');
  });

  it('rejects an unknown key system', () => {
    expect(() => licenseUrl({ keySystem: 'primetime' as 'widevine', playbackId: 'abc', token: 'x' }))
      .to.throw(PlayerError, 'no license endpoint')
      .with.property('code', 'INVALID_ATTRIBUTE');
  });
});
