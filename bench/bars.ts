// DESIGN §6's bars, judged from the measured numbers. KB = 1,000 bytes.
import type { MemoryResults } from './memory.ts';
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
  startup: StartupResults;
  memory: MemoryResults[];
  upload: UploadResults;
}

const kb = (bytes: number): string => `${String(Math.round(bytes / 100) / 10)} KB`;
const eagerGzip = (rows: BundleRow[]): number => rows.find((row) => row.load === 'eager')?.gzip ?? Number.NaN;
const detached = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);

export function judgeBars(input: BarInputs): BarRow[] {
  const row = (bar: string, measured: string, holds: boolean | null): BarRow => ({
    bar,
    measured,
    verdict: holds === null ? 'n/a' : input.quick ? 'not judged (--quick)' : holds ? 'PASS' : 'FAIL',
  });
  const { startup, upload } = input;
  const control = input.memory.find((m) => m.subject === 'bare');
  const controlNote = control
    ? `; bare hls.js control ${control.heapGrowthPercent >= 0 ? '+' : ''}${String(control.heapGrowthPercent)}%`
    : '';
  const rows = [
    row(
      'Size: <video-player> eager CDN bundle ≤ 35 KB gzip',
      kb(eagerGzip(input.player)),
      eagerGzip(input.player) <= 35_000,
    ),
    row(
      'Size: @videokit/react/lazy ≤ 3 KB gzip',
      input.reactLazy ? kb(input.reactLazy.gzip) : 'not built (packages/react/dist/lazy.js)',
      input.reactLazy ? input.reactLazy.gzip <= 3000 : null,
    ),
    row(
      'Size: <video-uploader> CDN bundle ≤ 20 KB gzip',
      kb(eagerGzip(input.uploader)),
      eagerGzip(input.uploader) <= 20_000,
    ),
    row(
      'Startup: first frame ≤ bare hls.js (median ratio ≤ 1.0)',
      `${String(startup.ratios.playerOverBare)} (${String(startup.firstFrame.player.median)} / ${String(startup.firstFrame.bare.median)} ms)`,
      startup.ratios.playerOverBare <= 1,
    ),
  ];
  for (const memory of input.memory.filter((m) => m.subject !== 'bare')) {
    const name = memory.subject === 'react' ? 'React <VideoPlayer>' : '<video-player>';
    const grown = detached(memory.detachedEnd) - detached(memory.detachedStart);
    rows.push(
      row(
        `Memory (${name}, ${String(memory.cycles)} cycles): no new detached DOM nodes`,
        `${String(grown)} new (${String(detached(memory.detachedEnd))} at end: ${JSON.stringify(memory.detachedEnd)})`,
        grown <= 0 && memory.played === memory.cycles,
      ),
      row(
        `Memory (${name}): no live hls.js instances`,
        `${String(memory.hls.notDestroyed)} not destroyed, ${String(memory.hls.reachable)} reachable of ${String(memory.hls.created)}`,
        memory.hls.notDestroyed === 0 && memory.hls.reachable === 0,
      ),
      row(
        `Memory (${name}): JS heap within 5% of the start`,
        `${memory.heapGrowthPercent >= 0 ? '+' : ''}${String(memory.heapGrowthPercent)}% (${String(memory.heapStartMiB)} → ${String(memory.heapEndMiB)} MiB${controlNote})`,
        memory.heapGrowthPercent <= 5,
      ),
    );
  }
  const ours = upload.runs.videokit;
  rows.push(
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
  );
  return rows;
}
