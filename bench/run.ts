// `npm run bench`: bundle sizes, time to first frame against the native floor, bare hls.js and
// Mux Player, bytes fetched by idle players, low-latency live latency against both, memory over mount/unmount cycles, and upload
// throughput; printed as tables, judged against DESIGN §6, written to bench/results/.
// `--quick` (or BENCH_QUICK=1): one run of each, small sizes, for CI to prove the bench works; it
// judges nothing. `--only=startup,idle` (or BENCH_ONLY) runs some jobs; sizes always run.
// BENCH_BASELINE=<git ref> adds that commit's <video-player> to the startup job (an A/B run);
// BENCH_RUNS, BENCH_CLICKS=0, BENCH_IDLE_S, BENCH_RECONNECT_RUNS and BENCH_CYCLES=200,1000 change sizes.
import { availableParallelism } from 'node:os';
import { startOrigin } from '../packages/media-origin/src/index.ts';
import { judgeBars } from './bars.ts';
import { elementBundle, elementBundleAt } from './bundles.ts';
import { launchChromium } from './chromium.ts';
import { measureIdle, type IdleResults } from './idle.ts';
import { measureLiveLatency, type LiveLatencyResults } from './live-latency.ts';
import { measureLiveReconnect, type LiveReconnectResults } from './live-reconnect.ts';
import { measureMemory, MEMORY_SUBJECTS, type MemoryResults } from './memory.ts';
import { printResults, writeResults } from './report.ts';
import { bundleRows, measureSizes, reactLazyEntry } from './size.ts';
import { contenders } from './startup-pages.ts';
import { measureStartup, type StartupResults } from './startup.ts';
import { measureUpload, type UploadResults } from './upload.ts';

const JOBS = ['startup', 'idle', 'live', 'reconnect', 'memory', 'upload'] as const;
type Job = (typeof JOBS)[number];

const root = new URL('..', import.meta.url).pathname;
const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const only = (process.argv.find((arg) => arg.startsWith('--only='))?.slice(7) ?? process.env.BENCH_ONLY ?? '')
  .split(',')
  .filter(Boolean);
for (const job of only) {
  if (!(JOBS as readonly string[]).includes(job))
    throw new Error(`--only: unknown job "${job}"; jobs: ${JOBS.join(', ')}`);
}
const runsJob = (job: Job): boolean => only.length === 0 || only.includes(job);
const runs = Number(process.env.BENCH_RUNS ?? (quick ? 1 : 15));
const idleSeconds = Number(process.env.BENCH_IDLE_S ?? (quick ? 3 : 10));
/** Cycle counts at which memory is read; the last is the bar's. */
const checkpoints = (process.env.BENCH_CYCLES ?? (quick ? '3' : '200,1000')).split(',').map(Number);
const uploadMiB = Number(process.env.BENCH_UPLOAD_MB ?? (quick ? 16 : 1024));
/** A git ref whose <video-player> also runs in the startup job (B0), interleaved with this checkout's. */
const baselineRef = process.env.BENCH_BASELINE;
/** BENCH_CLICKS=0: the startup job loads autoplay pages only. */
const clicks = process.env.BENCH_CLICKS !== '0';
const started = Date.now();
const step = (what: string): void => console.log(`[${String(Math.round((Date.now() - started) / 1000))} s] ${what}`);

step('building the CDN bundles');
const [playerBundle, uploaderBundle] = [await elementBundle('video-player'), await elementBundle('uploader')];
const baselineBundle = baselineRef ? elementBundleAt('video-player', baselineRef) : undefined;
const packages = measureSizes(`${root}packages`);
const reactLazy = reactLazyEntry(`${root}packages`);

const origin = await startOrigin({ port: 0 });
const browser = await launchChromium();
try {
  const all = contenders(origin, playerBundle, baselineBundle);
  let startup: StartupResults | null = null;
  let idle: IdleResults | null = null;
  let live: LiveLatencyResults | null = null;
  let reconnect: LiveReconnectResults | null = null;
  const memory: MemoryResults[] = [];
  let upload: UploadResults | null = null;
  let uploadEmulated: UploadResults | null = null;
  if (runsJob('startup')) {
    step(`time to first frame: ${String(runs)} runs each, interleaved`);
    startup = await measureStartup(browser, all, runs, clicks);
  }
  if (runsJob('idle')) {
    step(`bytes fetched in ${String(idleSeconds)} s idle, per preload`);
    idle = await measureIdle(browser, all, idleSeconds);
  }
  if (runsJob('live')) {
    const liveRuns = Number(process.env.BENCH_LIVE_RUNS ?? (quick ? 1 : 3));
    step(`low-latency live: ${String(liveRuns)} runs each, interleaved`);
    live = await measureLiveLatency(browser, origin, all, liveRuns, {
      settleMs: quick ? 2000 : 5000,
      sampleMs: quick ? 2000 : 8000,
    });
  }
  const player = all.find((contender) => contender.key === 'player');
  if (runsJob('reconnect') && player) {
    // The default window is a minute a run; --quick measures the one-attempt window (9 s) only.
    const reconnectRuns = Number(process.env.BENCH_RECONNECT_RUNS ?? (quick ? 1 : 2));
    const retryCounts = quick ? [1] : [1, undefined];
    step(`live reconnect window: ${String(reconnectRuns)} runs of each of ${String(retryCounts.length)} settings`);
    reconnect = await measureLiveReconnect(browser, origin, player, reconnectRuns, retryCounts);
  }
  if (runsJob('memory')) {
    for (const subject of MEMORY_SUBJECTS) {
      step(`memory: ${checkpoints.join(', ')} cycles, ${subject}`);
      memory.push(await measureMemory(browser, origin, subject, checkpoints, quick ? 2 : 10));
    }
  }
  if (runsJob('upload')) {
    // Loopback throughput swings with the machine's disk and other work: the median of rounds.
    const uploadRounds = quick ? 1 : 3;
    step(`upload: ${String(uploadMiB)} MiB, ${String(uploadRounds)} rounds`);
    upload = await measureUpload(origin, uploadMiB, 30_720, null, uploadRounds);
    // At 100 Mbit/s a GiB takes 90 s per client; a smaller file shows the per-chunk round trips as well.
    const emulatedMiB = quick ? 4 : 128;
    step(`upload: ${String(emulatedMiB)} MiB at 50 ms latency, 100 Mbit/s up`);
    uploadEmulated = await measureUpload(origin, emulatedMiB, 30_720, { latencyMs: 50, uploadMbitPerSecond: 100 });
  }
  const mux = all.find((contender) => contender.key === 'mux');
  const bundles = {
    player: bundleRows('<video-player>', playerBundle),
    uploader: bundleRows('<video-uploader>', uploaderBundle),
    mux: mux ? bundleRows('Mux Player', { ...mux, entry: mux.eager[0] ?? '', files: mux.files }) : [],
    reactLazy,
  };
  const bars = judgeBars({
    quick,
    player: bundles.player,
    uploader: bundles.uploader,
    reactLazy,
    startup,
    idle,
    memory,
    upload,
  });
  const results = {
    date: new Date().toISOString(),
    quick,
    jobs: only.length ? only : [...JOBS],
    partial: only.length > 0,
    machine: `${String(availableParallelism())} cores; ${String(Math.round((Date.now() - started) / 1000))} s; other work may share the machine`,
    bundles,
    packages,
    startup,
    idle,
    live,
    reconnect,
    memory,
    upload,
    uploadEmulated,
    bars,
  };
  printResults(results);
  for (const file of writeResults(`${root}bench/results`, results)) console.log(`wrote ${file}`);
} finally {
  await browser.close();
  await origin.stop();
}
