// `npm run bench`: sizes and startup, printed and written to bench/results/latest.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { startOrigin } from '../packages/media-origin/src/index.ts';
import { launchChromium } from './chromium.ts';
import { measureSizes } from './size.ts';
import { measureStartup } from './startup.ts';
import { measureUpload } from './upload.ts';

const root = new URL('..', import.meta.url).pathname;
const runs = Number(process.env.BENCH_RUNS ?? 15);

const sizes = measureSizes(`${root}packages`);
console.log('Size (gzip -9 of dist/index.js; run `npm run build` first)');
console.table(sizes);

const origin = await startOrigin({ port: 0 });
const browser = await launchChromium();
try {
  const startup = await measureStartup(browser, origin, runs);
  console.log(`Startup: ms from navigation to the first frame of vod, ${String(runs)} cold runs each`);
  console.table({ 'bare hls.js': startup.bareHls, '<video-player>': startup.player });
  console.log(`player / bare hls.js (median): ${String(startup.ratio)} (bar: <= 1.0)`);
  console.log('Player page scripts (gzip -9; budget for `player`: 35 KB)');
  console.table(startup.playerChunks);
  const uploadMiB = Number(process.env.BENCH_UPLOAD_MB ?? 256);
  const upload = await measureUpload(origin, uploadMiB);
  console.log(
    `Upload: ${String(uploadMiB)} MiB generated in the page, over loopback (bars: >= 0.9 of one PUT, >= UpChunk)`,
  );
  console.table(upload.runs);
  console.log(`videokit / single PUT: ${String(upload.vsSinglePut)}; videokit / UpChunk: ${String(upload.vsUpChunk)}`);
  mkdirSync(`${root}bench/results`, { recursive: true });
  const results = { date: new Date().toISOString(), sizes, startup, upload };
  writeFileSync(`${root}bench/results/latest.json`, `${JSON.stringify(results, null, 2)}\n`);
} finally {
  await browser.close();
  await origin.stop();
}
