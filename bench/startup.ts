// Time to first frame on the origin's `vod`, cold: every sample is a fresh browser context, and
// the contenders take turns (A B C B' C' A B C …) so a busy moment hurts them alike. A: bare
// hls.js, B: <video-player>, C: Mux Player; B' and C' are `preload="none"` pages played by a click.
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
  /** `responseEnd` of the multivariant playlist and of the first media segment. */
  manifest: number | null;
  firstSegment: number | null;
  /** Scripts fetched before the first frame: bytes on the wire (with headers), compressed body, source. */
  jsTransfer: number;
  jsEncoded: number;
  jsDecoded: number;
}

const isLocal = (url: string): boolean => /^(blob:|data:|https?:\/\/([^/]*\.)?localhost(:\d+)?\/)/.test(url);
const pathOf = (url: string): string => new URL(url).pathname;

export function analyse(report: PageReport): Sample {
  const before = report.resources.filter((entry) => entry.end <= report.firstFrame);
  const first = (pattern: RegExp): number | null => {
    const hits = report.resources.filter((entry) => pattern.test(pathOf(entry.name)));
    hits.sort((a, b) => a.start - b.start);
    return hits[0]?.end ?? null;
  };
  const scripts = before.filter((entry) => /\.m?js$/.test(pathOf(entry.name)));
  const sum = (key: 'transfer' | 'encoded' | 'decoded'): number => scripts.reduce((total, s) => total + s[key], 0);
  return {
    firstFrame: report.firstFrame,
    clickToFrame: report.clickAt === null ? null : report.firstFrame - report.clickAt,
    manifest: first(/\.m3u8$/),
    firstSegment: first(/\.(ts|m4s|mp4|m4a|aac)$/),
    jsTransfer: sum('transfer'),
    jsEncoded: sum('encoded'),
    jsDecoded: sum('decoded'),
  };
}

const TAGS: Record<ContenderKey, string> = { bare: 'video', player: 'video-player', mux: 'mux-player' };

/** Waits until the element is upgraded and idle, then clicks its own play button. */
async function clickPlay(tab: Page, key: ContenderKey): Promise<void> {
  await tab.waitForFunction(() => window.benchArmed === true, null, { timeout: 20_000 });
  await tab.waitForLoadState('load');
  await tab.waitForTimeout(250);
  const button = tab.getByRole('button', { name: /^play$/i }).first();
  try {
    await button.click({ timeout: 3000 });
  } catch {
    await tab.locator(TAGS[key]).click(); // no play button: a click on the picture plays
  }
}

async function sample(browser: Browser, url: string, key: ContenderKey, click: boolean, external: Set<string>) {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    tab.on('request', (request) => {
      if (!isLocal(request.url())) external.add(`${key}: ${request.url()}`);
    });
    await tab.goto(url);
    if (click) await clickPlay(tab, key);
    await tab.waitForFunction(() => window.benchFirstFrame !== undefined, null, { timeout: 20_000 });
    return analyse(await tab.evaluate(readReport));
  } finally {
    await context.close();
  }
}

type Variant = ContenderKey | `${ContenderKey}-click`;

export interface StartupResults {
  runs: number;
  contenders: { key: ContenderKey; label: string; build: string }[];
  /** ms from navigation start to the first frame, autoplaying muted. */
  firstFrame: Record<ContenderKey, Summary>;
  /** ms from the click on the play button to the first frame, `preload="none"`. */
  clickToFirstFrame: { player: Summary; mux: Summary };
  /** <video-player>'s first frame, step by step (ms since navigation start, Resource Timing). */
  playerBreakdown: { manifest: Summary; firstSegment: Summary; firstFrame: Summary };
  /** Median bytes of JavaScript fetched before the first frame. */
  jsBeforeFirstFrame: Record<ContenderKey, { transfer: number; encoded: number; decoded: number }>;
  /** Medians: B/A (bar ≤ 1.0), B/C, C/A. */
  ratios: { playerOverBare: number; playerOverMux: number; muxOverBare: number };
  failures: Partial<Record<Variant, string[]>>;
  /** Requests that left loopback (none are expected: the media origin is local, tracking is off). */
  external: string[];
}

export async function measureStartup(
  browser: Browser,
  all: readonly Contender[],
  runs: number,
): Promise<StartupResults> {
  const servers = new Map<ContenderKey, PageServer>();
  for (const contender of all) servers.set(contender.key, await startPageServer(contender.files));
  const variants: [ContenderKey, boolean][] = [
    ...all.map((c): [ContenderKey, boolean] => [c.key, false]),
    ...all.filter((c) => c.clickPage).map((c): [ContenderKey, boolean] => [c.key, true]),
  ];
  const samples = new Map<Variant, Sample[]>();
  const failures: StartupResults['failures'] = {};
  const external = new Set<string>();
  try {
    // Round 0 warms the browser and the disk cache of the files; it is not counted.
    for (let round = 0; round <= runs; round++) {
      for (const [key, click] of variants) {
        const variant: Variant = click ? `${key}-click` : key;
        const server = servers.get(key);
        if (!server) continue;
        try {
          const result = await sample(
            browser,
            server.url(click ? '/click.html' : '/autoplay.html'),
            key,
            click,
            external,
          );
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
  const firstFrame = {
    bare: summarize(pick('bare', 'firstFrame')),
    player: summarize(pick('player', 'firstFrame')),
    mux: summarize(pick('mux', 'firstFrame')),
  };
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
    clickToFirstFrame: {
      player: summarize(pick('player-click', 'clickToFrame')),
      mux: summarize(pick('mux-click', 'clickToFrame')),
    },
    playerBreakdown: {
      manifest: summarize(pick('player', 'manifest')),
      firstSegment: summarize(pick('player', 'firstSegment')),
      firstFrame: firstFrame.player,
    },
    jsBeforeFirstFrame: { bare: js('bare'), player: js('player'), mux: js('mux') },
    ratios: {
      playerOverBare: ratio(firstFrame.player.median, firstFrame.bare.median),
      playerOverMux: ratio(firstFrame.player.median, firstFrame.mux.median),
      muxOverBare: ratio(firstFrame.mux.median, firstFrame.bare.median),
    },
    failures,
    external: [...external],
  };
}
