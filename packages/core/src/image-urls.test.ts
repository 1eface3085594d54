import { expect } from '@esm-bundle/chai';
import { PlayerError } from './player-error.ts';
import { animatedUrl, storyboardUrl, thumbnailUrl } from './image-urls.ts';

describe('thumbnailUrl', () => {
  it('builds the default thumbnail', () => {
    expect(thumbnailUrl({ playbackId: 'abc' })).to.deep.equal({
      url: 'https://image.mux.com/abc/thumbnail.jpg',
      warnings: [],
    });
  });

  it('adds every option as a query parameter', () => {
    const { url, warnings } = thumbnailUrl({
      playbackId: 'abc',
      domain: 'localhost:4000',
      format: 'webp',
      time: 35,
      width: 400,
      height: 200,
      rotate: 90,
      fitMode: 'smartcrop',
      flipV: true,
      flipH: false,
      latest: true,
      programTime: 1707740460,
    });
    expect(url).to.equal(
      'http://image.localhost:4000/abc/thumbnail.webp?time=35&width=400&height=200&rotate=90&fit_mode=smartcrop&flip_v=true&latest=true&program_time=1707740460',
    );
    expect(warnings).to.deep.equal([]);
  });

  it('drops and reports invalid options', () => {
    const { url, warnings } = thumbnailUrl({
      playbackId: 'abc',
      time: -1,
      width: 10.5,
      rotate: 45 as 90,
      fitMode: 'zoom' as 'pad',
    });
    expect(url).to.equal('https://image.mux.com/abc/thumbnail.jpg');
    expect(warnings.map((warning) => warning.attribute)).to.deep.equal(['time', 'width', 'rotate', 'fit_mode']);
    expect(warnings[2]?.message).to.equal('thumbnail option rotate=45 is invalid and left out: use 90, 180 or 270');
  });

  it('warns when a fit mode lacks width and height', () => {
    const { url, warnings } = thumbnailUrl({ playbackId: 'abc', fitMode: 'crop', width: 100 });
    expect(url).to.contain('fit_mode=crop');
    expect(warnings[0]?.message).to.contain('needs both width and height');
  });

  it('carries only the token when signed, warning about each option', () => {
    const { url, warnings } = thumbnailUrl({ playbackId: 'abc', token: 't.t.t', time: 5, width: 640 });
    expect(url).to.equal('https://image.mux.com/abc/thumbnail.jpg?token=t.t.t');
    expect(warnings.map((warning) => warning.attribute)).to.deep.equal(['time', 'width']);
    expect(warnings[0]?.message).to.contain('thumbnail-token').and.contain('"time": 5');
  });

  it('validates the playback ID with the thumbnail category', () => {
    expect(() => thumbnailUrl({ playbackId: '' }))
      .to.throw(PlayerError)
      .with.property('category', 'thumbnail');
  });
});

describe('animatedUrl', () => {
  it('builds GIF and WebP URLs', () => {
    expect(animatedUrl({ playbackId: 'abc' }).url).to.equal('https://image.mux.com/abc/animated.gif');
    expect(animatedUrl({ playbackId: 'abc', format: 'webp', start: 2, end: 6, width: 320, fps: 15 }).url).to.equal(
      'https://image.mux.com/abc/animated.webp?start=2&end=6&width=320&fps=15',
    );
  });

  it('warns about values beyond the platform limits', () => {
    const { url, warnings } = animatedUrl({ playbackId: 'abc', start: 0, end: 12, width: 800, fps: 60 });
    expect(url).to.contain('end=12');
    expect(warnings.map((warning) => warning.attribute)).to.deep.equal(['end', 'width', 'fps']);
    expect(animatedUrl({ playbackId: 'abc', start: 1, end: 1.1 }).warnings[0]?.message).to.contain('at least 0.25 s');
  });

  it('carries only the token when signed', () => {
    const { url, warnings } = animatedUrl({ playbackId: 'abc', token: 'g.g.g', start: 1 });
    expect(url).to.equal('https://image.mux.com/abc/animated.gif?token=g.g.g');
    expect(warnings).to.have.length(1);
  });
});

describe('storyboardUrl', () => {
  it('builds metadata URLs with the sheet format', () => {
    expect(storyboardUrl({ playbackId: 'abc', format: 'vtt' }).url).to.equal(
      'https://image.mux.com/abc/storyboard.vtt',
    );
    expect(storyboardUrl({ playbackId: 'abc', format: 'json', imageFormat: 'webp' }).url).to.equal(
      'https://image.mux.com/abc/storyboard.json?format=webp',
    );
  });

  it('builds sheet URLs, warning that imageFormat does not apply', () => {
    const { url, warnings } = storyboardUrl({ playbackId: 'abc', format: 'png', imageFormat: 'webp' });
    expect(url).to.equal('https://image.mux.com/abc/storyboard.png');
    expect(warnings[0]?.message).to.contain('only applies to vtt and json');
  });

  it('adds clipping parameters', () => {
    expect(
      storyboardUrl({
        playbackId: 'abc',
        format: 'vtt',
        imageFormat: 'webp',
        extraParams: new URLSearchParams('asset_start_time=10&asset_end_time=20'),
      }).url,
    ).to.equal('https://image.mux.com/abc/storyboard.vtt?format=webp&asset_start_time=10&asset_end_time=20');
  });

  it('carries only the token when signed', () => {
    const { url, warnings } = storyboardUrl({ playbackId: 'abc', format: 'vtt', imageFormat: 'webp', token: 's.s.s' });
    expect(url).to.equal('https://image.mux.com/abc/storyboard.vtt?token=s.s.s');
    expect(warnings[0]?.message).to.contain('storyboard-token').and.contain('"format": "webp"');
  });
});
