import { expect } from '@esm-bundle/chai';
import { crc32cFromBase64, crc32cToBase64, crc32cUpdate } from './crc32c.ts';

/** Bit by bit, the definition: a reference for the table-driven version. */
function crc32cBitwise(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0x82f63b78 : crc >>> 1;
  }
  return ~crc >>> 0;
}

describe('crc32c', () => {
  it('matches the check value and the RFC 3720 §B.4 vectors', () => {
    expect(crc32cUpdate(0, new TextEncoder().encode('123456789'))).to.equal(0xe3069283);
    expect(crc32cUpdate(0, new Uint8Array(32))).to.equal(0x8a9136aa);
    expect(crc32cUpdate(0, new Uint8Array(32).fill(0xff))).to.equal(0x62a8ab43);
    expect(
      crc32cUpdate(
        0,
        Uint8Array.from({ length: 32 }, (_, i) => i),
      ),
    ).to.equal(0x46dd794e);
    expect(
      crc32cUpdate(
        0,
        Uint8Array.from({ length: 32 }, (_, i) => 31 - i),
      ),
    ).to.equal(0x113fdb5c);
    expect(crc32cUpdate(0, new Uint8Array(0))).to.equal(0);
  });

  it('gives the same value fed whole or in pieces of any length', () => {
    const bytes = Uint8Array.from({ length: 10_007 }, (_, i) => (i * 2_654_435_761) >>> 24);
    const whole = crc32cBitwise(bytes);
    for (const piece of [1, 3, 7, 8, 9, 64, 4_099]) {
      let crc = 0;
      for (let at = 0; at < bytes.length; at += piece) crc = crc32cUpdate(crc, bytes.subarray(at, at + piece));
      expect(crc, `pieces of ${piece}`).to.equal(whole);
    }
  });

  it('reads and writes the base64 of X-Goog-Hash', () => {
    expect(crc32cToBase64(0xe3069283)).to.equal('4waSgw==');
    expect(crc32cFromBase64('4waSgw==')).to.equal(0xe3069283);
    expect(crc32cFromBase64(crc32cToBase64(0))).to.equal(0);
    expect(crc32cFromBase64(crc32cToBase64(0xffffffff))).to.equal(0xffffffff);
    for (const bad of ['', '4waSgw', '4waSgw=', 'AAAAAAAA', '4waSg!==', 'CS9tHYTtyFntzj7B9nkkJQ==']) {
      expect(crc32cFromBase64(bad), bad).to.equal(null);
    }
  });
});
