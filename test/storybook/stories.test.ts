// Opens every story of the built Storybook (`npm run build-storybook` → storybook-static/) in
// headless Chromium against a fresh media origin on a free port, waits for what each story
// declares in `parameters.check` (.storybook/preview.ts), and fails on console errors the story
// does not expect, on page errors and on axe-core violations inside #storybook-root.
//
//   npm run test:stories                 every story
//   STORY=player-video-player npm run test:stories   stories whose id contains that text
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startOrigin } from '../../packages/media-origin/src/index.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

const ROOT = resolve(import.meta.dirname, '../../storybook-static');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const CONCURRENCY = Number(process.env.STORIES_CONCURRENCY ?? 4);
const FILTER = process.env.STORY ?? '';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

interface IndexEntry {
  id: string;
  type: string;
  title: string;
  name: string;
}

/** Serves storybook-static, with the origin's domain set first thing in iframe.html. */
async function serveStatic(originDomain: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = join(ROOT, path === '/' ? 'index.html' : path);
    if (!file.startsWith(ROOT)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        if (file.endsWith('iframe.html')) {
          const script = `<script>window.videokitOriginDomain = ${JSON.stringify(originDomain)};</script>`;
          body = Buffer.from(body.toString('utf8').replace('<head>', `<head>${script}`));
        }
        res.writeHead(200, { 'Content-Type': type }).end(body);
      },
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return { server, url: `http://127.0.0.1:${String(address.port)}` };
}

// Browser-side code as strings: the test runs under tsx, whose transforms must not leak into the page.
const READ_CHECK = `(() => {
  const check = window.videokitStoryCheck;
  if (document.body.classList.contains('sb-show-errordisplay'))
    return { failed: 'Storybook error display: ' + (document.querySelector('#error-message')?.textContent ?? '') };
  return check && check.id === window.__storyId ? check : null;
})()`;

const PROBE = `((ready) => {
  const root = document.querySelector('#storybook-root');
  if (!root) return null;
  if (document.body.classList.contains('sb-show-errordisplay'))
    return 'failed: Storybook error display: ' + (document.querySelector('#error-message')?.textContent ?? '');
  const players = [...root.querySelectorAll('video-player')];
  if (ready === 'render') return root.childElementCount > 0 ? 'ok' : null;
  if (ready === 'metadata') {
    if (!players.length) return null;
    const failed = players.find((player) => player.error && player.error.fatal !== false);
    if (failed) return 'failed: player error ' + failed.error.code + ': ' + failed.error.message;
    return players.every((player) => player.readyState >= 1) ? 'ok' : null;
  }
  if (ready === 'error') return players.length && players.every((player) => player.error) ? 'ok' : null;
  return root.querySelector(ready.selector) || document.querySelector(ready.selector) ? 'ok' : null;
})`;

// Custom elements in the story (through shadow roots) that nothing registered: a part that renders as nothing.
const UNDEFINED_ELEMENTS = `(() => {
  const names = new Set();
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName.includes('-') && !customElements.get(element.localName)) names.add(element.localName);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document.querySelector('#storybook-root'));
  return [...names];
})()`;

interface Check {
  ready?: 'metadata' | 'error' | 'render' | { selector: string };
  expectedConsoleErrors?: string[];
  timeout?: number;
  failed?: string;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

async function checkStory(browser: Browser, base: string, id: string): Promise<string[]> {
  const problems: string[] = [];
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    // Two copies of Lit, or Lit's development build, mean the stories do not run what users get.
    if (message.type() === 'warning' && /Lit is in dev mode|Multiple versions of Lit/.test(message.text()))
      problems.push(`console warning: ${message.text()}`);
    if (message.type() !== 'error') return;
    const { url } = message.location();
    // A failed request's line does not name the URL; its location does.
    consoleErrors.push(
      message.text().startsWith('Failed to load resource') && url ? `${message.text()} ${url}` : message.text(),
    );
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  try {
    await page.addInitScript(`window.__storyId = ${JSON.stringify(id)};`);
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`);
    const handle = await page.waitForFunction(READ_CHECK, undefined, { timeout: 20_000 });
    const check = (await handle.jsonValue()) as Check;
    if (check.failed) {
      problems.push(check.failed);
      return problems;
    }
    const ready = check.ready ?? 'render';
    try {
      const result = await page.waitForFunction(`${PROBE}(${JSON.stringify(ready)})`, undefined, {
        timeout: check.timeout ?? 15_000,
        polling: 100,
      });
      const outcome = (await result.jsonValue()) as string;
      if (outcome !== 'ok') problems.push(outcome);
    } catch {
      problems.push(`never reached ready=${JSON.stringify(ready)}`);
    }
    // Let late work (lazy chunks, locales, first segments) report its console errors.
    await page.waitForTimeout(750);
    const undefinedElements = await page.evaluate<string[]>(UNDEFINED_ELEMENTS);
    if (undefinedElements.length) problems.push(`never registered: ${undefinedElements.join(', ')}`);

    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate<AxeViolation[]>(
      `axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
    );
    for (const violation of violations) {
      const targets = violation.nodes.map((node) => JSON.stringify(node.target)).join(', ');
      problems.push(`axe ${violation.id} (${violation.impact ?? '?'}): ${violation.help} — ${targets}`);
    }

    const expected = (check.expectedConsoleErrors ?? []).map((source) => new RegExp(source));
    for (const text of consoleErrors) {
      if (!expected.some((pattern) => pattern.test(text))) problems.push(`console error: ${text}`);
    }
  } catch (error) {
    problems.push(`story did not render: ${(error as Error).message.split('\n')[0] ?? ''}`);
  } finally {
    await context.close();
  }
  return problems;
}

const index = JSON.parse(
  await readFile(join(ROOT, 'index.json'), 'utf8').catch(() => {
    throw new Error('storybook-static/index.json is missing: run `npm run build-storybook` first');
  }),
) as { entries: Record<string, IndexEntry> };
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && entry.id.includes(FILTER));

const started = Date.now();
const origin = await startOrigin({ port: 0 });
const { server, url } = await serveStatic(`localhost:${String(origin.port)}`);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

const failures = new Map<string, string[]>();
const queue = [...stories];
await Promise.all(
  Array.from({ length: Math.max(1, CONCURRENCY) }, async () => {
    for (let story = queue.shift(); story; story = queue.shift()) {
      const problems = await checkStory(browser, url, story.id);
      console.log(`${problems.length ? 'FAIL' : 'ok  '} ${story.id}`);
      for (const problem of problems) console.log(`       ${problem}`);
      if (problems.length) failures.set(story.id, problems);
    }
  }),
);

await browser.close();
server.close();
await origin.stop();

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\n${String(stories.length - failures.size)}/${String(stories.length)} stories clean in ${seconds} s`);
if (failures.size) process.exitCode = 1;
