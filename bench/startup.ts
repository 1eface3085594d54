// Time to first frame of a bare, default-config hls.js page on the origin's `vod`: the
// reference every player build is compared against (DESIGN §6, ratio ≤ 1.0).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import type { Origin } from '../packages/media-origin/src/index.ts';
import { startPageServer } from './page-server.ts';
import { summarize, type Summary } from './stats.ts';

const hlsSource = readFileSync(createRequire(import.meta.url).resolve('hls.js/dist/hls.min.js'), 'utf8');

/** Served as `http://bench.localhost:PORT/`: loads hls.js, plays, reports ms to the first presented frame. */
const page = (src: string): string => `<!doctype html>
<video muted playsinline></video>
<script>
  const started = performance.now();
  const script = document.createElement('script');
  script.src = '/hls.min.js';
  script.onload = () => {
    const video = document.querySelector('video');
    video.requestVideoFrameCallback(() => { window.firstFrame = performance.now() - started; });
    const hls = new Hls();
    hls.loadSource(${JSON.stringify(src)});
    hls.attachMedia(video);
    video.play();
  };
  document.head.append(script);
</script>`;

export async function measureBareHlsStartup(browser: Browser, origin: Origin, runs: number): Promise<Summary> {
  const pages = await startPageServer({
    '/': { type: 'text/html', body: page(origin.url('stream', '/vod.m3u8')) },
    '/hls.min.js': { type: 'text/javascript', body: hlsSource },
  });
  const samples: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      // A fresh context per run: no HTTP cache, no bandwidth estimate carried over.
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(pages.url());
      const firstFrame = await tab.waitForFunction(() => (window as { firstFrame?: number }).firstFrame, null, {
        timeout: 30_000,
      });
      samples.push(Number(await firstFrame.jsonValue()));
      await context.close();
    }
  } finally {
    await pages.stop();
  }
  return summarize(samples);
}
