import { expect } from '@esm-bundle/chai';
import { domain, mintToken } from '../../../test/browser/origin.ts';
import { until } from '../../../test/browser/player.ts';

// The CDN bundle is built by `npm run build` (and before the browser tests).
const BUNDLE = new URL('/packages/video-player/dist/cdn/video-player.js', location.href).href;

/**
 * A page with only the classic `<script>` of the bundle and `<video-player ATTRIBUTES>`, played past
 * 1 s; resolves with the URLs the page fetched. The frame is removed after `check`.
 */
async function playInBundlePage(attributes: string, what: string, check: (urls: string[]) => void): Promise<void> {
  const frame = document.createElement('iframe');
  frame.style.width = '640px';
  frame.style.height = '400px';
  frame.srcdoc = `<!doctype html>
<script src="${BUNDLE}"></script>
<video-player ${attributes} custom-domain="${domain}" muted autoplay="muted" disable-tracking style="width: 600px"></video-player>`;
  document.body.append(frame);
  try {
    await until(
      () => {
        const player = frame.contentDocument?.querySelector('video-player') as { currentTime?: number } | null;
        return (player?.currentTime ?? 0) > 1;
      },
      what,
      25_000,
    );
    check((frame.contentWindow?.performance.getEntriesByType('resource') ?? []).map((entry) => entry.name));
  } finally {
    frame.remove();
  }
}

describe('CDN bundle', () => {
  it('plays vod from a page that has only the classic <script> and the element', async () => {
    await playInBundlePage('playback-id="vod"', 'playback from the CDN bundle', (urls) => {
      const hlsChunk = urls.find((url) => /\/dist\/cdn\/chunks\/hls-[\w-]+\.mjs$/.test(url));
      expect(hlsChunk, 'the hls.js chunk, fetched beside the bundle').to.be.a('string');
    });
  });

  it('plays a signed playback ID, its token checked by the chunk that loads with the first token', async () => {
    const playback = await mintToken({ sub: 'signed-vod', aud: 'v' });
    const thumbnail = await mintToken({ sub: 'signed-vod', aud: 't' });
    const attributes = `playback-id="signed-vod" playback-token="${playback}" thumbnail-token="${thumbnail}"`;
    await playInBundlePage(attributes, 'signed playback from the CDN bundle', (urls) => {
      expect(urls.some((url) => /\/dist\/cdn\/chunks\/tokens-[\w-]+\.mjs$/.test(url))).to.equal(
        true,
        'the token chunk',
      );
      expect(urls.some((url) => url.includes('/signed-vod/thumbnail.webp?token='))).to.equal(true, 'the signed poster');
    });
  });

  it('lets a <script>-tag page register its own theme through the element class', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '640px';
    frame.style.height = '400px';
    frame.srcdoc = `<!doctype html>
<script src="${BUNDLE}"></script>
<video-player playback-id="vod" custom-domain="${domain}" muted disable-tracking style="width: 600px"></video-player>
<script>
  customElements.whenDefined('video-player').then((Player) => {
    Player.registerTheme('brand', '.bar { background: rgb(7 8 9); }').then(() => {
      document.querySelector('video-player').setAttribute('theme', 'brand');
    });
  });
</script>`;
    document.body.append(frame);
    try {
      const barColour = (): string | undefined => {
        const player = frame.contentDocument?.querySelector('video-player');
        const bar = player?.shadowRoot?.querySelector('.bar');
        return bar ? frame.contentWindow?.getComputedStyle(bar).backgroundColor : undefined;
      };
      await until(() => barColour() === 'rgb(7, 8, 9)', "the page's theme on the bar", 25_000);
    } finally {
      frame.remove();
    }
  });
});
