import { expect } from '@esm-bundle/chai';
import { originUrl } from '../../../test/browser/origin.ts';
import { keptSheets, loadSheet, MAX_SHEETS } from './sheets.ts';

// One real sheet under as many URLs as a page of many videos would ask for.
const sheetUrl = (n: number): string => originUrl('image', `/vod/storyboard.jpg?sheet-test=${String(n)}`);

describe('storyboard sheets', () => {
  it(`keeps at most ${String(MAX_SHEETS)} decoded sheets however many storyboards a page shows`, async () => {
    const urls = Array.from({ length: MAX_SHEETS + 4 }, (_, n) => sheetUrl(n));
    for (const url of urls) {
      const image = await loadSheet(url);
      expect(image.naturalWidth).to.be.greaterThan(0);
    }
    expect(keptSheets()).to.equal(MAX_SHEETS);
  });

  it('shares a sheet between previews and keeps the one asked for last', async () => {
    const first = sheetUrl(100);
    const shared = loadSheet(first);
    expect(loadSheet(first)).to.equal(shared);
    for (let n = 101; n < 101 + MAX_SHEETS - 1; n++) await loadSheet(sheetUrl(n));
    // Asked for again, the first is the most recent: the next new sheet pushes out another.
    expect(loadSheet(first)).to.equal(shared);
    await loadSheet(sheetUrl(200));
    expect(loadSheet(first)).to.equal(shared);
    expect(keptSheets()).to.equal(MAX_SHEETS);
  });
});
