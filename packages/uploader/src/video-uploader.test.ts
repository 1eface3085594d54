import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core';
import type { AxeResults, RunOptions } from 'axe-core';
import { addFault, resetOrigin } from '../../../test/browser/origin.ts';
import { createDirectUpload, serverUpload, sha256Hex, testFile } from '../../../test/browser/uploads.ts';
import './define.ts';
import type { UploaderErrorEvent } from './events.ts';
import type { VideoUploaderProgress } from './parts/progress.ts';
import type { VideoUploader } from './video-uploader.ts';
import { loadLocale } from './locales.ts';

declare global {
  interface Window {
    axe: { run(context: Element, options?: RunOptions): Promise<AxeResults> };
  }
}

const mounted: HTMLElement[] = [];

function mount(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  mounted.push(host);
  return host;
}

async function uploader(attributes = ''): Promise<VideoUploader> {
  const element = mount(`<video-uploader ${attributes}></video-uploader>`).querySelector('video-uploader')!;
  await element.updateComplete;
  return element;
}

const part = (element: Element, selector: string): HTMLElement | null =>
  element.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

/** Text of a part, looking through its own shadow root. */
const partText = (element: Element | null): string =>
  (element?.shadowRoot?.textContent ?? element?.textContent ?? '').replace(/\s+/g, ' ').trim();

const statusText = (element: VideoUploader): string => partText(part(element, 'video-uploader-status'));

const button = (element: VideoUploader, partName: string): HTMLButtonElement | null =>
  part(element, `[part='${partName}']`)?.shadowRoot?.querySelector('button') ?? null;

function next(element: Element, name: string): Promise<Event> {
  return new Promise((resolve) => element.addEventListener(name, resolve, { once: true }));
}

const nextError = (element: HTMLElement): Promise<UploaderErrorEvent> =>
  new Promise((resolve) => {
    element.addEventListener('uploaderror', resolve, { once: true });
  });

async function settled(element: VideoUploader): Promise<void> {
  await element.updateComplete;
  // Languages other than English arrive as their own chunk on first use.
  await loadLocale(element.resolvedLang);
  await element.updateComplete;
  for (const child of element.shadowRoot?.querySelectorAll('*') ?? []) {
    if ('updateComplete' in child) await (child as VideoUploader).updateComplete;
  }
}

async function expectAccessible(element: Element): Promise<void> {
  const results = await window.axe.run(element);
  const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
  expect(violations).to.deep.equal([]);
}

/** Chooses files through the real (hidden) file input. */
function choose(element: VideoUploader, ...files: File[]): void {
  const input = element.shadowRoot!.querySelector('input')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<video-uploader>', function () {
  this.timeout(30_000);

  beforeEach(async () => {
    await resetOrigin();
  });

  afterEach(() => {
    for (const host of mounted.splice(0)) host.remove();
  });

  it('renders labelled, accessible parts with no axe violations', async () => {
    const element = await uploader('endpoint="http://upload.localhost/x" pausable');
    await settled(element);
    expect(button(element, 'file-select')?.textContent.trim()).to.equal('Choose a file');
    expect(part(element, 'video-uploader-sr-text')?.shadowRoot?.querySelector('[role=status]')).to.exist;
    expect(element.accept).to.equal('video/*,audio/*');
    await expectAccessible(element);
  });

  it('uploads a chosen file and reports success with the server holding the same bytes', async () => {
    const { id, url } = await createDirectUpload();
    const element = await uploader(`endpoint="${url}" chunk-size="256"`);
    const seen: string[] = [];
    for (const name of ['file-ready', 'uploadstart', 'chunkattempt', 'chunksuccess', 'progress', 'success']) {
      element.addEventListener(name, () => seen.includes(name) || seen.push(name));
    }
    const file = testFile(700_000);
    const done = next(element, 'success');
    choose(element, file);
    await done;
    await settled(element);
    expect(seen).to.deep.equal(['file-ready', 'uploadstart', 'chunkattempt', 'progress', 'chunksuccess', 'success']);
    expect(statusText(element)).to.equal('clip.mp4 uploaded');
    expect(element.state).to.equal('success');
    expect(element.view.percent).to.equal(100);
    expect((await serverUpload(id)).sha256).to.equal(await sha256Hex(file));
    await expectAccessible(element);
  });

  it('calls an endpoint function per file', async () => {
    const element = await uploader('chunk-size="256"');
    const created: string[] = [];
    element.endpoint = async () => {
      const upload = await createDirectUpload();
      created.push(upload.id);
      return upload.url;
    };
    const done = next(element, 'success');
    element.addFiles([testFile(300_000, 'fn.mp4', 41)]);
    await done;
    expect(created).to.have.length(1);
    expect((await serverUpload(created[0]!)).complete).to.be.true;
  });

  describe('bad input', () => {
    async function refusal(element: VideoUploader, file: File): Promise<UploaderErrorEvent> {
      const failed = nextError(element);
      element.addFiles([file]);
      const event = await failed;
      await settled(element);
      return event;
    }

    it('explains a chunk-size that is not a multiple of 256', async () => {
      const element = await uploader('endpoint="http://upload.localhost/x" chunk-size="300"');
      const event = await refusal(element, testFile(1000));
      expect(event.detail.reason).to.equal('invalid-option');
      expect(statusText(element)).to.equal(
        'chunk-size="300" is invalid: it must be a multiple of 256 (KiB), such as 256.',
      );
      expect(element.state).to.equal('error');
      expect(button(element, 'pause')).to.equal(null);
    });

    it('explains a file over max-file-size', async () => {
      const element = await uploader('endpoint="http://upload.localhost/x" max-file-size="1"');
      const event = await refusal(element, testFile(5000));
      expect(event.detail.reason).to.equal('file-too-large');
      expect(statusText(element)).to.equal(
        'clip.mp4 is 5 kB, over the 1 kB limit (max-file-size). Choose a smaller file.',
      );
    });

    it('refuses a wrong type, also when dropped', async () => {
      const element = await uploader('endpoint="http://upload.localhost/x"');
      const drop = part(element, 'video-uploader-drop')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File(['x'], 'notes.txt', { type: 'text/plain' }));
      const failed = nextError(element);
      drop.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      expect((await failed).detail.reason).to.equal('file-type');
      await settled(element);
      expect(statusText(element)).to.equal(
        'notes.txt is not an accepted type (video/*,audio/*). Choose a video or audio file.',
      );
      expect(button(element, 'retry')).to.equal(null);
    });

    it('explains an endpoint that fails or gives no URL', async () => {
      const element = await uploader();
      element.endpoint = () => Promise.reject(new Error('401 Unauthorized'));
      await refusal(element, testFile(1000));
      expect(statusText(element)).to.equal(
        'Could not get an upload URL (401 Unauthorized). Retry, or reload the page.',
      );
      element.endpoint = () => Promise.resolve('');
      await refusal(element, testFile(1000));
      expect(statusText(element)).to.equal('The endpoint gave no upload URL. Check the function that creates uploads.');
    });

    it('explains a missing endpoint', async () => {
      const element = await uploader();
      await refusal(element, testFile(1000));
      expect(statusText(element)).to.equal('Nowhere to upload: set the endpoint attribute or property.');
    });

    it('stops on a 400 with the server reason and no spinner left behind', async () => {
      const { url } = await createDirectUpload();
      const element = await uploader(`endpoint="${url}" chunk-size="256" pausable`);
      await addFault({ host: 'upload', method: 'PUT', status: 400 });
      const event = await refusal(element, testFile(1000));
      expect(event.detail.error.details.status).to.equal(400);
      expect(statusText(element)).to.equal(
        'The server refused the upload (400 injected_fault). Nothing more was sent.',
      );
      expect(element.state).to.equal('error');
      expect(button(element, 'pause')).to.equal(null);
      expect(button(element, 'cancel')).to.equal(null);
      await expectAccessible(element);
    });
  });

  it('speaks the page language: fr, es, de', async () => {
    for (const [lang, label] of [
      ['fr', 'Choisir un fichier'],
      ['es', 'Elegir un archivo'],
      ['de', 'Datei auswählen'],
    ] as const) {
      const element = await uploader(`lang="${lang}"`);
      await settled(element);
      expect(button(element, 'file-select')?.textContent.trim()).to.equal(label);
    }
    const host = mount('<section lang="de-AT"><video-uploader></video-uploader></section>');
    const inherited = host.querySelector('video-uploader')!;
    await settled(inherited);
    expect(partText(part(inherited, 'video-uploader-drop')?.querySelector('[part=prompt]') ?? null)).to.equal(
      'Video- oder Audiodatei hier ablegen',
    );
  });

  it('pauses and resumes from the keyboard', async () => {
    const { id, url } = await createDirectUpload();
    const element = await uploader(`endpoint="${url}" chunk-size="256" pausable`);
    const file = testFile(1_500_000);
    // The server holds the first request, so the pause lands while the upload runs.
    await addFault({ host: 'upload', method: 'PUT', delayMs: 1000 });
    const pausedChanges: boolean[] = [];
    element.addEventListener('pausedchange', (event) => pausedChanges.push(event.detail));
    element.addFiles([file]);
    await settled(element);
    expect(element.state).to.equal('uploading');
    button(element, 'pause')!.focus();
    await sendKeys({ press: 'Enter' });
    await settled(element);
    expect(element.state).to.equal('paused');
    expect(button(element, 'pause')?.getAttribute('aria-pressed')).to.equal('true');
    expect(button(element, 'pause')?.textContent.trim()).to.equal('Resume');
    expect(statusText(element)).to.equal('Paused at 0%');
    const done = next(element, 'success');
    await sendKeys({ press: 'Space' });
    await done;
    expect(pausedChanges).to.deep.equal([true, false]);
    expect((await serverUpload(id)).sha256).to.equal(await sha256Hex(file));
  });

  it('retries a failed upload without restarting from zero', async () => {
    const { id, url } = await createDirectUpload();
    const element = await uploader(`endpoint="${url}" chunk-size="256"`);
    const file = testFile(1_000_000);
    let armed = true;
    // Pausing holds the upload still while the refusal is set up, so it hits the next request.
    element.addEventListener('chunksuccess', () => {
      if (!armed) return;
      armed = false;
      element.pause();
      void addFault({ host: 'upload', method: 'PUT', status: 403 }).then(() => {
        element.resume();
      });
    });
    const failed = next(element, 'uploaderror');
    element.addFiles([file]);
    await failed;
    await settled(element);
    const held = (await serverUpload(id)).received;
    expect(held).to.be.above(0);
    const starts: number[] = [];
    element.addEventListener('chunkattempt', (event) => starts.push(event.detail.start));
    const done = next(element, 'success');
    button(element, 'retry')!.click();
    await done;
    expect(starts[0]).to.equal(held);
    expect((await serverUpload(id)).sha256).to.equal(await sha256Hex(file));
  });

  it('works with parts outside the element, linked by id', async () => {
    const { url } = await createDirectUpload();
    const host = mount(`
      <video-uploader id="outside" endpoint="${url}" chunk-size="256" no-status no-progress no-drop></video-uploader>
      <video-uploader-progress uploader="outside" type="radial"></video-uploader-progress>
      <video-uploader-progress uploader="outside" type="percentage"></video-uploader-progress>
      <video-uploader-status uploader="outside"></video-uploader-status>`);
    const element = host.querySelector('video-uploader')!;
    await settled(element);
    expect(part(element, 'video-uploader-status')).to.equal(null);
    const done = next(element, 'success');
    element.addFiles([testFile(400_000)]);
    await done;
    const status = host.querySelector('video-uploader-status')!;
    const percentage = host.querySelector<VideoUploaderProgress>('video-uploader-progress[type=percentage]')!;
    await status.updateComplete;
    await percentage.updateComplete;
    expect(partText(status)).to.equal('clip.mp4 uploaded');
    expect(partText(percentage)).to.equal('100%');
    const radial = host.querySelector('video-uploader-progress[type=radial]')!.shadowRoot!;
    expect(radial.querySelector('[role=progressbar]')?.getAttribute('aria-valuenow')).to.equal('100');
    await expectAccessible(host);
  });

  it('uploads several files with multiple, at most `concurrency` at once', async () => {
    const element = await uploader('multiple concurrency="2" chunk-size="256"');
    let running = 0;
    let peak = 0;
    element.endpoint = async () => (await createDirectUpload()).url;
    element.addEventListener('uploadstart', () => (peak = Math.max(peak, ++running)));
    let successes = 0;
    const allDone = new Promise<void>((resolve) =>
      element.addEventListener('success', () => {
        running -= 1;
        if (++successes === 3) resolve();
      }),
    );
    element.addFiles([testFile(300_000, 'a.mp4', 1), testFile(300_000, 'b.mp4', 2), testFile(300_000, 'c.mp4', 3)]);
    await allDone;
    await settled(element);
    expect(peak).to.be.at.most(2);
    const items = [...(element.shadowRoot?.querySelectorAll('[part~=item]') ?? [])].map((item) => partText(item));
    expect(items).to.deep.equal(['a.mp4100%', 'b.mp4100%', 'c.mp4100%']);
  });

  it('aborts its uploads when removed', async () => {
    const { id, url } = await createDirectUpload();
    const element = await uploader(`endpoint="${url}" chunk-size="256"`);
    const cancelled = next(element, 'cancel');
    element.addFiles([testFile(2_000_000)]);
    element.remove();
    await cancelled;
    expect(element.view.canCancel).to.be.false;
    expect(element.view.phase).to.equal('cancelled');
    expect((await serverUpload(id)).complete).to.be.false;
  });
});
