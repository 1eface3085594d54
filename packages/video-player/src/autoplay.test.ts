import { expect } from '@esm-bundle/chai';
import { autoplay, parseAutoplay } from './autoplay.ts';

const refused = (): Promise<void> => Promise.reject(new DOMException('no gesture', 'NotAllowedError'));

describe('autoplay', () => {
  it('parses the attribute', () => {
    expect(parseAutoplay(null)).to.equal(undefined);
    expect(parseAutoplay('')).to.equal('plain');
    expect(parseAutoplay('muted')).to.equal('muted');
    expect(parseAutoplay('any')).to.equal('any');
  });

  it('"any" falls back to muted when sound is refused', async () => {
    let muted = false;
    const play = (): Promise<void> => (muted ? Promise.resolve() : refused());
    expect(await autoplay('any', play, () => (muted = true))).to.equal('playing-muted');
  });

  it('plain autoplay reports a refusal without throwing or muting', async () => {
    let muted = false;
    expect(await autoplay('plain', refused, () => (muted = true))).to.equal('blocked');
    expect(muted).to.equal(false);
  });

  it('"muted" mutes first', async () => {
    let muted = false;
    const play = (): Promise<void> => (muted ? Promise.resolve() : refused());
    expect(await autoplay('muted', play, () => (muted = true))).to.equal('playing-muted');
  });
});
