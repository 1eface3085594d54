/**
 * What a person uploading sees, state by state: `<video-uploader>` against the origin's real
 * direct uploads, each state held on a concrete condition (a chunk the origin holds, a pause
 * between chunks) so the bar and the texts are the same on every run.
 */
import { expect } from '@esm-bundle/chai';
import '../../packages/uploader/src/define.ts';
import { loadLocale } from '../../packages/uploader/src/locales.ts';
import type { VideoUploader } from '../../packages/uploader/src/video-uploader.ts';
import { addFault, resetOrigin } from '../browser/origin.ts';
import { until } from '../browser/player.ts';
import { createDirectUpload, testBytes } from '../browser/uploads.ts';
import { describeVisual, expectScreenshot } from './visual.ts';

const CHUNK = 256 * 1024;
/** Four chunks: one chunk is 25 %, a figure every text rounds the same way. */
const FOUR_CHUNKS = 4 * CHUNK;

let mounted: VideoUploader | undefined;

async function mountUploader(endpoint: string): Promise<VideoUploader> {
  const uploader = document.createElement('video-uploader');
  uploader.setAttribute('endpoint', endpoint);
  uploader.setAttribute('chunk-size', '256');
  uploader.toggleAttribute('pausable', true);
  uploader.style.width = '480px';
  uploader.style.padding = '16px';
  uploader.style.background = '#fff';
  document.body.append(uploader);
  mounted = uploader;
  await settle(uploader);
  return uploader;
}

/** Every part updated, its locale loaded, and two frames painted. */
async function settle(uploader: VideoUploader): Promise<void> {
  await loadLocale(uploader.resolvedLang);
  for (let round = 0; round < 3; round += 1) {
    const parts = [...(uploader.shadowRoot?.querySelectorAll('*') ?? [])] as Partial<VideoUploader>[];
    await Promise.all([uploader.updateComplete, ...parts.map((part) => part.updateComplete ?? true)]);
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

const file = (size: number): File => new File([testBytes(size)], 'holiday.mp4', { type: 'video/mp4' });

async function cleanUp(): Promise<void> {
  mounted?.remove();
  mounted = undefined;
  // Forgets the chunk a test held, so it never answers into the next test.
  await resetOrigin();
}

describeVisual('visual: <video-uploader>', cleanUp, () => {
  beforeEach(resetOrigin);

  it('idle', async () => {
    await mountUploader((await createDirectUpload()).url);
    await expectScreenshot('uploader-idle', 'video-uploader');
  });

  it('a file dragged over the drop zone', async () => {
    const uploader = await mountUploader((await createDirectUpload()).url);
    const drop = uploader.shadowRoot?.querySelector<HTMLElement & { active: boolean }>('video-uploader-drop');
    if (!drop) throw new Error('no drop zone');
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(file(16));
    drop.dispatchEvent(new DragEvent('dragenter', { dataTransfer, bubbles: true, cancelable: true, composed: true }));
    await until(() => drop.active, 'the drop zone to show the drag');
    await settle(uploader);
    await expectScreenshot('uploader-dragging', 'video-uploader');
  });

  it('uploading: the first chunk sent, its answer held by the origin', async () => {
    await addFault({ host: 'upload', method: 'PUT', delayMs: 20_000, times: 1 });
    const uploader = await mountUploader((await createDirectUpload()).url);
    uploader.addFiles([file(FOUR_CHUNKS)]);
    await until(() => uploader.view.phase === 'uploading' && uploader.view.percent === 25, 'one chunk sent');
    await settle(uploader);
    // The line under the bar says the bar's figure; only the live region counts in tens.
    expect(uploader.view.message).to.equal('Uploading holiday.mp4: 25%');
    expect(uploader.view.announcement).to.equal('Uploading holiday.mp4: 20%');
    const spoken = uploader.shadowRoot?.querySelector('video-uploader-sr-text')?.shadowRoot?.textContent.trim();
    expect(spoken).to.equal('Uploading holiday.mp4: 20%');
    await expectScreenshot('uploader-uploading', 'video-uploader');
  });

  it('paused between chunks', async () => {
    const uploader = await mountUploader((await createDirectUpload()).url);
    uploader.addEventListener('chunksuccess', () => uploader.pause(), { once: true });
    uploader.addFiles([file(FOUR_CHUNKS)]);
    await until(() => uploader.view.phase === 'paused', 'the pause');
    expect(uploader.view.percent).to.equal(25);
    await settle(uploader);
    await expectScreenshot('uploader-paused', 'video-uploader');
  });

  it('error: the upload URL refuses the file', async () => {
    await addFault({ host: 'upload', method: 'PUT', status: 403 });
    const uploader = await mountUploader((await createDirectUpload()).url);
    uploader.addFiles([file(CHUNK)]);
    await until(() => uploader.view.phase === 'error', 'the error');
    await settle(uploader);
    await expectScreenshot('uploader-error', 'video-uploader');
  });

  it('success', async () => {
    const uploader = await mountUploader((await createDirectUpload()).url);
    uploader.addFiles([file(CHUNK)]);
    await until(() => uploader.view.phase === 'success', 'the upload to complete');
    await settle(uploader);
    await expectScreenshot('uploader-success', 'video-uploader');
  });
});
