import { expect } from '@esm-bundle/chai';
import { testBytes } from '../../../../test/browser/uploads.ts';
import { Sha256, sha256OfBlob } from './sha256.ts';

const subtleHex = async (bytes: Uint8Array<ArrayBuffer>): Promise<string> =>
  Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');

describe('Sha256', () => {
  it('matches the standard vectors', () => {
    expect(new Sha256().hex()).to.equal('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(new Sha256().update(new TextEncoder().encode('abc')).hex()).to.equal(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('matches crypto.subtle for every length around the block and padding edges, fed in odd pieces', async () => {
    for (const length of [1, 55, 56, 63, 64, 65, 119, 120, 127, 128, 1000, 100_003]) {
      const bytes = testBytes(length, length);
      const hash = new Sha256();
      for (let at = 0; at < length; at += 37) hash.update(bytes.subarray(at, at + 37));
      expect(hash.hex(), `${length} bytes`).to.equal(await subtleHex(bytes));
    }
  });

  it('hashes a Blob slice by slice', async () => {
    const bytes = testBytes(300_001, 4);
    expect(await sha256OfBlob(new Blob([bytes]))).to.equal(await subtleHex(bytes));
  });
});
