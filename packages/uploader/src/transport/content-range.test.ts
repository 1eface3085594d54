import { expect } from '@esm-bundle/chai';
import { chunkRange, heldBytes, probeRange } from './content-range.ts';

describe('content-range', () => {
  it('labels a chunk with inclusive start and end and the total', () => {
    expect(chunkRange(0, 1_048_576, 10_000_000)).to.equal('bytes 0-1048575/10000000');
    expect(chunkRange(9_437_184, 562_816, 10_000_000)).to.equal('bytes 9437184-9999999/10000000');
  });

  it('uses * for the total while a stream size is unknown', () => {
    expect(chunkRange(262_144, 262_144, null)).to.equal('bytes 262144-524287/*');
  });

  it('refuses a range that cannot be sent', () => {
    expect(() => chunkRange(-1, 10, null)).to.throw(RangeError, /not a byte offset/);
    expect(() => chunkRange(0, 0, null)).to.throw(RangeError, /at least 1/);
    expect(() => chunkRange(10, 10, 15)).to.throw(RangeError, /past the total of 15/);
  });

  it('builds the status probe', () => {
    expect(probeRange(5_366_337)).to.equal('bytes */5366337');
    expect(probeRange(null)).to.equal('bytes */*');
  });

  it('reads what a 308 says the server holds', () => {
    expect(heldBytes('bytes=0-262143')).to.equal(262_144);
    expect(heldBytes(null)).to.equal(0);
    expect(heldBytes('')).to.equal(0);
  });

  it('rejects Range headers the protocol does not allow', () => {
    expect(heldBytes('bytes=100-200')).to.equal(null);
    expect(heldBytes('items=0-3')).to.equal(null);
    expect(heldBytes('bytes=0-')).to.equal(null);
  });
});
