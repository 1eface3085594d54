// Prints the benchmark's tables and writes bench/results/*.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { BarRow } from './bars.ts';
import type { LiveLatencyResults } from './live-latency.ts';
import type { MemoryResults } from './memory.ts';
import type { BundleRow, Compressed, SizeRow } from './size.ts';
import type { StartupResults } from './startup.ts';
import type { Summary } from './stats.ts';
import type { UploadResults } from './upload.ts';

export interface Results {
  date: string;
  quick: boolean;
  /** Logical cores, and a note that other work may have shared the machine. */
  machine: string;
  bundles: {
    player: BundleRow[];
    uploader: BundleRow[];
    mux: BundleRow[];
    reactLazy: (Compressed & { file: string }) | null;
  };
  packages: SizeRow[];
  startup: StartupResults;
  live: LiveLatencyResults;
  memory: MemoryResults[];
  upload: UploadResults;
  /** The same clients at 50 ms RTT and 100 Mbit/s up (Chromium's network emulation). */
  uploadEmulated: UploadResults;
  bars: BarRow[];
}

const ms = (summary: Summary) => ({
  median: summary.median,
  p90: summary.p90,
  min: summary.min,
  max: summary.max,
  runs: summary.runs,
});
const kb = (bytes: number): number => Math.round(bytes / 100) / 10;

export function printResults(results: Results): void {
  const { startup, upload } = results;
  console.log(
    `\nvideokit bench — ${results.date}${results.quick ? ' (--quick: proves the bench runs; judges nothing)' : ''}`,
  );
  console.log(results.machine);

  console.log('\nBundles (KB = 1,000 bytes; eager = the entry and its static imports)');
  const bundles = [...results.bundles.player, ...results.bundles.uploader, ...results.bundles.mux];
  console.table(
    bundles.map((row) => ({
      bundle: row.bundle,
      load: row.load,
      KB: kb(row.bytes),
      'gzip KB': kb(row.gzip),
      'brotli KB': kb(row.brotli),
    })),
  );
  const lazy = results.bundles.reactLazy;
  console.log(
    lazy
      ? `@videokit/react/lazy (${lazy.file}): ${String(kb(lazy.gzip))} KB gzip, ${String(kb(lazy.brotli))} KB brotli`
      : '@videokit/react/lazy: not built',
  );
  console.log('npm ESM entries (dependencies external; from `npm run build`)');
  console.table(
    results.packages.map((row) => ({
      package: row.package,
      KB: kb(row.bytes),
      'gzip KB': kb(row.gzip),
      'brotli KB': kb(row.brotli),
    })),
  );

  console.log(
    `\nTime to first frame of vod (ms since navigation; fresh context each, interleaved, ${String(startup.runs)} runs each)`,
  );
  for (const contender of startup.contenders) console.log(`  ${contender.label}: ${contender.build}`);
  console.table({
    'A bare hls.js': ms(startup.firstFrame.bare),
    'B <video-player>': ms(startup.firstFrame.player),
    'C Mux Player': ms(startup.firstFrame.mux),
    "B' click → frame, preload=none": ms(startup.clickToFirstFrame.player),
    "C' click → frame, preload=none": ms(startup.clickToFirstFrame.mux),
  });
  console.log(
    `B/A ${String(startup.ratios.playerOverBare)}   B/C ${String(startup.ratios.playerOverMux)}   C/A ${String(startup.ratios.muxOverBare)} (medians)`,
  );
  console.log('B breakdown (Resource Timing responseEnd, ms since navigation)');
  console.table({
    'multivariant playlist': ms(startup.playerBreakdown.manifest),
    'first media segment': ms(startup.playerBreakdown.firstSegment),
    'first frame': ms(startup.playerBreakdown.firstFrame),
  });
  console.log('JavaScript fetched before the first frame (median; KB)');
  console.table(
    Object.fromEntries(
      Object.entries(startup.jsBeforeFirstFrame).map(([key, js]) => [
        key,
        { 'on the wire': kb(js.transfer), 'compressed body': kb(js.encoded), uncompressed: kb(js.decoded) },
      ]),
    ),
  );
  if (Object.keys(startup.failures).length > 0) console.log('Failed samples:', startup.failures);
  if (startup.external.length > 0) console.log('Requests that left loopback (failed; offline):', startup.external);

  const { live } = results;
  console.log(
    `\nLow-latency live (live-ll: 0.5 s parts, PART-HOLD-BACK 1.5 s): latency = origin clock − capture time of the frame on screen, s; sampled every 250 ms for ${String(live.sampleMs / 1000)} s after ${String(live.settleMs / 1000)} s; ${String(live.runs)} runs each`,
  );
  console.table({
    'A bare hls.js (lowLatencyMode)': ms(live.latency.bare),
    'B <video-player>': ms(live.latency.player),
    'C Mux Player': ms(live.latency.mux),
  });
  console.log('Time to first frame on live-ll (ms since navigation)');
  console.table({
    'A bare hls.js (lowLatencyMode)': ms(live.firstFrame.bare),
    'B <video-player>': ms(live.firstFrame.player),
    'C Mux Player': ms(live.firstFrame.mux),
  });
  if (Object.keys(live.failures).length > 0) console.log('Failed live runs:', live.failures);

  console.log('\nMemory: mount, play, unmount cycles (JS heap after forced GC; detached nodes via CDP)');
  console.table(
    results.memory.map((m) => ({
      subject: m.subject,
      cycles: `${String(m.played)}/${String(m.cycles)} played`,
      'page MiB': m.heapPageMiB,
      'start MiB': m.heapStartMiB,
      'end MiB': m.heapEndMiB,
      'growth %': m.heapGrowthPercent,
      'Blink MiB': `${String(m.blinkStartMiB)} → ${String(m.blinkEndMiB)}`,
      detached: `${JSON.stringify(m.detachedStart)} → ${JSON.stringify(m.detachedEnd)}`,
      'hls.js live': `${String(m.hls.notDestroyed)} undestroyed, ${String(m.hls.reachable)} reachable / ${String(m.hls.created)}`,
    })),
  );

  console.log(
    `\nUpload: ${String(upload.sizeMiB)} MiB file picked in the page, over loopback, ${String(upload.chunkKiB / 1024)} MiB chunks`,
  );
  for (const run of [upload, results.uploadEmulated]) {
    const where = run.emulation
      ? `at ${String(run.emulation.latencyMs)} ms latency, ${String(run.emulation.uploadMbitPerSecond)} Mbit/s up`
      : 'over loopback';
    console.log(
      `\nUpload: ${String(run.sizeMiB)} MiB file picked in the page, ${where}, ${String(run.chunkKiB / 1024)} MiB chunks (dynamic: from there)`,
    );
    console.table(run.runs);
    console.log(
      `videokit / single PUT ${String(run.vsSinglePut)}   dynamic / single PUT ${String(run.vsSinglePutDynamic)}   videokit / UpChunk ${String(run.vsUpChunk)}`,
    );
  }

  console.log('\nDESIGN §6 bars');
  console.table(results.bars);
}

/** `latest.json` and a dated copy for a full run; `quick.json` alone for `--quick`. */
export function writeResults(dir: string, results: Results): string[] {
  mkdirSync(dir, { recursive: true });
  const body = `${JSON.stringify(results, null, 2)}\n`;
  const names = results.quick ? ['quick.json'] : ['latest.json', `${results.date.replace(/[:.]/g, '-')}.json`];
  for (const name of names) writeFileSync(`${dir}/${name}`, body);
  return names.map((name) => `${dir}/${name}`);
}
