// `npm run test:consumer`: the published packages where their users meet them. Packs every public
// package, installs the tarballs into a fresh app outside the workspace (app/, its own lockfile), and
// proves in that app, for React 19 and React 18: a strict `tsc`, the Vite dev server and a production
// build each playing, lazy-loading and uploading in Chromium with a clean console, and `renderToString`
// in Node. Then plain HTML pages with only a CDN bundle as a classic `<script>`: the player playing,
// the uploader uploading 1.2 MiB in 256 KiB chunks byte-exact.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startOrigin } from '../../packages/media-origin/src/index.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { buildIfStale, packAll, type Tarball } from './packages.ts';
import { checkApp, checkCdnPage, checkCdnUploader } from './page-checks.ts';
import { run, serve, serveStatic } from './servers.ts';

/** React 18, as a second run of the same app. */
const REACT_18 = ['react@18.3.1', 'react-dom@18.3.1', '@types/react@18.3.32', '@types/react-dom@18.3.7'];

const timings: [string, number][] = [];
const failures: string[] = [];

async function step<T>(name: string, action: () => T | Promise<T>): Promise<T | undefined> {
  const started = performance.now();
  try {
    return await action();
  } catch (error) {
    failures.push(`${name}: ${(error as Error).message}`);
    return undefined;
  } finally {
    const seconds = (performance.now() - started) / 1000;
    timings.push([name, seconds]);
    console.log(`  ${seconds.toFixed(1).padStart(6)} s  ${name}`);
  }
}

function report(tarballs: Tarball[]): void {
  console.log('\nPacked:');
  for (const { name, size, unpackedSize, files } of tarballs)
    console.log(
      `  ${name}: ${String(files.length)} files, ${String(size)} B packed, ${String(unpackedSize)} B unpacked`,
    );
}

const work = mkdtempSync(join(tmpdir(), 'videokit-consumer-'));
const app = join(work, 'app');
const npm = (args: string[]): string => run('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], app);
const vite = (args: string[]): string => run('node', ['node_modules/vite/bin/vite.js', ...args], app);

console.log(`consumer app in ${app}`);
await step('build packages if their sources changed', buildIfStale);
const tarballs = (await step('npm pack', () => packAll(work))) ?? [];
report(tarballs);
cpSync(join(import.meta.dirname, 'app'), app, { recursive: true });
await step('npm ci (app lockfile)', () => npm(['ci']));

const origin = await startOrigin({ port: 0 });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const expectClean = (what: string, problems: string[]): void => {
  if (problems.length) throw new Error(`${what}:\n    ${problems.join('\n    ')}`);
};

try {
  for (const [react, extra] of [
    ['React 19', []],
    ['React 18', REACT_18],
  ] as const) {
    // One install of all tarballs (they depend on each other at a version the registry lacks).
    await step(`${react}: npm install the tarballs`, () =>
      npm(['install', '--no-save', ...tarballs.map((tarball) => tarball.file), ...extra]),
    );
    await step(`${react}: tsc --noEmit (strict, skipLibCheck false)`, () =>
      run('node', ['node_modules/typescript/bin/tsc', '-p', '.'], app),
    );
    await step(`${react}: vite dev server`, async () => {
      const server = await serve('node', ['node_modules/vite/bin/vite.js', '--host', '127.0.0.1', '--port', '0'], app);
      try {
        // Vite's dev server picks Lit's development build, which says so once: Lit's own notice, not ours.
        const problems = await checkApp(browser, server.url, origin);
        expectClean(
          'dev server page',
          problems.filter((problem) => !problem.includes('Lit is in dev mode')),
        );
      } finally {
        server.stop();
      }
    });
    await step(`${react}: vite build + vite preview`, async () => {
      vite(['build', '--logLevel', 'warn']);
      const server = await serve(
        'node',
        ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', '0'],
        app,
      );
      try {
        expectClean('preview page', await checkApp(browser, server.url, origin));
      } finally {
        server.stop();
      }
    });
    await step(`${react}: renderToString in Node`, () => {
      vite(['build', '--ssr', 'src/entry-server.tsx', '--outDir', 'dist-server', '--logLevel', 'warn']);
      const script = `import('./dist-server/entry-server.js').then((m) => process.stdout.write(m.render('localhost:4000')))`;
      const html = run('node', ['-e', script], app);
      for (const expected of [
        '<h1>videokit consumer app</h1>',
        'data-videokit-placeholder="video-player"',
        '/vod/thumbnail',
      ])
        if (!html.includes(expected)) throw new Error(`server markup lacks ${expected}:\n${html}`);
    });
  }

  await step('CDN bundle as a classic <script>', async () => {
    const cdn = join(app, 'node_modules/@videokit/video-player/dist/cdn');
    const page = `<!doctype html><html lang="en"><head><title>CDN</title><link rel="icon" href="data:,">
<script src="/video-player.js"></script></head>
<body><video-player playback-id="vod" custom-domain="${origin.domain}" muted autoplay="muted"></video-player></body></html>`;
    const { url, server } = await serveStatic(cdn, { '/': page });
    try {
      expectClean('CDN page', await checkCdnPage(browser, url));
    } finally {
      server.close();
    }
  });
  await step('uploader CDN bundle as a classic <script>', async () => {
    const cdn = join(app, 'node_modules/@videokit/uploader/dist/cdn');
    const id = origin.uploads.create();
    const page = `<!doctype html><html lang="en"><head><title>CDN uploader</title><link rel="icon" href="data:,">
<script src="/uploader.js"></script></head>
<body><video-uploader endpoint="http://upload.${origin.domain}/uploads/${id}" chunk-size="256"></video-uploader>
<script>document.querySelector('video-uploader').addEventListener('success', () => (document.body.dataset.uploaded = 'true'));</script>
</body></html>`;
    const { url, server } = await serveStatic(cdn, { '/': page });
    try {
      expectClean('CDN uploader page', await checkCdnUploader(browser, url, origin, id));
    } finally {
      server.close();
    }
  });
} finally {
  await browser.close();
  await origin.stop();
}

const total = timings.reduce((sum, [, seconds]) => sum + seconds, 0);
console.log(`\n${String(timings.length)} steps in ${total.toFixed(1)} s`);
if (failures.length) {
  console.error(`\n${String(failures.length)} failed:\n${failures.map((failure) => `- ${failure}`).join('\n')}`);
  console.error(`(the app is kept in ${app})`);
  process.exit(1);
}
rmSync(work, { recursive: true, force: true });
console.log('consumer test passed');
