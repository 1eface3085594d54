// `visual:match`: screenshots one element of the test page with Playwright and compares it with the
// committed baseline under test/visual/baselines. On a mismatch the actual image and a diff image
// are written to test/visual/output (printed in the failure); VISUAL_UPDATE=1 rewrites baselines.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const here = dirname(fileURLToPath(import.meta.url));
const BASELINES = join(here, 'baselines');
const OUTPUT = join(here, 'output');

/**
 * Per-pixel colour threshold (pixelmatch's YIQ distance, 0–1) and the share of pixels allowed to
 * differ beyond it. Chromium's software decoder and rasteriser give the same pixels run after
 * run on one machine, and anti-aliased edges are ignored, so the slack only absorbs text
 * antialiasing noise: 0.01 % is 23 pixels of a 640×360 player, while the smallest defect the
 * suite guards (a 3 px volume track, 70 px long) changes about 200.
 */
export const PIXEL_THRESHOLD = 0.1;
export const MAX_DIFF_RATIO = 0.0001;

const NAME = /^[a-z0-9][a-z0-9-]*$/;

async function match(page, { name, selector, maxDiffRatio = MAX_DIFF_RATIO }) {
  if (!NAME.test(name)) throw new Error(`visual:match: name "${name}" must be lowercase letters, digits and dashes`);
  const actualPng = await page.locator(selector).screenshot({ animations: 'disabled', caret: 'hide' });
  const baselineFile = join(BASELINES, `${name}.png`);
  const write = () => {
    mkdirSync(BASELINES, { recursive: true });
    writeFileSync(baselineFile, actualPng);
    return { ok: true, written: relative(process.cwd(), baselineFile) };
  };
  if (!existsSync(baselineFile)) return write();
  const actual = PNG.sync.read(actualPng);
  const baseline = PNG.sync.read(readFileSync(baselineFile));
  if (process.env.VISUAL_UPDATE === '1') {
    // The same pixels encode to other bytes from run to run; rewriting them would only churn the diff.
    const same =
      actual.width === baseline.width &&
      actual.height === baseline.height &&
      pixelmatch(baseline.data, actual.data, null, actual.width, actual.height, { threshold: PIXEL_THRESHOLD }) === 0;
    return same ? { ok: true } : write();
  }
  const report = (message, diff) => {
    mkdirSync(OUTPUT, { recursive: true });
    const actualFile = join(OUTPUT, `${name}.actual.png`);
    writeFileSync(actualFile, actualPng);
    const files = [relative(process.cwd(), actualFile)];
    if (diff) {
      const diffFile = join(OUTPUT, `${name}.diff.png`);
      writeFileSync(diffFile, PNG.sync.write(diff));
      files.push(relative(process.cwd(), diffFile));
    }
    return { ok: false, message: `${name}: ${message}; see ${files.join(', ')}` };
  };
  if (actual.width !== baseline.width || actual.height !== baseline.height) {
    return report(`size ${actual.width}×${actual.height}, baseline ${baseline.width}×${baseline.height}`);
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const differing = pixelmatch(baseline.data, actual.data, diff.data, actual.width, actual.height, {
    threshold: PIXEL_THRESHOLD,
  });
  const ratio = differing / (actual.width * actual.height);
  if (ratio > maxDiffRatio) {
    return report(`${differing} pixels differ (${(ratio * 100).toFixed(2)} %, allowed ${maxDiffRatio * 100} %)`, diff);
  }
  return { ok: true, differing };
}

export function visualCommands() {
  return {
    name: 'videokit-visual-commands',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('visual:')) return undefined;
      const page = session.browser.getPage(session.id);
      switch (command) {
        case 'visual:setup':
          // A viewport large enough for the biggest player; no motion, so every frame is the last one.
          await page.setViewportSize({ width: 1000, height: 700 });
          await page.emulateMedia({ reducedMotion: 'reduce' });
          return true;
        case 'visual:hover':
          await page.locator(payload.selector).hover({ position: payload.position, force: true });
          return true;
        case 'visual:mouse-move':
          await page.mouse.move(payload.x, payload.y);
          return true;
        case 'visual:press':
          await page.keyboard.press(payload.key);
          return true;
        case 'visual:match':
          return match(page, payload);
        default:
          throw new Error(`unknown command ${command}`);
      }
    },
  };
}
