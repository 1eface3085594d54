/**
 * Mux Uploader 1.5's part tests (`uploader-drop.test.js`, `file-select.test.js`,
 * `pause.test.js`, `sr-text.test.js` in muxinc/elements), one test here per test there with
 * the same names, tags renamed (`mux-uploader-*` → `video-uploader-*`), against the origin;
 * then Mux Uploader behaviour its tests do not cover (state attributes on parts, the file
 * select's default slot).
 */
import { expect } from '@esm-bundle/chai';
import { addFault } from '../../../../test/browser/origin.ts';
import { createDirectUpload } from '../../../../test/browser/uploads.ts';
import { loadLocale, translate } from '../../src/locales.ts';
import type { VideoUploaderDrop } from '../../src/parts/drop.ts';
import type { VideoUploader } from '../../src/video-uploader.ts';
import {
  fileReady,
  fixture,
  fooFile,
  freshOrigin,
  oneEvent,
  settleUploader,
  shadowPart,
  textOf,
  unmountAll,
} from './mux-uploader-harness.ts';

const LOCALES = [
  ['English', null],
  ['Spanish', 'es'],
  ['French', 'fr'],
] as const;
const when = (locale: string | null): string =>
  locale ? `when locale is set to ${locale}` : 'when no locale is specified';

/** A drag carries files in a real browser; ours ignores drags without any (text, links). */
function dragWithFile(type: string, file = fooFile()): DragEvent {
  const dataTransfer = new DataTransfer();
  dataTransfer.items.add(file);
  return new DragEvent(type, { composed: true, bubbles: true, cancelable: true, dataTransfer });
}

const dropFixture = `<video-uploader-drop mux-uploader="my-uploader">
  <video-uploader id="my-uploader" endpoint="ENDPOINT"></video-uploader>
</video-uploader-drop>`;

describe('<mux-uploader-drop> as <video-uploader-drop>', function () {
  this.timeout(30_000);
  beforeEach(freshOrigin);
  afterEach(unmountAll);

  it('adds and removes active attribute on drag events', async () => {
    const drop = await fixture<VideoUploaderDrop>(dropFixture.replace('ENDPOINT', 'https://example.com/u'));
    drop.dispatchEvent(dragWithFile('dragenter'));
    await drop.updateComplete;
    expect(drop.hasAttribute('active')).to.be.true;
    drop.dispatchEvent(new DragEvent('dragleave', { composed: true, bubbles: true }));
    await drop.updateComplete;
    expect(drop.hasAttribute('active')).to.be.false;
  });

  it('fires a file-ready event when a file is dropped', async () => {
    const { url } = await createDirectUpload();
    const drop = await fixture<VideoUploaderDrop>(dropFixture.replace('ENDPOINT', url));
    const uploader = drop.querySelector('video-uploader')!;
    const file = fooFile();
    const ready = oneEvent<CustomEvent<File>>(drop, 'file-ready');
    drop.dispatchEvent(dragWithFile('drop', file));
    expect((await ready).detail).to.equal(file);
    await uploader.updateComplete;
    // Mux sets the state attributes on its parts too; ours keeps them on the uploader.
    expect(uploader.hasAttribute('upload-in-progress') || uploader.hasAttribute('upload-complete')).to.be.true;
  });

  it('shows its overlay with overlay-text while a file is dragged over', async () => {
    const drop = await fixture<VideoUploaderDrop>(
      `<video-uploader-drop overlay overlay-text="Drop it" mux-uploader="u"><video-uploader id="u"></video-uploader></video-uploader-drop>`,
    );
    expect(drop.shadowRoot?.querySelector("[part='overlay']")).to.equal(null);
    drop.dispatchEvent(dragWithFile('dragover'));
    await drop.updateComplete;
    expect(drop.shadowRoot?.querySelector("[part='overlay']")?.textContent).to.equal('Drop it');
  });

  describe('translations', () => {
    for (const [name, locale] of LOCALES) {
      it(`displays ${name} text ${when(locale)}`, async () => {
        const uploader = await fixture<VideoUploader>(
          `<video-uploader endpoint="https://example.com/u" ${locale ? `locale="${locale}"` : ''}></video-uploader>`,
        );
        await settleUploader(uploader);
        expect(shadowPart(uploader, "[part='prompt']")?.textContent).to.equal(translate(locale ?? 'en', 'dropPrompt'));
        expect(shadowPart(uploader, "[part='or']")?.textContent).to.equal(translate(locale ?? 'en', 'or'));
      });
    }
  });
});

describe('<mux-uploader-file-select> as <video-uploader-file-select>', function () {
  this.timeout(30_000);
  afterEach(unmountAll);

  const selectButton = (uploader: VideoUploader): HTMLButtonElement | null =>
    shadowPart(uploader, 'video-uploader-file-select')?.shadowRoot?.querySelector('button') ?? null;

  it('renders default template', async () => {
    const uploader = await fixture<VideoUploader>('<video-uploader endpoint="https://example.com/u"></video-uploader>');
    expect(shadowPart(uploader, 'slot[name="file-select"]')).to.exist;
    expect(selectButton(uploader)?.textContent.trim()).to.equal(translate('en', 'selectFile'));
  });

  const customButton = `<video-uploader endpoint="https://example.com/u">
    <button class="btn" type="button" slot="file-select">Upload a video</button>
  </video-uploader>`;

  it('slots custom content as expected', async () => {
    const uploader = await fixture<VideoUploader>(customButton);
    const slot = shadowPart(uploader, 'slot[name="file-select"]') as HTMLSlotElement;
    const button = slot.assignedElements()[0];
    expect(button?.getAttribute('class')).to.equal('btn');
    expect(button?.textContent).to.equal('Upload a video');
  });

  it('propagates click events to hidden file input', async () => {
    const uploader = await fixture<VideoUploader>(customButton);
    const input = shadowPart(uploader, 'input[type="file"]')!;
    // Stops the real picker from opening in the test browser.
    input.addEventListener('click', (event) => event.preventDefault());
    const clicked = oneEvent(input, 'click');
    uploader.querySelector('button')!.click();
    expect((await clicked).type).to.equal('click');
  });

  describe('translations', () => {
    for (const [name, locale] of LOCALES) {
      const what = locale
        ? `displays ${name} text ${when(locale)}`
        : 'uses default locale (English) when no locale is specified';
      it(what, async () => {
        const uploader = await fixture<VideoUploader>(
          `<video-uploader endpoint="https://example.com/u" ${locale ? `locale="${locale}"` : ''}></video-uploader>`,
        );
        await settleUploader(uploader);
        expect(selectButton(uploader)?.textContent.trim()).to.equal(translate(locale ?? 'en', 'selectFile'));
      });
    }

    it('preserves custom button text when locale changes', async () => {
      const uploader = await fixture<VideoUploader>(customButton);
      uploader.setAttribute('locale', 'es');
      await loadLocale('es');
      await settleUploader(uploader);
      expect(uploader.querySelector('button')?.textContent).to.equal('Upload a video');
    });
  });
});

describe('<mux-uploader-pause> as <video-uploader-pause>', function () {
  this.timeout(30_000);
  beforeEach(freshOrigin);
  afterEach(unmountAll);

  for (const [name, locale] of [['', null], ...LOCALES.slice(1)] as const) {
    const title = name
      ? `displays ${name} pause text ${when(locale)}`
      : 'displays pause button when upload is in progress';
    it(title, async () => {
      const { url } = await createDirectUpload();
      // Holds the first chunk, so the upload is in progress while the test looks.
      await addFault({ host: 'upload', method: 'PUT', delayMs: 800 });
      const uploader = await fixture<VideoUploader>(
        `<video-uploader endpoint="${url}" pausable ${locale ? `locale="${locale}"` : ''}></video-uploader>`,
      );
      const started = oneEvent(uploader, 'uploadstart');
      fileReady(uploader, fooFile());
      await started;
      await settleUploader(uploader);
      const button = shadowPart(uploader, 'video-uploader-pause')?.shadowRoot?.querySelector('button');
      expect(button?.textContent.trim()).to.equal(translate(locale ?? 'en', 'pause'));
      button?.click();
      expect(uploader.paused).to.be.true;
      await oneEvent(uploader, 'chunksuccess').catch(() => undefined);
    });
  }
});

describe('<mux-uploader-sr-text> as <video-uploader-sr-text>', function () {
  this.timeout(30_000);
  beforeEach(freshOrigin);
  afterEach(unmountAll);

  const srText = (uploader: Element): HTMLElement | null =>
    shadowPart(uploader, 'video-uploader-sr-text')?.shadowRoot?.querySelector('[role=status]') ?? null;

  // Mux's says "Upload complete!"; ours is the status line, which names the file.
  for (const [name, locale] of [['', null], ...LOCALES.slice(1)] as const) {
    const title = name ? `displays ${name} success message ${when(locale)}` : 'updates with success message on success';
    it(title, async () => {
      const { url } = await createDirectUpload();
      const uploader = await fixture<VideoUploader>(
        `<video-uploader endpoint="${url}" ${locale ? `locale="${locale}"` : ''}></video-uploader>`,
      );
      await loadLocale(locale ?? 'en');
      const success = oneEvent(uploader, 'success');
      fileReady(uploader, fooFile());
      await success;
      await settleUploader(uploader);
      expect(srText(uploader)?.getAttribute('aria-live')).to.equal('polite');
      expect(textOf(srText(uploader))).to.equal(translate(locale ?? 'en', 'success', { name: 'foo.mp4' }));
    });
  }

  it('is visually hidden, the only live region, and stays with no-status', async () => {
    const { url } = await createDirectUpload();
    const uploader = await fixture<VideoUploader>(`<video-uploader endpoint="${url}" no-status></video-uploader>`);
    await settleUploader(uploader);
    const part = shadowPart(uploader, 'video-uploader-sr-text')!;
    const box = part.getBoundingClientRect();
    expect(box.width * box.height).to.be.at.most(1);
    uploader.noStatus = false;
    await settleUploader(uploader);
    const status = shadowPart(uploader, 'video-uploader-status');
    expect(status?.shadowRoot?.querySelector('[aria-live], [role=status]')).to.equal(null);
    const error = oneEvent(uploader, 'uploaderror');
    uploader.endpoint = undefined;
    fileReady(uploader, fooFile());
    await error;
    await settleUploader(uploader);
    expect(textOf(srText(uploader))).to.equal(textOf(status?.shadowRoot?.querySelector('[part=message]') ?? null));
  });
});

describe('Mux Uploader state attributes on every part', function () {
  this.timeout(30_000);
  beforeEach(freshOrigin);
  afterEach(unmountAll);

  const PARTS = ['video-uploader-drop', 'video-uploader-file-select', 'video-uploader-status', 'video-uploader-retry'];
  const states = (uploader: Element): string[][] =>
    PARTS.map((tag) =>
      ['file-ready', 'upload-in-progress', 'upload-complete', 'upload-error'].filter((name) =>
        shadowPart(uploader, tag)?.hasAttribute(name),
      ),
    );

  it('mirrors file-ready, upload-in-progress and upload-complete from the uploader', async () => {
    const { url } = await createDirectUpload();
    await addFault({ host: 'upload', method: 'PUT', delayMs: 800 });
    const uploader = await fixture<VideoUploader>(`<video-uploader endpoint="${url}"></video-uploader>`);
    await settleUploader(uploader);
    expect(states(uploader)).to.deep.equal(PARTS.map(() => []));
    const started = oneEvent(uploader, 'uploadstart');
    const success = oneEvent(uploader, 'success');
    fileReady(uploader, fooFile());
    await started;
    await settleUploader(uploader);
    expect(states(uploader)).to.deep.equal(PARTS.map(() => ['file-ready', 'upload-in-progress']));
    await success;
    await settleUploader(uploader);
    expect(states(uploader)).to.deep.equal(PARTS.map(() => ['file-ready', 'upload-complete']));
  });

  it('mirrors upload-error, and clears them all on reset', async () => {
    const uploader = await fixture<VideoUploader>('<video-uploader></video-uploader>');
    const error = oneEvent(uploader, 'uploaderror');
    fileReady(uploader, fooFile());
    await error;
    await settleUploader(uploader);
    expect(states(uploader)).to.deep.equal(PARTS.map(() => ['file-ready', 'upload-error']));
    uploader.dispatchEvent(new CustomEvent('reset'));
    await settleUploader(uploader);
    expect(states(uploader)).to.deep.equal(PARTS.map(() => []));
  });
});

describe('<mux-uploader-file-select> default slot', function () {
  this.timeout(30_000);
  afterEach(unmountAll);

  it('replaces the button with slotted content, which opens the picker', async () => {
    const uploader = await fixture<VideoUploader>(`<video-uploader id="picker-host" endpoint="https://example.com/u">
      <video-uploader-file-select uploader="picker-host"><span class="pick" tabindex="0">Pick a clip</span></video-uploader-file-select>
    </video-uploader>`);
    await settleUploader(uploader);
    const select = uploader.querySelector('video-uploader-file-select')!;
    const slot = select.shadowRoot?.querySelector('slot');
    expect(slot?.assignedElements()[0]?.className).to.equal('pick');
    const input = shadowPart(uploader, 'input[type="file"]')!;
    input.addEventListener('click', (event) => event.preventDefault());
    const clicked = oneEvent(input, 'click');
    select.querySelector('span')!.click();
    expect((await clicked).type).to.equal('click');
  });
});
