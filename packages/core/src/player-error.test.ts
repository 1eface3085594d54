import { expect } from '@esm-bundle/chai';
import { ErrorCode, isPlayerError, isRecoverable, PlayerError } from './player-error.ts';

describe('PlayerError', () => {
  it('carries code, category, fatal and context', () => {
    const error = new PlayerError(ErrorCode.NOT_FOUND, 'gone', { category: 'thumbnail', context: { status: 404 } });
    expect(error).to.be.instanceOf(Error);
    expect(error.name).to.equal('PlayerError');
    expect(error.code).to.equal('NOT_FOUND');
    expect(error.category).to.equal('thumbnail');
    expect(error.fatal).to.be.true;
    expect(error.context).to.deep.equal({ status: 404 });
    expect(isPlayerError(error)).to.be.true;
    expect(isPlayerError(new Error('x'))).to.be.false;
  });

  it('defaults to the video category and fatal unless recoverable', () => {
    expect(new PlayerError(ErrorCode.TOKEN_EXPIRED, 'x').category).to.equal('video');
    expect(new PlayerError(ErrorCode.TOKEN_EXPIRED, 'x').fatal).to.be.true;
    expect(new PlayerError(ErrorCode.NOT_LIVE_YET, 'x').fatal).to.be.false;
    expect(new PlayerError(ErrorCode.NOT_LIVE_YET, 'x', { fatal: true }).fatal).to.be.true;
  });

  it('has a MediaError-style numeric mediaCode for every code', () => {
    // What a `<video>` or Mux Player reader expects: 1 aborted, 2 network, 3 decode, 4 source not supported, 5 encrypted, 100 custom.
    const expected: Record<ErrorCode, number> = {
      INVALID_ATTRIBUTE: 4,
      INVALID_PLAYBACK_ID: 4,
      INVALID_DOMAIN: 4,
      TOKEN_MISSING: 2,
      TOKEN_MALFORMED: 2,
      TOKEN_EXPIRED: 2,
      TOKEN_WRONG_AUDIENCE: 2,
      TOKEN_WRONG_SUBJECT: 2,
      TOKEN_INVALID_SIGNATURE: 2,
      TOKEN_ON_PUBLIC_ID: 2,
      PARAMS_BESIDE_TOKEN: 2,
      FORBIDDEN: 2,
      BAD_REQUEST: 2,
      NOT_FOUND: 2,
      NOT_LIVE_YET: 2,
      RATE_LIMITED: 2,
      LIVE_STREAM_DISCONNECTED: 2,
      SERVER_ERROR: 2,
      NETWORK_OFFLINE: 2,
      NETWORK: 2,
      TIMEOUT: 2,
      MANIFEST_INVALID: 4,
      MEDIA_DECODE: 3,
      MEDIA_UNSUPPORTED: 4,
      MEDIA_ABORTED: 1,
      DRM_UNSUPPORTED: 5,
      DRM_LICENSE: 5,
      DRM_LICENSE_UNAVAILABLE: 5,
      DRM_CERTIFICATE: 5,
      DRM_KEY: 5,
      UNKNOWN: 100,
    };
    for (const code of Object.values(ErrorCode)) {
      expect(new PlayerError(code, 'x').mediaCode, code).to.equal(expected[code]);
    }
  });

  it('keeps the cause', () => {
    const cause = new Error('inner');
    expect(new PlayerError(ErrorCode.UNKNOWN, 'x', { cause }).cause).to.equal(cause);
  });

  it('serialises to plain data', () => {
    const error = new PlayerError(ErrorCode.NETWORK, 'down', { context: { url: 'u' } });
    expect(JSON.parse(JSON.stringify(error))).to.deep.equal({
      name: 'PlayerError',
      code: 'NETWORK',
      category: 'video',
      fatal: false,
      message: 'down',
      context: { url: 'u' },
    });
  });

  it('codes are their own names', () => {
    for (const [key, value] of Object.entries(ErrorCode)) expect(value).to.equal(key);
  });

  it('tells recoverable codes from those that need new input', () => {
    for (const code of [
      'NOT_LIVE_YET',
      'SERVER_ERROR',
      'NETWORK',
      'NETWORK_OFFLINE',
      'TIMEOUT',
      'MEDIA_DECODE',
    ] as const) {
      expect(isRecoverable(code), code).to.be.true;
    }
    for (const code of [
      'TOKEN_EXPIRED',
      'NOT_FOUND',
      'INVALID_PLAYBACK_ID',
      'FORBIDDEN',
      'MEDIA_UNSUPPORTED',
    ] as const) {
      expect(isRecoverable(code), code).to.be.false;
    }
    expect(isRecoverable(new PlayerError(ErrorCode.SERVER_ERROR, 'x', { fatal: true }))).to.be.true;
  });
});
