import { expect } from '@esm-bundle/chai';
import { defaultPoster } from './default-poster.ts';
import { shownTitleOf, videoTitleOf } from './titles.ts';

describe('titles and posters', () => {
  it('names a video the same way everywhere', () => {
    const all = { 'metadata-video-title': 'Analytics', 'video-title': 'Shown', title: 'Element' };
    expect(videoTitleOf(all)).to.equal('Analytics');
    expect(videoTitleOf({ ...all, 'metadata-video-title': '' })).to.equal('Shown');
    expect(videoTitleOf({ title: 'Element', 'video-title': null })).to.equal('Element');
    expect(videoTitleOf({})).to.equal(undefined);
    expect(shownTitleOf(all)).to.equal('Shown');
    expect(shownTitleOf({ title: 'Element' })).to.equal('Element');
  });

  it('derives the default poster, and none for a signed ID without a thumbnail token', () => {
    expect(defaultPoster({ playbackId: 'abc', domain: 'example.com', thumbnailTime: 5 }).url).to.equal(
      'https://image.example.com/abc/thumbnail.webp?time=5',
    );
    expect(defaultPoster({ playbackId: 'abc', playbackToken: 'eyJ.x.y' })).to.deep.equal({});
    expect(defaultPoster({ playbackId: undefined })).to.deep.equal({});
    const { problem } = defaultPoster({ playbackId: 'abc', thumbnailToken: 'not-a-jwt' });
    expect(problem?.context?.attribute).to.equal('thumbnail-token');
  });
});
