// `npm run bench`: sizes and startup, printed and written to bench/results/latest.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { startOrigin } from '../packages/media-origin/src/index.ts';
import { launchChromium } from './chromium.ts';
import { measureSizes } from './size.ts';
import { measureBareHlsStartup } from './startup.ts';

const root = new URL('..', import.meta.url).pathname;
const runs = Number(process.env.BENCH_RUNS ?? 15);

const sizes = measureSizes(`${root}packages`);
console.log('Size (gzip -9 of dist/index.js; run `npm run build` first)');
console.table(sizes);

const origin = await startOrigin({ port: 0 });
const browser = await launchChromium();
try {
  const bareHls = await measureBareHlsStartup(browser, origin, runs);
  console.log(`Startup: time to first frame, bare hls.js on vod, ${String(runs)} cold runs (ms)`);
  console.table({ 'bare hls.js': bareHls });
  mkdirSync(`${root}bench/results`, { recursive: true });
  const results = { date: new Date().toISOString(), sizes, startup: { bareHls } };
  writeFileSync(`${root}bench/results/latest.json`, `${JSON.stringify(results, null, 2)}\n`);
} finally {
  await browser.close();
  await origin.stop();
}
