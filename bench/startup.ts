// Time to first frame on the origin's `vod`, cold: every sample is a fresh browser context, and
// the contenders take turns (F A B C B' C' B" C" F A B C …) so a busy moment hurts them alike.
// F: the native floor, A: bare hls.js, B: <video-player>, C: Mux Player; B' and C' are
// `preload="none"` pages played by a click, B" and C" `preload="metadata"` pages clicked once the
// preload has had time to finish.
import type { Browser, Page } from 'playwright-core';
import { startPageServer, type PageServer } from './page-server.ts';
import { readReport, type PageReport } from './probe.ts';
import type { Contender, ContenderKey } from './startup-pages.ts';
import { summarize, type Summary } from './stats.ts';

/** What one page load measured, in ms since navigation start (bytes for `js*`). */
export interface Sample {
  firstFrame: number;
  /** First frame minus the click, on click pages. */
  clickToFrame: number | null;
  /** `responseEnd` of the page's first script (the eager bundle). */
  eagerFetched: number | null;
  /** `startTime` and `responseEnd` of the hls.js engine chunk (<video-player> only). */
  engineRequested: number | null;
  engineFetched: number | null;
  /** When the engine chunk had been compiled and evaluated (its User Timing mark). */
  engineEvaluated: number | null;
  /** `responseEnd` of the multivariant playlist, the first media playlist, the first media segment. */
  manifest: number | null;
  mediaPlaylist: number | null;
  firstSegment: number | null;
  /** Scripts fetched before the first frame: bytes on the wire (with headers), compressed body, source. */
  jsTransfer: number;
  jsEncoded: number;
  jsDecoded: number;
}

const isLocal = (url: string): boolean => /^(blob:|data:|https?:\/\/([^/]*\.)?localhost(:\d+)?\/)/.test(url);
const pathOf = (url: string): string => new URL(url).pathname;

/** The mark `engines/hls-engine.ts` sets once its chunk (with hls.js) has been evaluated. */
const ENGINE_MARK = 'video-player:hls-engine';

export function analyse(report: PageReport): Sample {
  const before = report.resources.filter((entry) => entry.end <= report.firstFrame);
  const earliest = (pattern: RegExp) =>
    report.resources.filter((entry) => pattern.test(pathOf(entry.name))).sort((a, b) => a.start - b.start)[0];
  const first = (pattern: RegExp): number | null => earliest(pattern)?.end ?? null;
  const start = (pattern: RegExp): number | null => earliest(pattern)?.start ?? null;
  const scripts = before.filter((entry) => /\.m?js$/.test(pathOf(entry.name)));
  const sum = (key: 'transfer' | 'encoded' | 'decoded'): number => scripts.reduce((total, s) => total + s[key], 0);
  return {
    firstFrame: report.firstFrame,
    clickToFrame:
      report.clickAt === null || report.frameAfterClick === null ? null : report.frameAfterClick - report.clickAt,
    eagerFetched: report.resources.find((entry) => entry.initiatorType === 'script')?.end ?? null,
    engineRequested: start(/\/hls-engine-[^/]*\.mjs$/),
    engineFetched: first(/\/hls-engine-[^/]*\.mjs$/),
    engineEvaluated: report.marks[ENGINE_MARK] ?? null,
    manifest: first(/^\/[^/]+\.m3u8$/),
    mediaPlaylist: first(/\/(rendition|audio)\/[^/]+\.m3u8$/),
    firstSegment: first(/\.(ts|m4s|mp4|m4a|aac)$/),
    jsTransfer: sum('transfer'),
    jsEncoded: sum('encoded'),
    jsDecoded: sum('decoded'),
  };
}

const TAGS: Record<ContenderKey, string> = {
  floor: 'video',
  bare: 'video',
  player: 'video-player',
  baseline: 'video-player',
  mux: 'mux-player',
};

/** Waits until the element is upgraded and idle (`settle` ms), then clicks its own play button. */
async function clickPlay(tab: Page, key: ContenderKey, settle: number): Promise<void> {
  await tab.waitForFunction(() => window.benchArmed === true, null, { timeout: 20_000 });
  await tab.waitForLoadState('load');
  await tab.waitForTimeout(settle);
  const button = tab.getByRole('button', { name: /^play$/i }).first();
  try {
    await button.click({ timeout: 3000 });
  } catch {
    await tab.locator(TAGS[key]).click(); // no play button: a click on the picture plays
  }
}

type PageKind = 'autoplay' | 'click' | 'metadata-click';

const PAGES: Record<PageKind, { path: string; settle: number }> = {
  autoplay: { path: '/autoplay.html', settle: 0 },
  click: { path: '/click.html', settle: 250 },
  // Long enough for a `metadata` preload to finish on loopback, so the click meets what it loaded.
  'metadata-click': { path: '/idle-metadata.html', settle: 1500 },
};

async function sample(browser: Browser, server: PageServer, key: ContenderKey, page: PageKind, external: Set<string>) {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    tab.on('request', (request) => {
      if (!isLocal(request.url())) external.add(`${key}: ${request.url()}`);
    });
    await tab.goto(server.url(PAGES[page].path));
    if (page !== 'autoplay') await clickPlay(tab, key, PAGES[page].settle);
    if (page === 'autoplay') {
      await tab.waitForFunction(() => window.benchFirstFrame !== undefined, null, { timeout: 20_000 });
    } else {
      await tab.waitForFunction(() => window.benchFrameAfterClick !== undefined, null, { timeout: 20_000 });
    }
    return analyse(await tab.evaluate(readReport));
  } finally {
    await context.close();
  }
}

type Variant = ContenderKey | `${ContenderKey}-click` | `${ContenderKey}-metadata-click`;

export interface StartupResults {
  runs: number;
  contenders: { key: ContenderKey; label: string; build: string }[];
  /** ms from navigation start to the first frame, autoplaying muted. */
  firstFrame: Record<ContenderKey, Summary>;
  /** Median first frame of each contender over the floor's (bar for <video-player>: ≤ 2). */
  overFloor: Record<ContenderKey, number>;
  /** ms from the click on the play button to the first frame, `preload="none"`. */
  clickToFirstFrame: { player: Summary; mux: Summary };
  /** The same after a `preload="metadata"` page had 1.5 s to preload. */
  metadataClickToFirstFrame: { player: Summary; mux: Summary };
  /** <video-player>'s first frame, step by step (ms since navigation start). */
  playerBreakdown: {
    eagerFetched: Summary;
    engineRequested: Summary;
    engineFetched: Summary;
    engineEvaluated: Summary;
    manifest: Summary;
    mediaPlaylist: Summary;
    firstSegment: Summary;
    firstFrame: Summary;
  };
  /** Median bytes of JavaScript fetched before the first frame. */
  jsBeforeFirstFrame: Record<ContenderKey, { transfer: number; encoded: number; decoded: number }>;
  /** Medians: B/A (bar ≤ 1.0), B/C (bar ≤ 0.6), C/A, and B/B0 when a baseline ran. */
  ratios: { playerOverBare: number; playerOverMux: number; muxOverBare: number; playerOverBaseline: number };
  failures: Partial<Record<Variant, string[]>>;
  /** Requests that left loopback (none are expected: the media origin is local, tracking is off). */
  external: string[];
}

export async function measureStartup(
  browser: Browser,
  all: readonly Contender[],
  runs: number,
  /** False: autoplay pages only (an A/B run of first frames). */
  clicks = true,
): Promise<StartupResults> {
  const servers = new Map<ContenderKey, PageServer>();
  for (const contender of all) servers.set(contender.key, await startPageServer(contender.files));
  const variants: [ContenderKey, PageKind][] = [
    ...all.map((c): [ContenderKey, PageKind] => [c.key, 'autoplay']),
    ...all.filter((c) => clicks && c.clickPage).map((c): [ContenderKey, PageKind] => [c.key, 'click']),
    ...all.filter((c) => clicks && c.idlePages).map((c): [ContenderKey, PageKind] => [c.key, 'metadata-click']),
  ];
  const samples = new Map<Variant, Sample[]>();
  const failures: StartupResults['failures'] = {};
  const external = new Set<string>();
  try {
    // Round 0 warms the browser and the disk cache of the files; it is not counted.
    for (let round = 0; round <= runs; round++) {
      for (const [key, page] of variants) {
        const variant: Variant = page === 'autoplay' ? key : `${key}-${page}`;
        const server = servers.get(key);
        if (!server) continue;
        try {
          const result = await sample(browser, server, key, page, external);
          if (round > 0) samples.set(variant, [...(samples.get(variant) ?? []), result]);
        } catch (cause) {
          (failures[variant] ??= []).push(
            cause instanceof Error ? (cause.message.split('\n')[0] ?? '') : String(cause),
          );
        }
      }
    }
  } finally {
    for (const server of servers.values()) await server.stop();
  }
  const pick = (variant: Variant, field: keyof Sample): number[] =>
    (samples.get(variant) ?? []).map((s) => s[field]).filter((v): v is number => v !== null);
  const keys: ContenderKey[] = ['floor', 'bare', 'player', 'baseline', 'mux'];
  const firstFrame = Object.fromEntries(keys.map((key) => [key, summarize(pick(key, 'firstFrame'))])) as Record<
    ContenderKey,
    Summary
  >;
  const js = (key: ContenderKey) => ({
    transfer: summarize(pick(key, 'jsTransfer')).median,
    encoded: summarize(pick(key, 'jsEncoded')).median,
    decoded: summarize(pick(key, 'jsDecoded')).median,
  });
  const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;
  return {
    runs,
    contenders: all.map(({ key, label, build }) => ({ key, label, build })),
    firstFrame,
    overFloor: Object.fromEntries(
      keys.map((key) => [key, ratio(firstFrame[key].median, firstFrame.floor.median)]),
    ) as Record<ContenderKey, number>,
    clickToFirstFrame: {
      player: summarize(pick('player-click', 'clickToFrame')),
      mux: summarize(pick('mux-click', 'clickToFrame')),
    },
    metadataClickToFirstFrame: {
      player: summarize(pick('player-metadata-click', 'clickToFrame')),
      mux: summarize(pick('mux-metadata-click', 'clickToFrame')),
    },
    playerBreakdown: {
      eagerFetched: summarize(pick('player', 'eagerFetched')),
      engineRequested: summarize(pick('player', 'engineRequested')),
      engineFetched: summarize(pick('player', 'engineFetched')),
      engineEvaluated: summarize(pick('player', 'engineEvaluated')),
      manifest: summarize(pick('player', 'manifest')),
      mediaPlaylist: summarize(pick('player', 'mediaPlaylist')),
      firstSegment: summarize(pick('player', 'firstSegment')),
      firstFrame: firstFrame.player,
    },
    jsBeforeFirstFrame: Object.fromEntries(keys.map((key) => [key, js(key)])) as StartupResults['jsBeforeFirstFrame'],
    ratios: {
      playerOverBare: ratio(firstFrame.player.median, firstFrame.bare.median),
      playerOverMux: ratio(firstFrame.player.median, firstFrame.mux.median),
      muxOverBare: ratio(firstFrame.mux.median, firstFrame.bare.median),
      playerOverBaseline: ratio(firstFrame.player.median, firstFrame.baseline.median),
    },
    failures,
    external: [...external],
  };
}
