// What a visitor of the consumer app sees, checked in Chromium.
import { createHash } from 'node:crypto';
import type { Browser, Locator, Page } from 'playwright-core';
import type { Origin } from '../../packages/media-origin/src/index.ts';

/** Opens `url` in a fresh context and records console errors, warnings and page errors. */
export async function openPage(
  browser: Browser,
  url: string,
): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console ${message.type()}: ${message.text()} ${message.location().url}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(url);
  return { page, problems, close: () => context.close() };
}

async function playsVod(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(
    (target) => {
      const player = document.querySelector<HTMLMediaElement>(target);
      return player !== null && player.currentTime > 0.5 && !player.paused;
    },
    selector,
    { timeout: 20_000 },
  );
}

/** The React app: the player plays, the uploader shows its UI and uploads byte-exact, the lazy player loads on scroll. */
export async function checkApp(browser: Browser, url: string, origin: Origin): Promise<string[]> {
  const { page, problems, close } = await openPage(browser, `${url}?domain=${origin.domain}`);
  try {
    await playsVod(page, 'video-player#player');

    // Playwright's CSS selectors pierce open shadow roots: these are what a visitor sees.
    const drop = page.locator('#uploader video-uploader-drop').first();
    const fileButton = page.locator('#uploader video-uploader-file-select button').first();
    await fileButton.waitFor({ state: 'visible', timeout: 10_000 });
    const dropBox = await drop.boundingBox();
    if (!dropBox || dropBox.height < 40) problems.push(`drop zone not shown (${JSON.stringify(dropBox)})`);

    // 700 KiB in 256 KiB chunks (the app's `chunkSize`): the checksum spans three requests.
    const bytes = await pickTestFile(page, fileButton, 700 * 1024);
    const uploadUrl = await page.locator('#uploaded').textContent({ timeout: 20_000 });
    const stored = storedProblem(origin, uploadUrl?.split('/').pop() ?? '', bytes, 3);
    if (stored) problems.push(stored);

    if ((await page.locator('video-player').count()) !== 1)
      problems.push('the lazy player loaded before it was in view');
    await page.locator('[data-videokit-placeholder]').last().scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelectorAll('video-player').length === 2, undefined, {
      timeout: 15_000,
    });
    await page.waitForFunction(
      () => ((document.querySelectorAll('video-player')[1] as HTMLMediaElement | undefined)?.readyState ?? 0) >= 1,
      undefined,
      { timeout: 15_000 },
    );
    // Late work (lazy chunks, analytics) reports its console messages.
    await page.waitForTimeout(1000);
  } catch (error) {
    problems.push(`did not complete: ${(error as Error).message.split('\n')[0] ?? ''}`);
  } finally {
    await close();
  }
  return problems;
}

/** A generated file of `size` bytes, chosen through `button` as a visitor would. */
async function pickTestFile(page: Page, button: Locator, size: number): Promise<Buffer> {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + (i >> 10)) & 0xff;
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
  await chooser.setFiles({ name: 'clip.mp4', mimeType: 'video/mp4', buffer: bytes });
  return bytes;
}

/**
 * What is wrong with upload `id` on the origin, or `null`: it must be complete, hold exactly
 * `bytes`, and have come in at least `chunks` requests. (The uploader reports success only
 * after comparing its own CRC32C of the file with the one the origin answers.)
 */
function storedProblem(origin: Origin, id: string, bytes: Buffer, chunks: number): string | null {
  const stored = origin.uploads.status(id);
  const expected = createHash('sha256').update(bytes).digest('hex');
  if (stored.complete && stored.sha256 === expected && stored.chunks >= chunks) return null;
  return `upload ${id}: stored ${String(stored.received)} bytes in ${String(stored.chunks)} chunks, sha256 ${stored.sha256}, expected ${expected} in at least ${String(chunks)}`;
}

/**
 * A plain HTML page with only the uploader's CDN bundle as a classic `<script>` and a
 * `<video-uploader>` whose `endpoint` attribute is an upload URL: 1.2 MiB in 256 KiB chunks
 * (`chunk-size`), byte-exact on the origin after `success`.
 */
export async function checkCdnUploader(
  browser: Browser,
  url: string,
  origin: Origin,
  uploadId: string,
): Promise<string[]> {
  const { page, problems, close } = await openPage(browser, url);
  try {
    const bytes = await pickTestFile(page, page.locator('video-uploader-file-select button').first(), 1200 * 1024);
    await page.waitForFunction(() => document.body.dataset.uploaded === 'true', undefined, { timeout: 20_000 });
    const stored = storedProblem(origin, uploadId, bytes, 5);
    if (stored) problems.push(stored);
  } catch (error) {
    problems.push(`did not upload: ${(error as Error).message.split('\n')[0] ?? ''}`);
  } finally {
    await close();
  }
  return problems;
}

/** A plain HTML page with only the CDN bundle as a classic `<script>`. */
export async function checkCdnPage(browser: Browser, url: string): Promise<string[]> {
  const { page, problems, close } = await openPage(browser, url);
  try {
    await playsVod(page, 'video-player');
  } catch (error) {
    problems.push(`did not play: ${(error as Error).message.split('\n')[0] ?? ''}`);
  } finally {
    await close();
  }
  return problems;
}
