import { expect } from '@esm-bundle/chai';
import { errorFromHttp, errorFromResponse, readReason, readXhrText } from './http-errors.ts';

const base64url = (value: string): string => btoa(value).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const jwt = (claims: Record<string, unknown>): string =>
  `${base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}.c2ln`;

const STREAM = 'https://stream.mux.com/abc.m3u8';

describe('errorFromHttp', () => {
  it('maps 404 of an unknown playback ID to the asset-ID hint', () => {
    const error = errorFromHttp({ status: 404, reason: 'playback_id_not_found', url: STREAM, category: 'video' });
    expect(error.code).to.equal('NOT_FOUND');
    expect(error.message).to.equal('playback ID "abc" not found — did you use an asset ID instead of a playback ID?');
    expect(error.fatal).to.be.true;
    expect(error.context).to.include({ status: 404, reason: 'playback_id_not_found', playbackId: 'abc' });
  });

  it('gives the hint for a bare 404 of the multivariant playlist, not for other resources', () => {
    expect(errorFromHttp({ status: 404, url: STREAM, category: 'video' }).message).to.contain('asset ID');
    const track = errorFromHttp({
      status: 404,
      reason: 'not_found',
      body: 'not_found: no text track "de" for "abc"\n',
      url: 'https://stream.mux.com/abc/text/de.vtt',
      category: 'video',
    });
    expect(track.code).to.equal('NOT_FOUND');
    expect(track.message).to.equal(
      'https://stream.mux.com/abc/text/de.vtt was not found (404): no text track "de" for "abc"',
    );
  });

  it('maps 412 to NOT_LIVE_YET, recoverable and not fatal', () => {
    const error = errorFromHttp({ status: 412, reason: 'not_live', url: STREAM, category: 'video' });
    expect(error.code).to.equal('NOT_LIVE_YET');
    expect(error.message).to.contain('not live yet / not ready');
    expect(error.fatal).to.be.false;
  });

  it('maps 5xx to SERVER_ERROR and 400 to BAD_REQUEST with the server message', () => {
    expect(errorFromHttp({ status: 503, url: STREAM, category: 'video' })).to.include({
      code: 'SERVER_ERROR',
      fatal: false,
    });
    const bad = errorFromHttp({
      status: 400,
      body: 'bad_modifier: max_resolution=900p is invalid: expected 270p, 360p\n',
      url: `${STREAM}?max_resolution=900p`,
      category: 'video',
    });
    expect(bad.code).to.equal('BAD_REQUEST');
    expect(bad.context?.reason).to.equal('bad_modifier');
    expect(bad.message).to.contain('max_resolution=900p is invalid');
    expect(errorFromHttp({ status: 429, url: STREAM, category: 'video' }).code).to.equal('RATE_LIMITED');
  });

  it('maps each 403 reason to its code', () => {
    const cases: [string, string][] = [
      ['token_missing', 'TOKEN_MISSING'],
      ['token_malformed', 'TOKEN_MALFORMED'],
      ['token_expired', 'TOKEN_EXPIRED'],
      ['token_audience', 'TOKEN_WRONG_AUDIENCE'],
      ['token_subject', 'TOKEN_WRONG_SUBJECT'],
      ['token_signature', 'TOKEN_INVALID_SIGNATURE'],
      ['token_unknown_key', 'TOKEN_INVALID_SIGNATURE'],
      ['token_on_public_id', 'TOKEN_ON_PUBLIC_ID'],
      ['params_beside_token', 'PARAMS_BESIDE_TOKEN'],
      ['cdm_unavailable', 'DRM_LICENSE_UNAVAILABLE'],
      ['referrer_denied', 'FORBIDDEN'],
      ['constructor', 'FORBIDDEN'],
    ];
    for (const [reason, code] of cases) {
      const error = errorFromHttp({ status: 403, reason, url: STREAM, category: 'video' });
      expect(error.code, reason).to.equal(code);
      expect(error.fatal, reason).to.be.true;
    }
  });

  it('reads the reason from the body when there is no header', () => {
    const error = errorFromHttp({
      status: 403,
      body: 'token_missing: playback ID "abc" is signed: add ?token=<JWT>\n',
      url: STREAM,
      category: 'video',
    });
    expect(error.code).to.equal('TOKEN_MISSING');
    expect(error.message).to.equal(
      'playback ID "abc" is signed: set playback-token to a token minted on your server with aud "v"',
    );
  });

  it('names the token attribute for the category', () => {
    const thumb = errorFromHttp({
      status: 403,
      reason: 'token_missing',
      url: 'https://image.mux.com/abc/thumbnail.jpg',
      category: 'thumbnail',
    });
    expect(thumb.message).to.contain('thumbnail-token').and.contain('aud "t"');
    const board = errorFromHttp({
      status: 403,
      reason: 'token_on_public_id',
      url: 'https://image.mux.com/abc/storyboard.vtt?token=x',
      category: 'storyboard',
    });
    expect(board.message).to.equal(
      'playback ID "abc" is public: remove storyboard-token (tokens are only for signed playback IDs)',
    );
    const license = errorFromHttp({
      status: 403,
      reason: 'token_missing',
      url: 'https://license.mux.com/license/widevine/abc',
      category: 'drm',
    });
    expect(license.message).to.contain('drm-token');
    expect(license.context?.playbackId).to.equal('abc');
  });

  it('decodes the token in the URL for a precise message, and never shows it', () => {
    const token = jwt({ sub: 'abc', aud: 'v', exp: 1_700_000_000 });
    const error = errorFromHttp({
      status: 403,
      reason: 'token_expired',
      url: `${STREAM}?token=${token}`,
      category: 'video',
    });
    expect(error.code).to.equal('TOKEN_EXPIRED');
    expect(error.message).to.match(
      /^playback-token expired at 2023-11-14T22:13:20Z \(\d+ days ago\); mint a new token/,
    );
    expect(JSON.stringify(error)).to.not.contain(token);
    expect(error.context?.url).to.equal(`${STREAM}?token=[redacted]`);
    const audience = errorFromHttp({
      status: 403,
      reason: 'token_audience',
      url: `https://image.mux.com/abc/thumbnail.jpg?token=${jwt({ sub: 'abc', aud: 'v', exp: 4e9 })}`,
      category: 'thumbnail',
    });
    expect(audience.message).to.contain('thumbnail-token has aud "v" but thumbnails need aud "t"');
  });

  it('names the parameters that belong in the claims', () => {
    const error = errorFromHttp({
      status: 403,
      reason: 'params_beside_token',
      url: `${STREAM}?token=a.b.c&max_resolution=720p&asset_start_time=1`,
      category: 'video',
    });
    expect(error.message).to.equal(
      'signed URLs carry only the token: move max_resolution, asset_start_time into the claims of playback-token on your server',
    );
  });

  it('treats cdm_unavailable as a DRM error whatever the category', () => {
    const error = errorFromHttp({
      status: 403,
      reason: 'cdm_unavailable',
      url: 'https://license.mux.com/license/widevine/abc?token=x',
      category: 'video',
    });
    expect(error.category).to.equal('drm');
  });

  it('maps status 0 to NETWORK, or NETWORK_OFFLINE when the browser is offline', () => {
    const online = errorFromHttp({ status: 0, url: STREAM, category: 'video' });
    expect(online.code).to.equal('NETWORK');
    expect(online.message).to.contain('stream.mux.com');
    expect(online.fatal).to.be.false;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const offline = errorFromHttp({ status: 0, url: STREAM, category: 'video' });
      expect(offline.code).to.equal('NETWORK_OFFLINE');
      expect(offline.fatal).to.be.false;
    } finally {
      Reflect.deleteProperty(navigator, 'onLine');
    }
    expect(navigator.onLine).to.be.true;
  });

  it('honours an explicit fatal', () => {
    expect(errorFromHttp({ status: 503, url: STREAM, category: 'video', fatal: true }).fatal).to.be.true;
  });

  it('ignores HTML error pages as server messages', () => {
    const error = errorFromHttp({
      status: 502,
      body: '<html><body>Bad gateway</body></html>',
      url: STREAM,
      category: 'video',
    });
    expect(error.message).to.not.contain('<html>');
    expect(error.context).to.not.have.property('serverMessage');
  });
});

describe('reading reasons from network details', () => {
  it('reads an XMLHttpRequest-like object and a Response', () => {
    expect(
      readReason({ getResponseHeader: (name: string) => (name === 'X-Videokit-Reason' ? 'token_expired' : null) }),
    ).to.equal('token_expired');
    expect(readReason(new Response('', { headers: { 'X-Videokit-Reason': 'not_live' } }))).to.equal('not_live');
  });

  it('is defensive', () => {
    expect(readReason(null)).to.equal(null);
    expect(readReason('x')).to.equal(null);
    expect(readReason({})).to.equal(null);
    expect(
      readReason({
        getResponseHeader: () => {
          throw new Error('InvalidStateError');
        },
      }),
    ).to.equal(null);
    expect(readReason(new Response(''))).to.equal(null);
  });

  it('reads text bodies of text requests only', () => {
    expect(readXhrText({ responseType: '', responseText: 'body' })).to.equal('body');
    expect(readXhrText({ responseType: 'text', responseText: 'body' })).to.equal('body');
    expect(readXhrText({ responseType: 'arraybuffer', responseText: 'x' })).to.equal(undefined);
    expect(
      readXhrText({
        responseType: '',
        get responseText(): string {
          throw new Error('InvalidStateError');
        },
      }),
    ).to.equal(undefined);
    expect(readXhrText(undefined)).to.equal(undefined);
  });
});

describe('errorFromResponse', () => {
  it('reads status, reason and body from a Response', async () => {
    const response = new Response('token_expired: the token expired at x\n', {
      status: 403,
      headers: { 'X-Videokit-Reason': 'token_expired' },
    });
    const error = await errorFromResponse(response, {
      category: 'storyboard',
      url: 'https://image.mux.com/abc/storyboard.vtt',
    });
    expect(error.code).to.equal('TOKEN_EXPIRED');
    expect(error.category).to.equal('storyboard');
    expect(error.message).to.contain('storyboard-token has expired');
  });
});
