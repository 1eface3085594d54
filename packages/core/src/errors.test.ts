import { expect } from '@esm-bundle/chai';
import * as errors from './errors.ts';

describe('errors module', () => {
  it('gathers the error type and every mapping', () => {
    for (const name of [
      'PlayerError',
      'ErrorCode',
      'isRecoverable',
      'isPlayerError',
      'errorFromHttp',
      'errorFromResponse',
      'readReason',
      'errorFromHls',
      'errorFromMediaError',
    ]) {
      expect(errors, name).to.have.property(name);
    }
    expect(
      errors.errorFromHttp({ status: 404, url: 'https://stream.mux.com/x.m3u8', category: 'video' }),
    ).to.be.instanceOf(errors.PlayerError);
  });
});
