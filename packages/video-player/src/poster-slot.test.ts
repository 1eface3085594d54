import { expect } from '@esm-bundle/chai';
import { originUrl } from '../../../test/browser/origin.ts';
import { playsPast } from '../../../test/browser/playback.ts';
import { innerVideo, mountPlayer, requestsTo, unmountAll, until } from '../../../test/browser/player.ts';

/** A 2×2 PNG, so the slotted poster's own load makes no request to the origin. */
const PIXELS =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAEklEQVR4nGP4z8Dwn4GBgYEBAB3+A/0kp8yyAAAAAElFTkSuQmCC';

const shown = (element: Element): boolean => element.getClientRects().length > 0;

describe('<video-player> poster slot (Mux Player\'s <img slot="poster">)', () => {
  afterEach(unmountAll);

  it('shows the slotted image over the player instead of the derived poster, until playback starts', async () => {
    const since = performance.now();
    const image = Object.assign(document.createElement('img'), { slot: 'poster', src: PIXELS, alt: '' });
    const mounted = await mountPlayer({ 'playback-id': 'vod', muted: true, 'disable-tracking': true }, image);

    expect(innerVideo(mounted).hasAttribute('poster')).to.equal(false);
    expect(requestsTo('image', since)).to.deep.equal([]);
    const box = image.getBoundingClientRect();
    const host = mounted.getBoundingClientRect();
    expect([box.width, box.height]).to.deep.equal([host.width, host.height]);
    // The slotted image is what a viewer sees at the centre, under the controls.
    const [topmost] = mounted.shadowRoot?.elementsFromPoint(host.x + host.width / 4, host.y + host.height / 4) ?? [];
    expect(topmost?.closest('video')).to.equal(null);

    await mounted.play();
    await playsPast(innerVideo(mounted), 0.3);
    await until(() => !shown(image), 'the slotted poster to hide once playing');
  });

  it('gives the derived poster back when the slotted image goes', async () => {
    const mounted = await mountPlayer({ 'playback-id': 'vod', 'disable-tracking': true, preload: 'none' });
    const image = Object.assign(document.createElement('img'), { slot: 'poster', src: PIXELS, alt: '' });
    mounted.append(image);
    await until(() => !innerVideo(mounted).hasAttribute('poster'), 'the derived poster to step aside');
    expect(shown(image)).to.equal(true);
    image.remove();
    await until(() => innerVideo(mounted).poster !== '', 'the derived poster to return');
    expect(innerVideo(mounted).poster).to.equal(originUrl('image', '/vod/thumbnail.webp'));
  });
});
