// Memory after mount/unmount cycles of a playing player (DESIGN §6): JS heap after a forced GC
// against the start, detached DOM nodes and live hls.js instances, read over CDP.
import type { Browser, CDPSession } from 'playwright-core';
import type { Origin } from '../packages/media-origin/src/index.ts';
import { buildPage } from './build-page.ts';
import { startPageServer } from './page-server.ts';
import type { HlsCount } from './pages/hls-counted.ts';
import type { MemorySubject } from './pages/memory.ts';

export interface MemoryResults {
  subject: MemorySubject;
  cycles: number;
  /** Cycles whose player reached `playing` before it was removed. */
  played: number;
  /** Cycles run before the start is measured (they load hls.js, compile and warm the caches). */
  warmup: number;
  /** Used JS heap after a forced GC: page loaded (nothing mounted yet), start (after warm-up), end. */
  heapPageMiB: number;
  heapStartMiB: number;
  heapEndMiB: number;
  /** (end - start) / start, in percent: the bar is ≤ 5. */
  heapGrowthPercent: number;
  /** Blink's own heap (DOM objects, `embedderHeapUsedSize`) at the start and the end, for context. */
  blinkStartMiB: number;
  blinkEndMiB: number;
  /** Detached DOM trees (CDP `DOM.getDetachedDomNodes`) after GC at the start and the end, by node name. */
  detachedStart: Record<string, number>;
  detachedEnd: Record<string, number>;
  hls: HlsCount;
}

interface HeapReading {
  js: number;
  blink: number;
  detached: Record<string, number>;
}

async function read(cdp: CDPSession): Promise<HeapReading> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
  await cdp.send('DOM.enable');
  const { detachedNodes } = await cdp.send('DOM.getDetachedDomNodes');
  const detached: Record<string, number> = {};
  for (const { treeNode } of detachedNodes) detached[treeNode.nodeName] = (detached[treeNode.nodeName] ?? 0) + 1;
  await cdp.send('DOM.disable');
  return { js: usage.usedSize, blink: usage.embedderHeapUsedSize ?? Number.NaN, detached };
}

const builtPages = new Map<string, ReturnType<typeof buildPage>>();

const mib = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 100) / 100;

export async function measureMemory(
  browser: Browser,
  origin: Origin,
  subject: MemorySubject,
  cycles: number,
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
    const played = await run(cycles);
    // Teardown that finishes asynchronously (hls.js workers, MediaSource) settles first.
    await page.waitForTimeout(500);
    await clearTimings();
    const end = await read(cdp);
    const hls = await page.evaluate(() => window.benchHls());
    return {
      subject,
      cycles,
      played,
      warmup,
      heapPageMiB: mib(loaded.js),
      heapStartMiB: mib(start.js),
      heapEndMiB: mib(end.js),
      heapGrowthPercent: Math.round(((end.js - start.js) / start.js) * 1000) / 10,
      blinkStartMiB: mib(start.blink),
      blinkEndMiB: mib(end.blink),
      detachedStart: start.detached,
      detachedEnd: end.detached,
      hls,
    };
  } finally {
    await context.close();
    await pages.stop();
  }
}
