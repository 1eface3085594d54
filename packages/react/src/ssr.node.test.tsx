// Server rendering in Node: importing the entries touches no DOM, and renderToString is stable.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToString } from 'react-dom/server';

void describe('@videokit/react on the server', () => {
  void it('imports without a window or a document', async () => {
    await import('./index.ts');
    await import('./lazy.ts');
    assert.equal(typeof (globalThis as { window?: unknown }).window, 'undefined');
    assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
  });

  void it('renders each component as a placeholder, the same at any time', async () => {
    const { fixtures } = await import('./test/fixtures.tsx');
    const first = Object.entries(fixtures).map(([name, fixture]) => [name, renderToString(fixture('example.com'))]);
    const realNow = Date.now;
    const realRandom = Math.random;
    Date.now = () => realNow() + 86_400_000;
    Math.random = () => 0.5;
    try {
      const second = Object.entries(fixtures).map(([name, fixture]) => [name, renderToString(fixture('example.com'))]);
      assert.deepEqual(second, first);
    } finally {
      Date.now = realNow;
      Math.random = realRandom;
    }
    for (const [name, html] of first) {
      assert.match(html ?? '', /data-videokit-placeholder/, `${String(name)} renders a placeholder`);
      assert.doesNotMatch(html ?? '', /<(video-player|video-uploader|storyboard-preview|ad-layer)[\s>]/);
    }
  });

  void it("renders the player's box: its aspect ratio, the default poster and the placeholder image", async () => {
    const { VideoPlayer } = await import('./index.ts');
    const html = renderToString(
      <VideoPlayer playbackId="abc123" thumbnailTime={4} placeholder="data:image/gif;base64,R0lGOD" className="hero" />,
    );
    assert.match(html, /class="hero"/);
    assert.match(html, /aspect-ratio:var\(--video-player-aspect-ratio, 16 \/ 9\)/);
    assert.match(
      html,
      /url\(&quot;https:\/\/image\.mux\.com\/abc123\/thumbnail\.webp\?time=4&quot;\), url\(&quot;data:image\/gif;base64,R0lGOD&quot;\)/,
    );

    const sized = renderToString(
      <VideoPlayer playbackId="abc123" poster="" style={{ aspectRatio: 4 / 3, width: 640 }} />,
    );
    assert.match(sized, /aspect-ratio:1\.3333333333333333/);
    assert.doesNotMatch(sized, /background-image/);

    // A signed playback ID without a thumbnail token has no poster anyone may see.
    const signed = renderToString(<VideoPlayer playbackId="abc123" tokens={{ playback: 'eyJ.a.b' }} />);
    assert.doesNotMatch(signed, /thumbnail/);
  });

  void it('renders the lazy player as the same box', async () => {
    const { VideoPlayer } = await import('./lazy.ts');
    const html = renderToString(<VideoPlayer playbackId="abc123" placeholder="data:image/gif;base64,R0lGOD" />);
    assert.match(
      html,
      /^<div data-videokit-placeholder="video-player" style="display:block;position:relative;aspect-ratio:var/,
    );
    assert.match(html, /url\(&quot;data:image\/gif;base64,R0lGOD&quot;\)/);
  });
});
