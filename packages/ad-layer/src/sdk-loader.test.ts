import { expect } from '@esm-bundle/chai';
import { originUrl } from '../../../test/browser/origin.ts';
import { requestsTo } from '../../../test/browser/player.ts';
import { loadImaSdk, SdkBlockedError } from './sdk-loader.ts';

describe('loadImaSdk', () => {
  it('loads the SDK once per src and resolves with google.ima', async () => {
    const src = originUrl('ads', '/ima3.js?loader-test');
    const since = performance.now();
    const [first, second] = await Promise.all([loadImaSdk(src), loadImaSdk(src)]);
    expect(first).to.equal(second);
    expect(typeof first.AdsLoader).to.equal('function');
    expect(await loadImaSdk(src)).to.equal(first);
    expect(requestsTo('ads', since).filter((url) => url === src)).to.have.length(1);
    expect(document.querySelectorAll(`script[src="${src}"]`)).to.have.length(1);
  });

  it('rejects a blocked SDK with SdkBlockedError, and tries again on the next call', async () => {
    const src = originUrl('ads', '/no-such-sdk.js');
    for (let attempt = 0; attempt < 2; attempt++) {
      const error = await loadImaSdk(src).then(
        () => null,
        (reason: unknown) => reason,
      );
      expect(error).to.be.instanceOf(SdkBlockedError);
      expect(document.querySelector(`script[src="${src}"]`)).to.equal(null);
    }
  });
});
