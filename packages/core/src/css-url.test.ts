import { expect } from '@esm-bundle/chai';
import { cssUrl } from './css-url.ts';

const HOSTILE = [
  'x");position:fixed;inset:0;z-index:2147483647;background:url(http://evil.invalid/pwn.png) red;x:("',
  "x');position:fixed;x:('",
  'x"\nposition:fixed',
  'x\r);position:fixed;(',
  'x\f"position:fixed',
  'x\\");position:fixed;("',
  'x\u0000")',
  'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"/>',
];

describe('cssUrl', () => {
  for (const url of HOSTILE) {
    it(`keeps ${JSON.stringify(url)} one URL of one declaration`, () => {
      const box = document.createElement('div');
      box.setAttribute('style', `background-image: ${cssUrl(url)}; color: rgb(1, 2, 3)`);
      // Parsed as a whole style attribute (the server-rendered case): nothing else was declared.
      expect([...box.style].sort())
        .to.include('background-image')
        .and.include('color');
      expect(box.style.position).to.equal('');
      expect(box.style.zIndex).to.equal('');
      expect(box.style.color).to.equal('rgb(1, 2, 3)');
      const image = box.style.backgroundImage;
      expect(image.startsWith('url(')).to.equal(true);
      // The URL read back is the one given (NUL becomes U+FFFD, as CSS requires).
      const read = /^url\("(.*)"\)$/s.exec(image)?.[1] ?? '';
      const unescaped = read.replace(/\\(?:([\da-f]{1,6}) ?|(.))/gis, (_, hex?: string, char?: string) =>
        hex ? String.fromCodePoint(parseInt(hex, 16)) : (char ?? ''),
      );
      expect(unescaped).to.equal(url.replace('\u0000', '\ufffd'));
    });
  }
});
