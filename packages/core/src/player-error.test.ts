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
