// `npm run test:start`: what `npm start` gives a fresh clone. With no embed page built, it serves the
// demo at once, builds the embed page in the background, and the origin serves it (full-viewport, its
// stylesheet as CSS) without a restart.
import { spawn } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  await new Promise((closed) => server.close(closed));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

const problems: string[] = [];
const [port, demoPort] = [await freePort(), await freePort()];
rmSync(resolve(ROOT, 'packages/embed/dist'), { recursive: true, force: true });
const start = spawn('npm', ['start'], {
  cwd: ROOT,
  env: { ...process.env, PORT: String(port), DEMO_PORT: String(demoPort), NO_COLOR: '1' },
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
let output = '';
start.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
start.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
const until = async (what: string, test: () => boolean, seconds: number): Promise<void> => {
  for (let waited = 0; !test(); waited += 0.25) {
    if (waited > seconds) throw new Error(`${what} within ${String(seconds)} s; npm start printed:\n${output}`);
    await new Promise((tick) => setTimeout(tick, 250));
  }
};

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  await until('the banner', () => output.includes('embed page'), 60);
  for (const page of ['player demo', 'uploads', 'ads', 'embed page', 'media origin', 'storybook', 'react example'])
    if (!output.includes(page)) problems.push(`the banner does not list "${page}"`);

  const demo = await browser.newPage();
  await demo.goto(`http://127.0.0.1:${String(demoPort)}/`);
  await demo.waitForFunction(
    () => (document.querySelector('video-player') as HTMLMediaElement | null)?.readyState,
    undefined,
    {
      timeout: 30_000,
    },
  );

  // The gallery shows every committed baseline of the visual suite, each picture loaded.
  const baselines = readdirSync(resolve(ROOT, 'test/visual/baselines')).filter((file) => file.endsWith('.png'));
  const gallery = await browser.newPage();
  await gallery.goto(`http://127.0.0.1:${String(demoPort)}/gallery.html`);
  await gallery.waitForSelector('#gallery figure', { timeout: 30_000 });
  const shown = await gallery.evaluate(async () => {
    const images = [...document.querySelectorAll<HTMLImageElement>('#gallery figure img')];
    for (const image of images) image.loading = 'eager';
    await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
    return {
      states: [...document.querySelectorAll('#gallery figure')].map((figure) => `${figure.id}.png`),
      broken: images.filter((image) => !image.naturalWidth).map((image) => image.alt),
    };
  });
  const missing = baselines.filter((file) => !shown.states.includes(file));
  if (missing.length) problems.push(`the gallery leaves out ${missing.join(', ')}`);
  if (shown.broken.length) problems.push(`gallery pictures that do not load: ${shown.broken.join(', ')}`);
  const linked = await demo.locator('nav a[href="./gallery.html"]').count();
  if (!linked) problems.push('the demo index does not link the gallery');

  await until('the embed page build', () => output.includes('embed page ready'), 120);
  const embed = await browser.newPage({ viewport: { width: 640, height: 360 } });
  const errors: string[] = [];
  embed.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  const response = await embed.goto(`http://player.localhost:${String(port)}/vod?muted&autoplay=muted`);
  if (response?.status() !== 200) problems.push(`embed page answered ${String(response?.status())}`);
  await embed.waitForFunction(
    () => ((document.querySelector('video-player') as HTMLMediaElement | null)?.currentTime ?? 0) > 0.5,
    undefined,
    {
      timeout: 30_000,
    },
  );
  const box = await embed.locator('video-player').boundingBox();
  const fills = box?.x === 0 && box.y === 0 && box.width === 640 && box.height === 360;
  if (!fills) problems.push(`the embed player does not fill the viewport: ${JSON.stringify(box)}`);
  if (errors.length) problems.push(`embed console: ${errors.join(' | ')}`);
} catch (error) {
  problems.push((error as Error).message);
} finally {
  await browser.close();
  if (start.pid) process.kill(-start.pid, 'SIGTERM');
}

if (problems.length) {
  console.error(`npm start:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('npm start: demo, banner, visual-state gallery and embed page (built on start, full-viewport) all served');
