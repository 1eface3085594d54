// DESIGN §6's bars, judged from the measured numbers. Size budgets in KiB (1,024 bytes), as DESIGN states them.
import { SIZE_BUDGETS } from '../scripts/size-budgets.ts';
import type { IdleResults } from './idle.ts';
import type { MemoryCheckpoint, MemoryResults } from './memory.ts';
import type { StartupResults } from './startup.ts';
import type { BundleRow, Compressed } from './size.ts';
import type { UploadResults } from './upload.ts';

export interface BarRow {
  bar: string;
  measured: string;
  verdict: 'PASS' | 'FAIL' | 'n/a' | 'not judged (--quick)';
}

export interface BarInputs {
  quick: boolean;
  player: BundleRow[];
  uploader: BundleRow[];
  reactLazy: Compressed | null;
  startup: StartupResults | null;
  idle: IdleResults | null;
  memory: MemoryResults[];
  upload: UploadResults | null;
}

/**
 * The memory bar: objects retained above the bare hls.js control at the last checkpoint. The whole
 * heap's difference is printed beside it; most of it is V8's compiled code for the player's (and
 * React's) functions, which levels off (bench/heap-kinds.ts).
 */
export const MEMORY_OVER_CONTROL_KIB = 256;
/** "No growing trend": the overhead may not grow by more than this from the first checkpoint to the last. */
export const MEMORY_TREND_KIB = 64;

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
/** Media bytes, as the bench's tables print them (KB = 1,000 bytes). */
const kb = (bytes: number): string => `${String(Math.round(bytes / 100) / 10)} KB`;
const eagerGzip = (rows: BundleRow[]): number => rows.find((row) => row.load === 'eager')?.gzip ?? Number.NaN;
const detached = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);

export function judgeBars(input: BarInputs): BarRow[] {
  const row = (bar: string, measured: string, holds: boolean | null): BarRow => ({
    bar,
    measured,
    verdict: holds === null ? 'n/a' : input.quick ? 'not judged (--quick)' : holds ? 'PASS' : 'FAIL',
  });
  const rows = [
    row(
      `Size: <video-player> eager CDN bundle ≤ ${kib(SIZE_BUDGETS.player.maxGzip)} gzip`,
      kib(eagerGzip(input.player)),
      eagerGzip(input.player) <= SIZE_BUDGETS.player.maxGzip,
    ),
    row(
      `Size: @videokit/react/lazy ≤ ${kib(SIZE_BUDGETS.reactLazy.maxGzip)} gzip`,
      input.reactLazy ? kib(input.reactLazy.gzip) : 'not built (packages/react/dist/lazy.js)',
      input.reactLazy ? input.reactLazy.gzip <= SIZE_BUDGETS.reactLazy.maxGzip : null,
    ),
    row(
      `Size: <video-uploader> CDN bundle ≤ ${kib(SIZE_BUDGETS.uploader.maxGzip)} gzip`,
      kib(eagerGzip(input.uploader)),
      eagerGzip(input.uploader) <= SIZE_BUDGETS.uploader.maxGzip,
    ),
  ];
  if (input.startup) rows.push(...startupBars(input.startup, row));
  if (input.idle) rows.push(...idleBars(input.idle, row));
  rows.push(...memoryBars(input.memory, row));
  if (input.upload) rows.push(...uploadBars(input.upload, row));
  return rows;
}

type Row = (bar: string, measured: string, holds: boolean | null) => BarRow;

function startupBars(startup: StartupResults, row: Row): BarRow[] {
  const ff = startup.firstFrame;
  const ms = (value: number): string => `${String(value)} ms`;
  return [
    row(
      'Startup: first frame ≤ 2 × the native MP4 floor (median ratio)',
      `${String(startup.overFloor.player)} (${ms(ff.player.median)} / ${ms(ff.floor.median)})`,
      startup.overFloor.player <= 2,
    ),
    row(
      'Startup: first frame ≤ bare hls.js (median ratio ≤ 1.0)',
      `${String(startup.ratios.playerOverBare)} (${ms(ff.player.median)} / ${ms(ff.bare.median)})`,
      startup.ratios.playerOverBare <= 1,
    ),
    row(
      'Startup: first frame ≤ 0.6 × Mux Player (median ratio)',
      `${String(startup.ratios.playerOverMux)} (${ms(ff.player.median)} / ${ms(ff.mux.median)})`,
      startup.ratios.playerOverMux <= 0.6,
    ),
  ];
}

function idleBars(idle: IdleResults, row: Row): BarRow[] {
  const ours = (preload: string) => idle.rows.find((r) => r.contender === 'player' && r.preload === preload);
  const none = ours('none');
  const metadata = ours('metadata');
  const media = (r: { playlists: number; segments: number; mediaBytes: number }): string =>
    `${String(r.playlists)} playlists, ${String(r.segments)} segments, ${kb(r.mediaBytes)}`;
  return [
    row(
      `Network: preload="none" fetches no media in ${String(idle.idleSeconds)} s idle`,
      none ? media(none) : 'not measured',
      none ? none.playlists + none.segments === 0 : null,
    ),
    // vod's audio is demuxed and its English subtitles start on (AUTOSELECT): its first segment is one video,
    // one audio and one subtitle segment.
    row(
      'Network: preload="metadata" fetches the playlists and at most the first segment (video + audio + subtitles)',
      metadata ? media(metadata) : 'not measured',
      metadata ? metadata.segments <= 3 : null,
    ),
  ];
}

function memoryBars(memory: MemoryResults[], row: Row): BarRow[] {
  const control = memory.find((m) => m.subject === 'bare');
  const rows: BarRow[] = [];
  for (const subject of memory.filter((m) => m.subject !== 'bare')) {
    const name = subject.subject === 'react' ? 'React <VideoPlayer>' : '<video-player>';
    const first = subject.checkpoints[0];
    const last = subject.checkpoints.at(-1);
    if (!first || !last) continue;
    const over = (checkpoint: MemoryCheckpoint): number | null => {
      const same = control?.checkpoints.find((c) => c.cycles === checkpoint.cycles);
      return same ? checkpoint.objectsKiB - same.objectsKiB : null;
    };
    const heapOver = (checkpoint: MemoryCheckpoint): string => {
      const same = control?.checkpoints.find((c) => c.cycles === checkpoint.cycles);
      return same
        ? `whole heap ${signed(checkpoint.retainedKiB - same.retainedKiB)} KiB, of it compiled code ${signed(checkpoint.compiledKiB - same.compiledKiB)} KiB`
        : 'no control';
    };
    const overLast = over(last);
    const overFirst = over(first);
    const grown = detached(last.detached) - detached(subject.detachedStart);
    rows.push(
      row(
        `Memory (${name}, ${String(last.cycles)} cycles): retained objects ≤ ${String(MEMORY_OVER_CONTROL_KIB)} KiB above bare hls.js`,
        overLast === null
          ? 'no control'
          : `${signed(overLast)} KiB (retained ${String(last.objectsKiB)} KiB; control ${String(last.objectsKiB - overLast)} KiB; ${heapOver(last)})`,
        overLast === null ? null : overLast <= MEMORY_OVER_CONTROL_KIB && last.played === last.cycles,
      ),
      row(
        `Memory (${name}): no growing trend from ${String(first.cycles)} to ${String(last.cycles)} cycles (≤ ${String(MEMORY_TREND_KIB)} KiB)`,
        overLast === null || overFirst === null
          ? 'no control'
          : `objects above control ${signed(overFirst)} → ${signed(overLast)} KiB (${heapOver(first)} → ${heapOver(last)})`,
        overLast === null || overFirst === null || first === last ? null : overLast - overFirst <= MEMORY_TREND_KIB,
      ),
      row(
        `Memory (${name}): no new detached DOM nodes`,
        `${String(grown)} new (${String(detached(last.detached))} at end: ${JSON.stringify(last.detached)})`,
        grown <= 0,
      ),
      row(
        `Memory (${name}): no live hls.js instances`,
        `${String(last.hls.notDestroyed)} not destroyed, ${String(last.hls.reachable)} reachable of ${String(last.hls.created)}`,
        last.hls.notDestroyed === 0 && last.hls.reachable === 0,
      ),
    );
  }
  return rows;
}

const signed = (value: number): string => `${value >= 0 ? '+' : ''}${String(value)}`;

function uploadBars(upload: UploadResults, row: Row): BarRow[] {
  const ours = upload.runs.videokit;
  return [
    row(
      `Upload (${String(upload.sizeMiB)} MiB): ≥ 0.9 × single PUT throughput`,
      `${String(upload.vsSinglePut)} (${String(ours.mbPerSecond)} / ${String(upload.runs['single-put'].mbPerSecond)} MB/s)`,
      upload.vsSinglePut >= 0.9,
    ),
    row(
      `Upload (${String(upload.sizeMiB)} MiB), chunks sized from throughput: ≥ 0.9 × single PUT`,
      `${String(upload.vsSinglePutDynamic)} (${String(upload.runs['videokit-dynamic'].mbPerSecond)} MB/s)`,
      upload.vsSinglePutDynamic >= 0.9,
    ),
    row(
      'Upload: peak JS heap ≤ 2 × chunk size',
      `${String(ours.peakHeapMiB)} MiB (chunk ${String(upload.chunkKiB / 1024)} MiB)`,
      ours.peakHeapMiB <= (2 * upload.chunkKiB) / 1024,
    ),
    row(
      'Upload: byte-identical (origin SHA-256 = file SHA-256)',
      String(ours.sha256Match),
      ours.complete && ours.sha256Match,
    ),
  ];
}
