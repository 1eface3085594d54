import { expect } from '@esm-bundle/chai';
import { storyboardError } from './storyboard-errors.ts';
import { storyboardMetadataUrl } from './storyboard-source.ts';

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzaWduZWQtdm9kIiwiYXVkIjoidiJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ';

describe('storyboardMetadataUrl', () => {
  it('is the page’s src when set, else the playback ID’s metadata with WebP tiles and the clip', () => {
    expect(storyboardMetadataUrl({ src: 'https://cdn.example/s.vtt', playbackId: 'vod' })).to.equal(
      'https://cdn.example/s.vtt',
    );
    expect(storyboardMetadataUrl({ playbackId: 'vod', assetStartTime: 2, assetEndTime: '8', format: 'json' })).to.equal(
      'https://image.mux.com/vod/storyboard.json?format=webp&asset_start_time=2&asset_end_time=8',
    );
    expect(storyboardMetadataUrl({})).to.equal(undefined);
  });

  it('carries the token alone for a signed ID (the clip is in its claims)', () => {
    expect(storyboardMetadataUrl({ playbackId: 'signed', token: JWT, assetStartTime: 2 })).to.equal(
      `https://image.mux.com/signed/storyboard.vtt?token=${JWT}`,
    );
  });
});

describe('storyboardError', () => {
  const url = `https://image.mux.com/signed/storyboard.vtt?token=${JWT}`;

  it('words a refused response by its reason, never fatal, with the token redacted', async () => {
    const response = new Response(`token_audience: the token is for ${JWT}`, {
      status: 403,
      headers: { 'X-Videokit-Reason': 'token_audience' },
    });
    const error = await storyboardError(response, url);
    expect(error).to.include({ code: 'TOKEN_WRONG_AUDIENCE', category: 'storyboard', fatal: false });
    expect(JSON.stringify(error)).to.not.include(JWT.split('.')[1]);
    expect(error.context?.url).to.equal('https://image.mux.com/signed/storyboard.vtt?token=[redacted]');
  });

  it('words a fetch without a response, unreadable metadata and anything else, redacted', async () => {
    const offline = await storyboardError(new TypeError('Failed to fetch'), url);
    expect(offline).to.include({ code: 'NETWORK', fatal: false });
    const parse = Object.assign(new Error(`storyboard VTT cue 1 is malformed: "${JWT}"`), {
      name: 'StoryboardParseError',
    });
    expect(await storyboardError(parse, url)).to.include({ code: 'MANIFEST_INVALID', fatal: false });
    const sheet = await storyboardError(new Error(`the storyboard sheet ${url} did not load`), url);
    expect(sheet.message).to.include('token=[redacted]');
    for (const error of [offline, sheet]) expect(JSON.stringify(error)).to.not.include(JWT.split('.')[2]);
    expect(offline.cause).to.equal(undefined);
  });
});
