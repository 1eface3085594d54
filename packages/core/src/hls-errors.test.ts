import { expect } from '@esm-bundle/chai';
import { errorFromHls, errorFromMediaError, type HlsErrorLike } from './hls-errors.ts';

/** What hls.js's XHR loader keeps as networkDetails. */
const xhr = (reason: string | null, text = ''): object => ({
  responseType: 'text',
  responseText: text,
  responseURL: 'https://stream.mux.com/abc.m3u8?token=secret.token.value',
  getResponseHeader: (name: string) => (name.toLowerCase() === 'x-videokit-reason' ? reason : null),
});

describe('errorFromHls', () => {
  it('maps a refused manifest load through its HTTP status and reason', () => {
    const data: HlsErrorLike = {
      type: 'networkError',
      details: 'manifestLoadError',
      fatal: true,
      url: 'https://stream.mux.com/abc.m3u8',
      response: { code: 403, text: 'Forbidden' },
      networkDetails: xhr('token_audience', 'token_audience: the token\'s aud is "t"'),
      error: new Error('A network error (status 403) occurred while loading manifest'),
    };
    const error = errorFromHls(data, { playbackId: 'abc' });
    expect(error.code).to.equal('TOKEN_WRONG_AUDIENCE');
    expect(error.fatal).to.be.true;
    expect(error.category).to.equal('video');
    expect(error.context).to.include({ status: 403, reason: 'token_audience', hlsDetails: 'manifestLoadError' });
    expect(error.cause).to.equal(data.error);
  });

  it('maps 404 and 412', () => {
    const notFound = errorFromHls({
      type: 'networkError',
      details: 'manifestLoadError',
      fatal: true,
      url: 'https://stream.mux.com/nope.m3u8',
      response: { code: 404 },
      networkDetails: xhr('playback_id_not_found'),
    });
    expect(notFound.code).to.equal('NOT_FOUND');
    expect(notFound.message).to.contain('playback ID "nope" not found');
    const notLive = errorFromHls({
      type: 'networkError',
      details: 'manifestLoadError',
      fatal: true,
      url: 'https://stream.mux.com/live.m3u8',
      response: { code: 412 },
      networkDetails: null,
    });
    expect(notLive.code).to.equal('NOT_LIVE_YET');
    expect(notLive.fatal).to.be.true;
  });

  it('takes the URL from networkDetails when the data has none, redacting tokens', () => {
    const error = errorFromHls({
      type: 'networkError',
      details: 'levelLoadError',
      fatal: false,
      response: { code: 500 },
      networkDetails: xhr(null),
    });
    expect(error.code).to.equal('SERVER_ERROR');
    expect(error.fatal).to.be.false;
    expect(error.context?.url).to.equal('https://stream.mux.com/abc.m3u8?token=[redacted]');
    expect(JSON.stringify(error)).to.not.contain('secret');
  });

  it('reads a fetch Response as networkDetails', () => {
    const error = errorFromHls({
      type: 'networkError',
      details: 'fragLoadError',
      fatal: true,
      url: 'https://stream.mux.com/abc/media/seg0.ts?token=x',
      response: { code: 403 },
      networkDetails: new Response('', { status: 403, headers: { 'X-Videokit-Reason': 'token_expired' } }),
    });
    expect(error.code).to.equal('TOKEN_EXPIRED');
  });

  it('maps network failures without a response and timeouts', () => {
    expect(
      errorFromHls({
        type: 'networkError',
        details: 'fragLoadError',
        fatal: false,
        response: { code: 0 },
        url: 'https://a/b',
      }).code,
    ).to.equal('NETWORK');
    const timeout = errorFromHls({
      type: 'networkError',
      details: 'fragLoadTimeOut',
      fatal: false,
      url: 'https://a/b',
    });
    expect(timeout.code).to.equal('TIMEOUT');
    expect(timeout.message).to.contain('fragLoadTimeOut');
    expect(errorFromHls({ type: 'networkError', details: 'manifestLoadTimeOut', fatal: true }).code).to.equal(
      'TIMEOUT',
    );
  });

  it('maps parsing and media errors', () => {
    const cases: [Partial<HlsErrorLike>, string][] = [
      [{ type: 'networkError', details: 'manifestParsingError' }, 'MANIFEST_INVALID'],
      [{ type: 'mediaError', details: 'levelEmptyError' }, 'MANIFEST_INVALID'],
      [{ type: 'mediaError', details: 'manifestIncompatibleCodecsError' }, 'MEDIA_UNSUPPORTED'],
      [{ type: 'mediaError', details: 'bufferAddCodecError' }, 'MEDIA_UNSUPPORTED'],
      [{ type: 'mediaError', details: 'bufferAppendError' }, 'MEDIA_DECODE'],
      [{ type: 'mediaError', details: 'fragParsingError' }, 'MEDIA_DECODE'],
      [{ type: 'muxError', details: 'remuxAllocError' }, 'MEDIA_DECODE'],
      [{ type: 'otherError', details: 'internalException' }, 'UNKNOWN'],
      [{ type: 'otherError', details: 'aborted' }, 'MEDIA_ABORTED'],
    ];
    for (const [data, code] of cases) {
      const error = errorFromHls({ fatal: true, type: '', details: '', ...data });
      expect(error.code, data.details).to.equal(code);
      expect(error.category).to.equal('video');
    }
  });

  it('maps key-system errors to the drm category', () => {
    const cases: [string, string][] = [
      ['keySystemNoAccess', 'DRM_UNSUPPORTED'],
      ['keySystemNoKeys', 'DRM_UNSUPPORTED'],
      ['keySystemNoConfiguredLicense', 'DRM_LICENSE'],
      ['keySystemLicenseRequestFailed', 'DRM_LICENSE'],
      ['keySystemServerCertificateRequestFailed', 'DRM_CERTIFICATE'],
      ['keySystemStatusOutputRestricted', 'DRM_KEY'],
      ['keySystemSessionUpdateFailed', 'DRM_KEY'],
    ];
    for (const [details, code] of cases) {
      const error = errorFromHls({ type: 'keySystemError', details, fatal: true }, { category: 'video' });
      expect(error.code, details).to.equal(code);
      expect(error.category).to.equal('drm');
    }
  });

  it('maps a refused license request through its status and reason', () => {
    const error = errorFromHls({
      type: 'keySystemError',
      details: 'keySystemLicenseRequestFailed',
      fatal: true,
      url: 'https://license.mux.com/license/widevine/abc?token=x',
      response: { code: 403, text: 'Forbidden' },
      networkDetails: xhr('cdm_unavailable'),
    });
    expect(error.code).to.equal('DRM_LICENSE_UNAVAILABLE');
    expect(error.category).to.equal('drm');
  });

  it('keeps hls.js fatal flag and a redacted engine message', () => {
    const error = errorFromHls({
      type: 'mediaError',
      details: 'bufferStalledError',
      fatal: false,
      error: new Error('stalled at token=abc'),
    });
    expect(error.fatal).to.be.false;
    expect(error.message).to.equal(
      'the media could not be buffered or decoded (hls.js bufferStalledError: stalled at token=[redacted])',
    );
  });
});

describe('errorFromMediaError', () => {
  it('maps MediaError codes', () => {
    expect([1, 2, 3, 4, 9].map((code) => errorFromMediaError({ code }).code)).to.deep.equal([
      'MEDIA_ABORTED',
      'NETWORK',
      'MEDIA_DECODE',
      'MEDIA_UNSUPPORTED',
      'UNKNOWN',
    ]);
    const error = errorFromMediaError({ code: 3, message: 'PIPELINE_ERROR_DECODE' }, { url: 'https://a/b?token=t' });
    expect(error.fatal).to.be.true;
    expect(error.message).to.contain('PIPELINE_ERROR_DECODE');
    expect(error.context?.url).to.equal('https://a/b?token=[redacted]');
  });
});
