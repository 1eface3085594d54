// The reconnect window, measured: <video-player> (its CDN bundle) plays the origin's `live-ll`, the
// origin's encoder is disconnected (`POST control/live/live-ll/disconnect`) and never comes back;
// from the disconnect's answer, the time until the player shows "waiting for the stream"
// (`liveStalled`) and until its one fatal `LIVE_STREAM_DISCONNECTED`. The code's reasoning says
// 3 s + `max-reconnect-retries` × 6 s (63 s at the default 10); this is what a viewer waits.
import type { Browser } from 'playwright-core';
import { request } from '../packages/media-origin/src/testing.ts';
import { startPageServer } from './page-server.ts';
import type { Contender } from './startup-pages.ts';

export interface ReconnectCase {
  /** `max-reconnect-retries`, or undefined for the default. */
  retries: number | undefined;
  /** What the code's reasoning says the wait is, in seconds. */
  expectedS: number;
  /** Seconds from the disconnect to "waiting for the stream", per run. */
  waitingS: number[];
  /** Seconds from the disconnect to the fatal error, per run. */
  errorS: number[];
  /** Codes of the fatal errors, per run (one expected: LIVE_STREAM_DISCONNECTED). */
  codes: string[][];
  failures: string[];
}

export interface LiveReconnectResults {
  runs: number;
  cases: ReconnectCase[];
}

declare global {
  interface Window {
    benchReconnect?: { firstFrame?: number; waiting?: number; fatal: { code: string; at: number }[] };
  }
}

const DEFAULT_RETRIES = 10;

function page(contender: Contender, domain: string, retries: number | undefined): string {
  const attribute = retries === undefined ? '' : ` max-reconnect-retries="${String(retries)}"`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>reconnect window</title>
<script>
  window.benchReconnect = { fatal: [] };
  const poll = () => {
    const player = document.querySelector('video-player');
    const video = player?.shadowRoot?.querySelector('video');
    if (!video) return requestAnimationFrame(poll);
    video.requestVideoFrameCallback(() => (window.benchReconnect.firstFrame = performance.now()));
    player.addEventListener('error', (event) => {
      if (event.detail?.fatal) window.benchReconnect.fatal.push({ code: event.detail.code, at: Date.now() });
    });
    const watch = () => {
      if (player.liveStalled && window.benchReconnect.waiting === undefined) window.benchReconnect.waiting = Date.now();
      requestAnimationFrame(watch);
    };
    watch();
  };
  poll();
</script>
<script type="module" src="${contender.eager[0] ?? ''}"></script></head>
<body><video-player playback-id="live-ll" custom-domain="${domain}" muted autoplay disable-tracking${attribute} style="width: 640px"></video-player></body></html>`;
}

async function measureOnce(
  browser: Browser,
  origin: { port: number },
  url: string,
  limitS: number,
): Promise<{ waiting: number; error: number; codes: string[] }> {
  await request(origin, 'control', '/reset', { method: 'POST' });
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    await tab.goto(url);
    await tab.waitForFunction(() => window.benchReconnect?.firstFrame !== undefined, null, { timeout: 30_000 });
    await tab.waitForTimeout(2000);
    const response = await request(origin, 'control', '/live/live-ll/disconnect', { method: 'POST', body: '{}' });
    if (response.status !== 200) throw new Error(`disconnect: ${String(response.status)}`);
    const disconnectedAt = Date.now();
    await tab.waitForFunction(() => (window.benchReconnect?.fatal.length ?? 0) > 0, null, { timeout: limitS * 1000 });
    // Any second fatal error would come right after the first.
    await tab.waitForTimeout(3000);
    const result = await tab.evaluate(() => window.benchReconnect);
    const first = result?.fatal[0];
    if (!result || !first) throw new Error('no fatal error');
    return {
      waiting: ((result.waiting ?? NaN) - disconnectedAt) / 1000,
      error: (first.at - disconnectedAt) / 1000,
      codes: result.fatal.map((fatal) => fatal.code),
    };
  } finally {
    await context.close();
    await request(origin, 'control', '/reset', { method: 'POST' });
  }
}

export async function measureLiveReconnect(
  browser: Browser,
  origin: { port: number; domain: string },
  player: Contender,
  runs: number,
  retryCounts: readonly (number | undefined)[],
): Promise<LiveReconnectResults> {
  const cases: ReconnectCase[] = [];
  for (const retries of retryCounts) {
    const server = await startPageServer({
      ...player.files,
      '/reconnect.html': { type: 'text/html', body: page(player, origin.domain, retries) },
    });
    const expectedS = 3 + (retries ?? DEFAULT_RETRIES) * 6;
    const entry: ReconnectCase = { retries, expectedS, waitingS: [], errorS: [], codes: [], failures: [] };
    try {
      for (let run = 0; run < runs; run++) {
        try {
          const result = await measureOnce(browser, origin, server.url('/reconnect.html'), expectedS * 2 + 30);
          entry.waitingS.push(Math.round(result.waiting * 10) / 10);
          entry.errorS.push(Math.round(result.error * 10) / 10);
          entry.codes.push(result.codes);
        } catch (error) {
          entry.failures.push((error as Error).message);
        }
      }
    } finally {
      await server.stop();
    }
    cases.push(entry);
  }
  return { runs, cases };
}
