// Low-latency live: time to first frame and steady-state latency on the origin's `live-ll` for
// A bare hls.js (`lowLatencyMode: true`), B <video-player> and C Mux Player, interleaved, a fresh
// browser context each, after one uncounted round. Latency is the wall clock (the origin's: same machine) minus the program
// date time of the frame on screen, as each player maps it (hls.js `playingDate` underneath all
// three: `hls.playingDate`, `liveLatency`, Mux Player's `currentPdt`).
import type { Browser } from 'playwright-core';
import { request } from '../packages/media-origin/src/testing.ts';
import { startPageServer } from './page-server.ts';
import type { Contender, ContenderKey as AnyContenderKey } from './startup-pages.ts';

/** The players that can play live: the startup job's floor (a fast-start MP4) and baseline cannot. */
type ContenderKey = Extract<AnyContenderKey, 'bare' | 'player' | 'mux'>;
const LIVE_KEYS: readonly ContenderKey[] = ['bare', 'player', 'mux'];
const isLive = (contender: Contender): contender is Contender & { key: ContenderKey } =>
  (LIVE_KEYS as readonly string[]).includes(contender.key);
import { summarize, type Summary } from './stats.ts';

export interface LiveLatencyResults {
  runs: number;
  settleMs: number;
  sampleMs: number;
  /** Latency in seconds over every sample of every run. */
  latency: Record<ContenderKey, Summary>;
  /** Time to first frame in ms since navigation. */
  firstFrame: Record<ContenderKey, Summary>;
  failures: Partial<Record<ContenderKey, string[]>>;
}

declare global {
  interface Window {
    benchLive?: { firstFrame?: number; samples: number[] };
  }
}

/** The page script: find the <video>, note its first frame, then sample latency every 250 ms. */
function liveProbe(find: string, playingDate: string, settleMs: number): string {
  return `<script>
  window.benchLive = { samples: [] };
  const find = () => ${find};
  const poll = () => {
    const video = find();
    if (!video) return requestAnimationFrame(poll);
    video.requestVideoFrameCallback(() => {
      window.benchLive.firstFrame = performance.now();
      setTimeout(() => setInterval(() => {
        if (!video.paused && video.readyState >= 3) {
          const date = ${playingDate};
          if (Number.isFinite(date)) window.benchLive.samples.push((Date.now() - date) / 1000);
        }
      }, 250), ${settleMs});
    });
  };
  poll();
</script>`;
}

const FIND: Record<ContenderKey, string> = {
  bare: "document.querySelector('video')",
  player: "document.querySelector('video-player')?.shadowRoot?.querySelector('video')",
  mux: "document.querySelector('mux-player')?.media?.nativeEl",
};

/** The program date time (ms) of the frame on screen, per player. */
const PLAYING_DATE: Record<ContenderKey, string> = {
  bare: 'window.hls?.playingDate?.getTime() ?? NaN',
  player: "Date.now() - (document.querySelector('video-player')?.liveLatency ?? NaN) * 1000",
  mux: "document.querySelector('mux-player')?.currentPdt?.getTime?.() ?? NaN",
};

function page(contender: Contender & { key: ContenderKey }, domain: string, hlsUrl: string, probe: string): string {
  const body: Record<ContenderKey, string> = {
    bare: `<video muted playsinline style="width: 640px"></video>
    <script src="/hls.min.js"></script>
    <script>
      const hls = (window.hls = new Hls({ lowLatencyMode: true }));
      hls.loadSource(${JSON.stringify(hlsUrl)});
      hls.attachMedia(document.querySelector('video'));
      document.querySelector('video').play();
    </script>`,
    player: `<script type="module" src="${contender.eager[0] ?? ''}"></script>
    <video-player playback-id="live-ll" custom-domain="${domain}" muted autoplay disable-tracking style="width: 640px"></video-player>`,
    mux: `<script src="/mux-player.js" defer></script>
    <mux-player src="${hlsUrl}" stream-type="ll-live" muted autoplay disable-tracking style="width: 640px"></mux-player>`,
  };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>${contender.label} live</title>${probe}</head><body>${body[contender.key]}</body></html>`;
}

export async function measureLiveLatency(
  browser: Browser,
  origin: { port: number; domain: string; url(service: string, path?: string): string },
  allContenders: readonly Contender[],
  runs: number,
  timing: { settleMs: number; sampleMs: number },
): Promise<LiveLatencyResults> {
  // Node does not resolve `*.localhost`; the origin's test client sends the Host header itself.
  // A fresh encoder, connected: earlier work on the origin may have left it disconnected.
  await request(origin, 'control', '/reset', { method: 'POST' });
  const hlsUrl = origin.url('stream', '/live-ll.m3u8');
  const contenders = allContenders.filter(isLive);
  const latency: Record<string, number[]> = {};
  const firstFrame: Record<string, number[]> = {};
  const failures: Partial<Record<ContenderKey, string[]>> = {};
  const servers = await Promise.all(
    contenders.map((contender) => {
      const probe = liveProbe(FIND[contender.key], PLAYING_DATE[contender.key], timing.settleMs);
      return startPageServer({
        ...contender.files,
        '/live.html': { type: 'text/html', body: page(contender, origin.domain, hlsUrl, probe) },
      });
    }),
  );
  try {
    // Round -1 warms the browser's caches and compilers and is not counted, as in startup.ts.
    for (let run = -1; run < runs; run++) {
      for (const [index, contender] of contenders.entries()) {
        const context = await browser.newContext();
        try {
          const tab = await context.newPage();
          await tab.goto(servers[index]?.url('/live.html') ?? '');
          await tab.waitForFunction(() => window.benchLive?.firstFrame !== undefined, null, { timeout: 30_000 });
          await tab.waitForTimeout(timing.settleMs + timing.sampleMs);
          const result = await tab.evaluate(() => window.benchLive);
          if (!result?.samples.length) throw new Error('no latency samples (playback never steady)');
          if (run < 0) continue;
          (latency[contender.key] ??= []).push(...result.samples);
          (firstFrame[contender.key] ??= []).push(result.firstFrame ?? NaN);
        } catch (error) {
          (failures[contender.key] ??= []).push((error as Error).message);
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
  const seconds = (samples: number[] | undefined): Summary => {
    const summary = summarize((samples ?? []).map((value) => value * 1000));
    const s = (ms: number): number => Math.round(ms) / 1000;
    return {
      runs: summary.runs,
      median: s(summary.median),
      p90: s(summary.p90),
      min: s(summary.min),
      max: s(summary.max),
    };
  };
  const keys: ContenderKey[] = ['bare', 'player', 'mux'];
  return {
    runs,
    ...timing,
    latency: Object.fromEntries(keys.map((key) => [key, seconds(latency[key])])) as Record<ContenderKey, Summary>,
    firstFrame: Object.fromEntries(keys.map((key) => [key, summarize(firstFrame[key] ?? [])])) as Record<
      ContenderKey,
      Summary
    >,
    failures,
  };
}
