// Upload throughput over loopback (DESIGN §6): a generated file picked in the page, sent by our
// transport, by a single PUT, and by @mux/upchunk; MB/s, the page's peak JS heap (CDP), and
// whether the origin's SHA-256 of the stored bytes equals the file's; and how long the transport's
// CRC32C of the file takes on its own.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium.ts';
import type { Origin } from '../packages/media-origin/src/index.ts';
import { buildPage } from './build-page.ts';
import { startPageServer } from './page-server.ts';

export interface UploadRun {
  /** Megabytes (10^6 bytes) per second. */
  mbPerSecond: number;
  seconds: number;
  /**
   * Seconds to the server's answer to the last chunk: the rest of `seconds` is the client's own
   * checks before `success` (our transport compares the CRC32C it computed while sending with the
   * one the origin reports).
   */
  answeredSeconds: number;
  /** Peak used JS heap and ArrayBuffer memory during the upload (sampled every 10 ms), above what was used before it, in MiB. */
  peakHeapMiB: number;
  complete: boolean;
  /** The origin's SHA-256 of what it stored equals the generated file's. */
  sha256Match: boolean;
  /** Why the run failed, if it did (e.g. Chromium refusing a blob that large). */
  error?: string;
  /** MB/s of every round, in order: the run above is their median. */
  rounds: number[];
}

/** Chromium's network emulation for a run: what a real uplink adds to loopback. */
export interface UploadEmulation {
  latencyMs: number;
  uploadMbitPerSecond: number;
}

export interface UploadResults {
  sizeMiB: number;
  /** Rounds of every client; each client's figures are its median round. */
  rounds: number;
  chunkKiB: number;
  emulation: UploadEmulation | null;
  runs: Record<(typeof CLIENTS)[number], UploadRun>;
  /** videokit MB/s ÷ single PUT MB/s: the bar is ≥ 0.9. */
  vsSinglePut: number;
  /** videokit ÷ single PUT to the last chunk's answer, before the SHA-256 check. */
  vsSinglePutAnswered: number;
  /** The same with chunks sized from measured throughput (`dynamicChunkSize`). */
  vsSinglePutDynamic: number;
  /**
   * videokit ÷ one PUT whose sender also checks every byte (the file's CRC32C, computed while
   * it is sent, against the origin's): what the chunked protocol costs beyond the checksum.
   */
  vsVerifiedPut: number;
  /** videokit MB/s ÷ UpChunk MB/s: the bar is ≥ 1.0. */
  vsUpChunk: number;
  /** Seconds the transport's CRC32C of the whole file takes alone, after the uploads (CPU it adds to each upload). */
  checksumSeconds: number;
}

const CLIENTS = ['single-put', 'single-put-verified', 'videokit', 'videokit-dynamic', 'upchunk'] as const;

/**
 * Writes `mebibytes` MiB to `path`, each MiB a random 64 KiB block repeated with its index in its
 * first 4 bytes (so no two MiB are equal), and returns the file's SHA-256.
 */
function writeTestFile(path: string, mebibytes: number): string {
  const block = Buffer.alloc(1024 * 1024);
  const seed = randomBytes(65_536);
  for (let offset = 0; offset < block.length; offset += seed.length) seed.copy(block, offset);
  const hash = createHash('sha256');
  const fd = openSync(path, 'w');
  try {
    for (let i = 0; i < mebibytes; i++) {
      block.writeUInt32BE(i, 0);
      hash.update(block);
      writeSync(fd, block);
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** The run with the median throughput (a failed run counts as the slowest), carrying every round's MB/s. */
function medianRun(runs: readonly Omit<UploadRun, 'rounds'>[]): UploadRun {
  const speed = (run: Omit<UploadRun, 'rounds'>): number => (Number.isFinite(run.mbPerSecond) ? run.mbPerSecond : -1);
  const sorted = [...runs].sort((a, b) => speed(a) - speed(b));
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!median) throw new Error('no upload runs');
  return { ...median, rounds: runs.map((run) => run.mbPerSecond) };
}

/**
 * Uploads the file with each client in turn, `rounds` times over (interleaved, so a slow
 * moment of the machine or its disk does not fall on one client only), and keeps each
 * client's median run.
 */
export async function measureUpload(
  origin: Origin,
  sizeMiB: number,
  chunkKiB = 30_720,
  emulation: UploadEmulation | null = null,
  rounds = 1,
): Promise<UploadResults> {
  const pages = await startPageServer(await buildPage('upload'));
  // A profile on disk (it also holds the test file): Chromium keeps blobs of an off-the-record
  // context in memory only.
  const profile = mkdtempSync(join(tmpdir(), 'videokit-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    // A file on disk, picked in the page's file input as a visitor would: the browser reads it
    // as it is sent. (A GiB generated in the page as a Blob is refused by Chromium's blob store.)
    const path = join(profile, 'bench.mp4');
    const expected = writeTestFile(path, sizeMiB);
    const uploadBase = `http://upload.localhost:${String(origin.port)}`;
    /** One upload in a page of its own, so what a client leaves behind (UpChunk's in-memory blobs) cannot slow the next. */
    const runClient = async (client: (typeof CLIENTS)[number]): Promise<Omit<UploadRun, 'rounds'>> => {
      const page = await context.newPage();
      try {
        await page.goto(pages.url('/upload.html'));
        await page.waitForFunction(() => typeof window.benchUpload === 'function');
        await page.setInputFiles('input[type=file]', path);
        const size = await page.evaluate(() => window.benchUseFile());
        const cdp = await context.newCDPSession(page);
        if (emulation) {
          await cdp.send('Network.enable');
          await cdp.send('Network.emulateNetworkConditions', {
            offline: false,
            latency: emulation.latencyMs,
            downloadThroughput: -1,
            uploadThroughput: (emulation.uploadMbitPerSecond * 1e6) / 8,
          });
        }
        const heap = async (): Promise<number> => {
          // ArrayBuffers' memory (file bytes read into the page) is outside the V8 heap: counted too.
          const { usedSize, backingStorageSize } = await cdp.send('Runtime.getHeapUsage');
          return usedSize + backingStorageSize;
        };
        // From the page: Chromium resolves *.localhost to loopback, Node may not.
        const { id, url } = await page.evaluate(async (base) => {
          const created = await fetch(`${base}/uploads`, { method: 'POST' });
          return (await created.json()) as { id: string; url: string };
        }, uploadBase);
        await cdp.send('HeapProfiler.collectGarbage');
        const baseline = await heap();
        let peak = baseline;
        const sampling = { on: true };
        const sampler = (async () => {
          while (sampling.on) {
            peak = Math.max(peak, await heap().catch(() => peak));
            await new Promise((resolve) => setTimeout(resolve, 10));
          }
        })();
        let ms = Number.NaN;
        let error: string | undefined;
        try {
          ms = await page.evaluate(([name, target, kib]) => window.benchUpload(name, target, kib), [
            client,
            url,
            chunkKiB,
          ] as const);
        } catch (cause) {
          error = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
        } finally {
          sampling.on = false;
        }
        await sampler;
        const answeredMs = await page.evaluate(() => window.benchAnsweredMs);
        // Checked, then cancelled: the stored GiB is deleted, so no run pays for an earlier one's bytes.
        const { complete, received, sha256 } = await page.evaluate(async (statusUrl) => {
          const status = await fetch(statusUrl);
          const held = (await status.json()) as { complete: boolean; received: number; sha256: string };
          await fetch(statusUrl, { method: 'DELETE' });
          return held;
        }, `${uploadBase}/uploads/${id}`);
        return {
          mbPerSecond: Math.round((size / 1e6 / (ms / 1000)) * 10) / 10,
          seconds: Math.round(ms) / 1000,
          answeredSeconds: Math.round(answeredMs) / 1000,
          peakHeapMiB: Math.round(((peak - baseline) / 1024 / 1024) * 10) / 10,
          complete: complete && received === size,
          sha256Match: sha256 === expected,
          ...(error === undefined ? {} : { error }),
        };
      } finally {
        await page.close();
      }
    };
    const samples = new Map<(typeof CLIENTS)[number], Omit<UploadRun, 'rounds'>[]>();
    for (let round = 0; round < rounds; round++) {
      for (const client of CLIENTS) samples.set(client, [...(samples.get(client) ?? []), await runClient(client)]);
    }
    const runs = Object.fromEntries(
      CLIENTS.map((client) => [client, medianRun(samples.get(client) ?? [])]),
    ) as UploadResults['runs'];
    const page = await context.newPage();
    await page.goto(pages.url('/upload.html'));
    await page.waitForFunction(() => typeof window.benchUpload === 'function');
    await page.setInputFiles('input[type=file]', path);
    await page.evaluate(() => window.benchUseFile());
    const checksumMs = await page.evaluate(() => window.benchChecksum());
    const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;
    return {
      sizeMiB,
      rounds,
      chunkKiB,
      emulation,
      runs,
      vsSinglePut: ratio(runs.videokit.mbPerSecond, runs['single-put'].mbPerSecond),
      vsSinglePutAnswered: ratio(runs['single-put'].answeredSeconds, runs.videokit.answeredSeconds),
      vsSinglePutDynamic: ratio(runs['videokit-dynamic'].mbPerSecond, runs['single-put'].mbPerSecond),
      vsVerifiedPut: ratio(runs.videokit.mbPerSecond, runs['single-put-verified'].mbPerSecond),
      vsUpChunk: ratio(runs.videokit.mbPerSecond, runs.upchunk.mbPerSecond),
      checksumSeconds: Math.round(checksumMs) / 1000,
    };
  } finally {
    await context.close();
    await pages.stop();
    rmSync(profile, { recursive: true, force: true });
  }
}
