// Its own page: nothing here imports the player, so resource timing shows when the player is fetched.
import { expect } from '@esm-bundle/chai';
import { domain } from '../../../test/browser/origin.ts';
import { VideoPlayer } from './lazy.ts';
import { cleanup, frames, render } from './test/render.ts';

/** Scripts and media of the player fetched so far (the placeholder's own URL escaping, core's `css-url`, is not the player). */
const playerRequests = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter(
      (url) =>
        /\/packages\/(video-player|core)\/|\/packages\/react\/src\/video-player\.ts|hls\.js|\.localhost:\d+\//.test(
          url,
        ) && !url.endsWith('/packages/core/src/css-url.ts'),
    );

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let tries = 0; !condition(); tries++) {
    if (tries > 400) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('@videokit/react/lazy', function () {
  this.timeout(30_000);
  afterEach(cleanup);

  it('loads nothing of the player until its placeholder scrolls into view (loading="viewport")', async () => {
    const { container } = render(
      <>
        <div style={{ height: '300vh' }}>above the fold</div>
        <VideoPlayer playbackId="vod" customDomain={domain} disableTracking preload="none" style={{ width: 320 }} />
      </>,
    );
    await until(() => document.readyState === 'complete', 'the page load');
    for (let i = 0; i < 5; i++) await frames();
    const placeholder = container.querySelector<HTMLElement>('[data-videokit-placeholder]');
    expect(placeholder).to.not.equal(null);
    expect(placeholder?.getBoundingClientRect().height).to.equal(180);
    expect(container.querySelector('video-player')).to.equal(null);
    expect(playerRequests()).to.deep.equal([]);

    placeholder?.scrollIntoView();
    await until(() => container.querySelector('video-player') !== null, 'the player');
    expect(container.querySelector('[data-videokit-placeholder]')).to.equal(null);
    expect(playerRequests().some((url) => url.includes('/packages/video-player/src/'))).to.equal(true);
    // preload="none": still no media.
    expect(playerRequests().filter((url) => url.includes('stream.'))).to.deep.equal([]);
  });

  it('shifts no layout when the player replaces the placeholder (style={{ aspectRatio: 16 / 9 }})', async () => {
    window.scrollTo(0, 0);
    let shift = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shift += entry.value;
    });
    observer.observe({ type: 'layout-shift' });
    try {
      const { container } = render(
        <>
          <VideoPlayer
            loading="page"
            playbackId="vod"
            customDomain={domain}
            disableTracking
            style={{ aspectRatio: 16 / 9 }}
          />
          <p id="below">Text below the player.</p>
        </>,
      );
      await until(() => container.querySelector('video-player') !== null, 'the player');
      const player = container.querySelector('video-player');
      await player?.updateComplete;
      for (let i = 0; i < 10; i++) await frames();
      expect(shift).to.equal(0);

      // The measurement itself works: a real shift of the text below is seen.
      container
        .querySelector('#below')
        ?.before(Object.assign(document.createElement('div'), { style: 'height: 100px' }));
      for (let i = 0; i < 5; i++) await frames();
      expect(shift).to.be.greaterThan(0);
    } finally {
      observer.disconnect();
    }
  });
});
