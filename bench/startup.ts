// Time to first frame on the origin's `vod`, cold (fresh browser context per run): a bare,
// default-config hls.js page (the reference, DESIGN §6) against the production <video-player>.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import type { Origin } from '../packages/media-origin/src/index.ts';
import { buildPage } from './build-page.ts';
import { startPageServer, type PageFile } from './page-server.ts';
import { measureChunks } from './size.ts';
import { summarize, type Summary } from './stats.ts';

const hlsSource = readFileSync(createRequire(import.meta.url).resolve('hls.js/dist/hls.min.js'), 'utf8');

/** Loads hls.js with a script tag, plays, and reports the first presented frame (ms since navigation start). */
const barePage = (src: string): string => `<!doctype html>
<video muted playsinline style="width: 640px"></video>
<script src="/hls.min.js"></script>
<script>
  const video = document.querySelector('video');
  video.requestVideoFrameCallback(() => { window.firstFrame = performance.now(); });
  const hls = new Hls();
  hls.loadSource(${JSON.stringify(src)});
  hls.attachMedia(video);
  video.play();
</script>`;

async function firstFrames(
  browser: Browser,
  files: Record<string, PageFile>,
  path: string,
  runs: number,
): Promise<Summary> {
  const pages = await startPageServer(files);
  const samples: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(pages.url(path));
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

export interface StartupResults {
  /** Scripts of the production player page: `player` is the element, Lit and core; hls.js and mux-embed load on demand. */
  playerChunks: ReturnType<typeof measureChunks>;
  bareHls: Summary;
  player: Summary;
  /** player median / bare median: the bar is ≤ 1.0. */
  ratio: number;
}

/** Both pages run the same number of cold runs against the same origin, back to back. */
export async function measureStartup(browser: Browser, origin: Origin, runs: number): Promise<StartupResults> {
  const bare = {
    '/': { type: 'text/html', body: barePage(origin.url('stream', '/vod.m3u8')) },
    '/hls.min.js': { type: 'text/javascript', body: hlsSource },
  };
  const playerFiles = await buildPage('player');
  const playerPath = `/player.html?domain=${encodeURIComponent(origin.domain)}`;
  const bareHls = await firstFrames(browser, bare, '/', runs);
  const player = await firstFrames(browser, playerFiles, playerPath, runs);
  return {
    playerChunks: measureChunks(playerFiles),
    bareHls,
    player,
    ratio: Math.round((player.median / bareHls.median) * 100) / 100,
  };
}
