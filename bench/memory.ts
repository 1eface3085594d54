// Memory after mount/unmount cycles of a playing player (DESIGN §6): JS heap after a forced GC
// against the start, read at checkpoints (e.g. after 200 and 1,000 cycles) so a trend shows;
// detached DOM nodes and live hls.js instances, read over CDP. The bare hls.js subject is the
// control: what the browser and hls.js keep on their own, which the bars subtract. The heap is
// also split (heap-kinds.ts) into the objects the page holds and V8's compiled code: the bars
// judge the objects, since compiled code grows with how much code warms up, not with cycles.
import type { Browser, CDPSession } from 'playwright-core';
import type { Origin } from '../packages/media-origin/src/index.ts';
import { buildPage } from './build-page.ts';
import { heapKinds } from './heap-kinds.ts';
import { startPageServer } from './page-server.ts';
import type { HlsCount } from './pages/hls-counted.ts';
import type { MemorySubject } from './pages/memory.ts';

export const MEMORY_SUBJECTS: readonly MemorySubject[] = ['bare', 'player', 'react'];

/** The heap after a number of cycles. */
export interface MemoryCheckpoint {
  cycles: number;
  /** Cycles whose player reached `playing` before it was removed. */
  played: number;
  heapMiB: number;
  /** Used JS heap after a forced GC, minus the start's, in KiB: what the cycles left behind. */
  retainedKiB: number;
  /** Of it, objects the page's code can reach (heap snapshot), minus the start's, in KiB. */
  objectsKiB: number;
  /** Of it, V8's compiled code and its records, minus the start's, in KiB. */
  compiledKiB: number;
  blinkMiB: number;
  /** Detached DOM trees (CDP `DOM.getDetachedDomNodes`) after GC, by node name. */
  detached: Record<string, number>;
  hls: HlsCount;
}

export interface MemoryResults {
  subject: MemorySubject;
  /** Cycles run before the start is measured (they load hls.js, compile and warm the caches). */
  warmup: number;
  /** Used JS heap after a forced GC: page loaded (nothing mounted yet), start (after warm-up). */
  heapPageMiB: number;
  heapStartMiB: number;
  /** Blink's own heap (DOM objects, `embedderHeapUsedSize`) at the start, for context. */
  blinkStartMiB: number;
  detachedStart: Record<string, number>;
  /** Readings after each checkpoint's number of cycles (counted from the start), in order. */
  checkpoints: MemoryCheckpoint[];
}

interface HeapReading {
  js: number;
  blink: number;
  detached: Record<string, number>;
  objects: number;
  compiled: number;
}

async function read(cdp: CDPSession): Promise<HeapReading> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
  await cdp.send('DOM.enable');
  const { detachedNodes } = await cdp.send('DOM.getDetachedDomNodes');
  const detached: Record<string, number> = {};
  for (const { treeNode } of detachedNodes) detached[treeNode.nodeName] = (detached[treeNode.nodeName] ?? 0) + 1;
  await cdp.send('DOM.disable');
  const { objects, compiled } = await heapKinds(cdp);
  return { js: usage.usedSize, blink: usage.embedderHeapUsedSize ?? Number.NaN, detached, objects, compiled };
}

const builtPages = new Map<string, ReturnType<typeof buildPage>>();

const mib = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 100) / 100;

const kib = (bytes: number): number => Math.round(bytes / 1024);

export async function measureMemory(
  browser: Browser,
  origin: Origin,
  subject: MemorySubject,
  checkpoints: readonly number[],
  warmup = 10,
): Promise<MemoryResults> {
  const name = subject === 'react' ? 'memory-react' : 'memory';
  const built = builtPages.get(name) ?? buildPage(name, { countHls: true });
  builtPages.set(name, built);
  const pages = await startPageServer(await built);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(pages.url(`/${name}.html`));
    await page.waitForFunction(() => typeof window.benchCycles === 'function');
    const run = (count: number): Promise<number> =>
      page.evaluate(([n, domain, what]) => window.benchCycles(n, domain, what), [
        count,
        origin.domain,
        subject,
      ] as const);
    // The page's Resource Timing buffer fills with every cycle's requests; it is not the player's.
    const clearTimings = (): Promise<void> => page.evaluate(() => performance.clearResourceTimings());
    const loaded = await read(cdp);
    await run(warmup);
    await clearTimings();
    const start = await read(cdp);
    const readings: MemoryCheckpoint[] = [];
    let done = 0;
    let played = 0;
    for (const cycles of checkpoints) {
      played += await run(cycles - done);
      done = cycles;
      // Teardown that finishes asynchronously (hls.js workers, MediaSource) settles first.
      await page.waitForTimeout(500);
      await clearTimings();
      const end = await read(cdp);
      readings.push({
        cycles,
        played,
        heapMiB: mib(end.js),
        retainedKiB: kib(end.js - start.js),
        objectsKiB: kib(end.objects - start.objects),
        compiledKiB: kib(end.compiled - start.compiled),
        blinkMiB: mib(end.blink),
        detached: end.detached,
        hls: await page.evaluate(() => window.benchHls()),
      });
    }
    return {
      subject,
      warmup,
      heapPageMiB: mib(loaded.js),
      heapStartMiB: mib(start.js),
      blinkStartMiB: mib(start.blink),
      detachedStart: start.detached,
      checkpoints: readings,
    };
  } finally {
    await context.close();
    await pages.stop();
  }
}
