import { expect } from '@esm-bundle/chai';
import { chooseStartLevel } from './start-level.ts';

const levels = [
  { height: 270, bitrate: 150_000 },
  { height: 360, bitrate: 250_000 },
  { height: 540, bitrate: 450_000 },
  { height: 720, bitrate: 750_000 },
];

describe('chooseStartLevel', () => {
  it('takes the best rendition that fits the rendered size and the bandwidth', () => {
    expect(chooseStartLevel(levels, 720, 10_000_000)).to.equal(3);
    expect(chooseStartLevel(levels, 400, 10_000_000)).to.equal(1);
    expect(chooseStartLevel(levels, 1080, 500_000)).to.equal(1);
  });

  it('falls back to the lightest rendition when nothing fits', () => {
    expect(chooseStartLevel(levels, 100, 10_000)).to.equal(0);
  });

  it('ignores the size before layout (height 0)', () => {
    expect(chooseStartLevel(levels, 0, 10_000_000)).to.equal(3);
  });

  it('answers -1 (auto) for no levels', () => {
    expect(chooseStartLevel([], 720, 1)).to.equal(-1);
  });
});
