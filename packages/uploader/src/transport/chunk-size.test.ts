import { expect } from '@esm-bundle/chai';
import { chunkSizeProblem, clampChunkSize, kibToBytes, nextChunkSize } from './chunk-size.ts';

describe('chunk-size', () => {
  it('accepts multiples of 256 KiB', () => {
    for (const kib of [256, 512, 5120, 30_720]) expect(chunkSizeProblem(kib)).to.equal(null);
    expect(kibToBytes(256)).to.equal(262_144);
  });

  it('says what is wrong with other sizes, with the nearest valid ones', () => {
    expect(chunkSizeProblem(300)).to.equal('it is not a multiple of 256 KiB (the nearest are 256 or 512)');
    expect(chunkSizeProblem(100)).to.equal('it is not a multiple of 256 KiB (the nearest are 256)');
    expect(chunkSizeProblem(0)).to.match(/positive whole number/);
    expect(chunkSizeProblem(256.5)).to.match(/positive whole number/);
    expect(chunkSizeProblem(Number.NaN)).to.match(/not a number/);
    expect(chunkSizeProblem('512')).to.match(/not a number/);
  });

  it('clamps to a multiple of 256 within the limits', () => {
    expect(clampChunkSize(1000, 256, 4096)).to.equal(768);
    expect(clampChunkSize(10, 256, 4096)).to.equal(256);
    expect(clampChunkSize(99_999, 256, 4096)).to.equal(4096);
  });

  it('grows chunks on a fast link, at most doubling', () => {
    // 1 MiB in 0.1 s is 10 MiB/s: ideally 100 MiB chunks, but one step only doubles.
    expect(nextChunkSize(1024, 1_048_576, 0.1, { min: 256, max: 512_000 })).to.equal(2048);
  });

  it('shrinks chunks on a slow link, at most halving, never below min', () => {
    // 1 MiB in 60 s: ideally ~170 KiB; one step halves to 512.
    expect(nextChunkSize(1024, 1_048_576, 60, { min: 256, max: 512_000 })).to.equal(512);
    expect(nextChunkSize(256, 262_144, 600, { min: 256, max: 512_000 })).to.equal(256);
  });

  it('settles where a chunk takes about ten seconds', () => {
    // 2 MiB/s: 20 MiB chunks.
    expect(nextChunkSize(16_384, 2 * 1_048_576, 1, { min: 256, max: 512_000 })).to.equal(20_480);
  });

  it('keeps the size when the measurement is unusable', () => {
    expect(nextChunkSize(1024, 0, 1, { min: 256, max: 4096 })).to.equal(1024);
    expect(nextChunkSize(1024, 1000, 0, { min: 256, max: 4096 })).to.equal(1024);
  });
});
