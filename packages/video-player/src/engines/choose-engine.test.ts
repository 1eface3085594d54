import { expect } from '@esm-bundle/chai';
import { chooseEngine } from './choose-engine.ts';

const chromium = { mediaSource: true, nativeHls: true, safari: false };
const safari = { mediaSource: true, nativeHls: true, safari: true };
const iosSafari = { mediaSource: false, nativeHls: true, safari: true };

describe('chooseEngine', () => {
  it('uses hls.js wherever MediaSource exists except Safari, even when native HLS says "maybe"', () => {
    expect(chooseEngine('hls', undefined, chromium)).to.equal('hls.js');
    expect(chooseEngine('hls', undefined, safari)).to.equal('native');
    expect(chooseEngine('hls', undefined, iosSafari)).to.equal('native');
  });

  it('honours prefer-playback when the browser can', () => {
    expect(chooseEngine('hls', 'native', chromium)).to.equal('native');
    expect(chooseEngine('hls', 'mse', safari)).to.equal('hls.js');
    expect(chooseEngine('hls', 'mse', iosSafari)).to.equal('native');
  });

  it('plays MP4 natively', () => {
    expect(chooseEngine('mp4', 'mse', chromium)).to.equal('native');
  });
});
