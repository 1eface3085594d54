import { expect } from '@esm-bundle/chai';
import { mintToken, originUrl, domain } from '../../../test/browser/origin.ts';
import './define.ts';
import { StoryboardErrorEvent } from './events.ts';
import type { StoryboardPreview } from './storyboard-preview.ts';

// The origin's vod: 12 s, 50 tiles of 256 × 144 in 5 columns (0.24 s per tile).
const TILE_SECONDS = 12 / 50;
const expected = (time: number): { x: number; y: number } => {
  const index = Math.floor(time / TILE_SECONDS);
  return { x: (index % 5) * 256, y: Math.floor(index / 5) * 144 };
};

const mounted: StoryboardPreview[] = [];

async function mount(attributes: Record<string, string>): Promise<StoryboardPreview> {
  const preview = document.createElement('storyboard-preview');
  for (const [name, value] of Object.entries(attributes)) preview.setAttribute(name, value);
  const loaded = new Promise<void>((resolve, reject) => {
    preview.addEventListener('load', () => resolve(), { once: true });
    preview.addEventListener(
      'storyboarderror',
      (event) => reject(event instanceof StoryboardErrorEvent ? event.detail : new Error(event.type)),
      {
        once: true,
      },
    );
  });
  document.body.append(preview);
  mounted.push(preview);
  await loaded;
  await preview.updateComplete;
  return preview;
}

function failure(attributes: Record<string, string>): Promise<StoryboardErrorEvent> {
  const preview = document.createElement('storyboard-preview');
  for (const [name, value] of Object.entries(attributes)) preview.setAttribute(name, value);
  const failed = new Promise<StoryboardErrorEvent>((resolve) =>
    preview.addEventListener('storyboarderror', (event) => event instanceof StoryboardErrorEvent && resolve(event), {
      once: true,
    }),
  );
  document.body.append(preview);
  mounted.push(preview);
  return failed;
}

describe('<storyboard-preview>', () => {
  afterEach(() => {
    for (const preview of mounted.splice(0)) preview.remove();
  });

  for (const format of ['vtt', 'json'] as const) {
    it(`shows the tile for a time from the ${format.toUpperCase()} metadata, cropped with CSS`, async () => {
      const preview = await mount({ src: originUrl('image', `/vod/storyboard.${format}`), time: '5.1' });
      expect(preview.storyboard).to.have.length(50);
      expect(preview.tile).to.include({ ...expected(5.1), width: 256, height: 144 });
      const tile = preview.shadowRoot?.querySelector<HTMLElement>('[part=tile]');
      if (!tile) throw new Error('no tile rendered');
      // Sheet 1280 × 1440: x 256 → 25% of (1280 − 256); y 576 → 640 px → 576 / 1296.
      const [x = '', y = ''] = tile.style.backgroundPosition.split(' ');
      expect(parseFloat(x)).to.equal(25);
      expect(parseFloat(y)).to.be.closeTo((576 / 1296) * 100, 0.001);
      expect(tile.getBoundingClientRect().width).to.equal(256);
      preview.time = 11.9;
      await preview.updateComplete;
      expect(preview.tile).to.include(expected(11.9));
    });
  }

  it('builds the URL from playback-id, custom-domain and a storyboard token', async () => {
    const token = await mintToken({ sub: 'signed-vod', aud: 's' });
    const preview = await mount({
      'playback-id': 'signed-vod',
      'custom-domain': domain,
      'storyboard-token': token,
      format: 'json',
      time: '1',
    });
    expect(preview.tile).to.not.equal(undefined);
  });

  it('names a refused storyboard without the token in the message or context', async () => {
    const token = await mintToken({ sub: 'signed-vod', aud: 'v' });
    const refused = await failure({ 'playback-id': 'signed-vod', 'custom-domain': domain, 'storyboard-token': token });
    expect(refused.detail.code).to.match(/^TOKEN_|FORBIDDEN/);
    expect(refused.detail.category).to.equal('storyboard');
    // A preview is optional: its failure is never fatal and never leaves its shadow root.
    expect(refused.detail.fatal).to.equal(false);
    expect(refused.composed).to.equal(false);
    expect(refused.bubbles).to.equal(false);
    const said = `${refused.detail.message} ${JSON.stringify(refused.detail.context)}`;
    expect(said).to.not.include(token);
    expect(said).to.not.include(token.split('.')[1] ?? token);
    expect(said).to.include('[redacted]');
    expect(refused.detail.message.match(/<storyboard-preview>/g)).to.have.length(1);
  });

  it('asks for WebP tiles for a playback ID, and shows them', async () => {
    const since = performance.now();
    const preview = await mount({ 'playback-id': 'vod', 'custom-domain': domain, time: '5.1' });
    expect(preview.tile).to.include(expected(5.1));
    const paths = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime >= since && entry.name.includes('/vod/storyboard.'))
      .map((entry) => new URL(entry.name));
    expect(paths.map((url) => `${url.pathname}${url.search}`)).to.include('/vod/storyboard.vtt?format=webp');
    expect(preview.tile?.url).to.equal(originUrl('image', '/vod/storyboard.webp'));
  });

  it('carries instant-clip parameters to the storyboard URL', async () => {
    const since = performance.now();
    await mount({ 'playback-id': 'vod', 'custom-domain': domain, 'asset-start-time': '2', 'asset-end-time': '8' });
    const urls = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime >= since && entry.name.includes('storyboard.vtt'))
      .map((entry) => entry.name);
    expect(urls.some((url) => url.includes('asset_start_time=2') && url.includes('asset_end_time=8'))).to.equal(true);
  });

  it('reports malformed metadata and missing storyboards with a storyboarderror event', async () => {
    const broken = await failure({
      src: `data:text/vtt,${encodeURIComponent('WEBVTT\n\n00:00.000 --> 00:01.000\nx.jpg\n')}`,
    });
    expect(broken.detail.code).to.equal('MANIFEST_INVALID');
    expect(broken.detail.category).to.equal('storyboard');
    expect(broken.detail.message).to.include('cue 1');
    const missing = await failure({ 'playback-id': 'nope', 'custom-domain': domain });
    expect(missing.detail.code).to.equal('NOT_FOUND');
    const sheet = await failure({
      src: `data:application/json,${encodeURIComponent(JSON.stringify({ url: originUrl('image', '/vod/missing.jpg'), tile_width: 1, tile_height: 1, tiles: [{ start: 0, x: 0, y: 0 }] }))}`,
    });
    expect(sheet.detail.message).to.include('sheet');
  });
});
