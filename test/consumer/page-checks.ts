// What a visitor of the consumer app sees, checked in Chromium.
import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
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

    const bytes = Buffer.alloc(700 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + (i >> 10)) & 0xff;
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), fileButton.click()]);
    await chooser.setFiles({ name: 'clip.mp4', mimeType: 'video/mp4', buffer: bytes });
    const uploadUrl = await page.locator('#uploaded').textContent({ timeout: 20_000 });
    const id = uploadUrl?.split('/').pop() ?? '';
    const stored = origin.uploads.status(id);
    const expected = createHash('sha256').update(bytes).digest('hex');
    if (!stored.complete || stored.sha256 !== expected)
      problems.push(
        `upload ${id}: stored ${String(stored.received)} bytes, sha256 ${stored.sha256}, expected ${expected}`,
      );

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
