// Prints the benchmark's tables and writes bench/results/*.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { BarRow } from './bars.ts';
import type { IdleResults } from './idle.ts';
import type { LiveLatencyResults } from './live-latency.ts';
import type { LiveReconnectResults } from './live-reconnect.ts';
import type { MemoryResults } from './memory.ts';
import type { BundleRow, Compressed, SizeRow } from './size.ts';
import type { StartupResults } from './startup.ts';
import type { Summary } from './stats.ts';
import type { UploadResults } from './upload.ts';

export interface Results {
  date: string;
  quick: boolean;
  /** The jobs that ran; `partial` when `--only` chose them. */
  jobs: string[];
  partial: boolean;
  /** Logical cores, and a note that other work may have shared the machine. */
  machine: string;
  bundles: {
    player: BundleRow[];
    uploader: BundleRow[];
    mux: BundleRow[];
    reactLazy: (Compressed & { file: string }) | null;
  };
  packages: SizeRow[];
  startup: StartupResults | null;
  idle: IdleResults | null;
  live: LiveLatencyResults | null;
  reconnect: LiveReconnectResults | null;
  memory: MemoryResults[];
  upload: UploadResults | null;
  /** The same clients at 50 ms RTT and 100 Mbit/s up (Chromium's network emulation). */
  uploadEmulated: UploadResults | null;
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
  const { startup, idle, upload } = results;
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

  if (startup) printStartup(startup);
  if (idle) printIdle(idle);
  if (results.live) printLive(results.live);
  if (results.reconnect) printReconnect(results.reconnect);
  if (results.memory.length > 0) printMemory(results.memory);
  for (const run of [upload, results.uploadEmulated]) {
    if (!run) continue;
    const where = run.emulation
      ? `at ${String(run.emulation.latencyMs)} ms latency, ${String(run.emulation.uploadMbitPerSecond)} Mbit/s up`
      : 'over loopback';
    console.log(
      `\nUpload: ${String(run.sizeMiB)} MiB file picked in the page, ${where}, ${String(run.chunkKiB / 1024)} MiB chunks (dynamic: from there); each client's median of ${String(run.rounds)} interleaved rounds`,
    );
    console.table(
      Object.fromEntries(
        Object.entries(run.runs).map(([client, { rounds, ...median }]) => [
          client,
          { ...median, rounds: rounds.join(' ') },
        ]),
      ),
    );
    console.log(
      `videokit / single PUT ${String(run.vsSinglePut)} (to the last answer ${String(run.vsSinglePutAnswered)})   dynamic / single PUT ${String(run.vsSinglePutDynamic)}   videokit / verified single PUT ${String(run.vsVerifiedPut)}   videokit / UpChunk ${String(run.vsUpChunk)}   CRC32C of the file alone ${String(run.checksumSeconds)} s`,
    );
  }

  console.log('\nDESIGN §6 bars');
  console.table(results.bars);
}

function printStartup(startup: StartupResults): void {
  console.log(
    `\nTime to first frame of vod (ms since navigation; fresh context each, interleaved, ${String(startup.runs)} runs each)`,
  );
  for (const contender of startup.contenders) console.log(`  ${contender.label}: ${contender.build}`);
  const withFloor = (key: keyof StartupResults['firstFrame']) => ({
    ...ms(startup.firstFrame[key]),
    '× floor': startup.overFloor[key],
  });
  const baseline = startup.contenders.some((contender) => contender.key === 'baseline');
  console.table({
    'F native MP4 (floor)': withFloor('floor'),
    'A bare hls.js': withFloor('bare'),
    'B <video-player>': withFloor('player'),
    ...(baseline ? { 'B0 <video-player> baseline': withFloor('baseline') } : {}),
    'C Mux Player': withFloor('mux'),
    "B' click → frame, preload=none": ms(startup.clickToFirstFrame.player),
    "C' click → frame, preload=none": ms(startup.clickToFirstFrame.mux),
    'B" click → frame, preload=metadata': ms(startup.metadataClickToFirstFrame.player),
    'C" click → frame, preload=metadata': ms(startup.metadataClickToFirstFrame.mux),
  });
  console.log(
    `B/F ${String(startup.overFloor.player)}   B/A ${String(startup.ratios.playerOverBare)}   B/C ${String(startup.ratios.playerOverMux)}   C/A ${String(startup.ratios.muxOverBare)}${baseline ? `   B/B0 ${String(startup.ratios.playerOverBaseline)}` : ''} (medians)`,
  );
  const b = startup.playerBreakdown;
  console.log("B breakdown (ms since navigation; Resource Timing responseEnd, the engine chunk's User Timing mark)");
  console.table({
    'eager bundle fetched': ms(b.eagerFetched),
    'hls.js engine chunk requested': ms(b.engineRequested),
    'hls.js engine chunk fetched': ms(b.engineFetched),
    'engine chunk compiled + evaluated': ms(b.engineEvaluated),
    'multivariant playlist': ms(b.manifest),
    'first media playlist': ms(b.mediaPlaylist),
    'first media segment': ms(b.firstSegment),
    'first frame': ms(b.firstFrame),
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
}

function printIdle(idle: IdleResults): void {
  console.log(
    `\nBytes fetched by a player left idle for ${String(idle.idleSeconds)} s, never played (media origin only)`,
  );
  console.table(
    idle.rows.map((row) => ({
      player: row.contender,
      preload: row.preload,
      playlists: row.playlists,
      segments: row.segments,
      'media KB': kb(row.mediaBytes),
      images: row.images,
      'image KB': kb(row.imageBytes),
    })),
  );
  if (idle.failures.length > 0) console.log('Failed idle pages:', idle.failures);
}

function printMemory(memory: MemoryResults[]): void {
  console.log(
    '\nMemory: mount, play, unmount cycles (JS heap after forced GC, retained = minus the start after warm-up; objects and compiled code from a heap snapshot)',
  );
  const control = memory.find((m) => m.subject === 'bare');
  console.table(
    memory.flatMap((m) =>
      m.checkpoints.map((c) => {
        const same = control?.checkpoints.find((k) => k.cycles === c.cycles);
        return {
          subject: m.subject,
          cycles: `${String(c.played)}/${String(c.cycles)} played`,
          'start MiB': m.heapStartMiB,
          'end MiB': c.heapMiB,
          'retained KiB': c.retainedKiB,
          'vs bare KiB': same ? c.retainedKiB - same.retainedKiB : 'n/a',
          'objects KiB': c.objectsKiB,
          'objects vs bare': same ? c.objectsKiB - same.objectsKiB : 'n/a',
          'compiled KiB': c.compiledKiB,
          'Blink MiB': `${String(m.blinkStartMiB)} → ${String(c.blinkMiB)}`,
          detached: `${JSON.stringify(m.detachedStart)} → ${JSON.stringify(c.detached)}`,
          'hls.js live': `${String(c.hls.notDestroyed)} undestroyed, ${String(c.hls.reachable)} reachable / ${String(c.hls.created)}`,
        };
      }),
    ),
  );
}

/** `latest.json` and a dated copy for a full run; `quick.json` alone for `--quick`; `only-<jobs>.json` for `--only`. */
export function writeResults(dir: string, results: Results): string[] {
  mkdirSync(dir, { recursive: true });
  const body = `${JSON.stringify(results, null, 2)}\n`;
  const dated = `${results.date.replace(/[:.]/g, '-')}.json`;
  const names = results.quick
    ? ['quick.json']
    : results.partial
      ? [`only-${results.jobs.join('+')}.json`, `only-${results.jobs.join('+')}-${dated}`]
      : ['latest.json', dated];
  for (const name of names) writeFileSync(`${dir}/${name}`, body);
  return names.map((name) => `${dir}/${name}`);
}

function printReconnect(reconnect: LiveReconnectResults): void {
  console.log(
    `\nLive reconnect window (live-ll, encoder disconnected for good while playing): seconds from the disconnect; ${String(reconnect.runs)} runs each`,
  );
  console.table(
    Object.fromEntries(
      reconnect.cases.map((entry) => [
        `max-reconnect-retries ${entry.retries === undefined ? 'default (10)' : String(entry.retries)}`,
        {
          'by the code (s)': entry.expectedS,
          '"waiting for the stream" (s)': entry.waitingS.join(', '),
          'fatal error (s)': entry.errorS.join(', '),
          codes: entry.codes.map((codes) => codes.join('+')).join(', '),
          failures: entry.failures.length,
        },
      ]),
    ),
  );
}

function printLive(live: LiveLatencyResults): void {
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
}
