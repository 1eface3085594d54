import { expect } from '@esm-bundle/chai';
import { accepts } from './accept.ts';

const file = (name: string, type: string): File => new File(['x'], name, { type });

describe('accepts', () => {
  it('matches type wildcards', () => {
    expect(accepts('video/*,audio/*', file('a.mp4', 'video/mp4'))).to.be.true;
    expect(accepts('video/*,audio/*', file('a.m4a', 'audio/mp4'))).to.be.true;
    expect(accepts('video/*,audio/*', file('a.png', 'image/png'))).to.be.false;
  });

  it('matches exact types and extensions, case-insensitively', () => {
    expect(accepts('video/mp4', file('a.mp4', 'video/mp4'))).to.be.true;
    expect(accepts('video/mp4', file('a.webm', 'video/webm'))).to.be.false;
    expect(accepts('.MOV, .mkv', file('Trip.mov', ''))).to.be.true;
    expect(accepts('.mkv', file('trip.mov', 'video/quicktime'))).to.be.false;
  });

  it('accepts anything when the list is empty', () => {
    expect(accepts(' , ', file('a.bin', ''))).to.be.true;
  });
});
