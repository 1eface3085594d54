import { expect } from '@esm-bundle/chai';
import { UploadError } from './transport/errors.ts';
import type { UploadState } from './transport/upload.ts';
import type { QueueItem } from './upload-queue.ts';
import { computeView, type ViewInput } from './uploader-view.ts';
import { loadLocale, SUPPORTED_LANGUAGES } from './locales.ts';

const noop = (): void => undefined;

const item = (
  patch: Partial<QueueItem> & { size?: number; loaded?: number; rate?: number; state?: UploadState },
): QueueItem => {
  const size = patch.size ?? 1000;
  const state = patch.state ?? 'uploading';
  return {
    id: 1,
    file: new File(['x'.repeat(size)], patch.file?.name ?? 'clip.mp4', { type: 'video/mp4' }),
    status: 'uploading',
    progress: { loaded: patch.loaded ?? 0, total: size, percent: 0, rate: patch.rate ?? 0, eta: null },
    error: null,
    resumedFrom: 0,
    upload: { pause: noop, resume: noop, cancel: noop, retry: noop, state },
    ...patch,
  };
};

const input = (items: QueueItem[], patch: Partial<ViewInput> = {}): ViewInput => ({
  items,
  lang: 'en',
  offline: false,
  multiple: false,
  pausable: true,
  retryable: true,
  ...patch,
});

describe('computeView', () => {
  before(() => Promise.all(SUPPORTED_LANGUAGES.map(loadLocale)));

  it('is idle with nothing queued', () => {
    const view = computeView(input([]));
    expect(view.phase).to.equal('idle');
    expect(view.message).to.equal('');
    expect(view.canSelect).to.be.true;
    expect(view.canCancel).to.be.false;
  });

  it('announces progress in steps of ten percent, with the ETA, and shows the figure the bar shows', () => {
    const view = computeView(input([item({ loaded: 437, rate: 10 })]));
    expect(view.phase).to.equal('uploading');
    expect(view.percent).to.be.closeTo(43.7, 0.01);
    expect(view.announcement).to.equal('Uploading clip.mp4: 40%, 60 seconds left');
    expect(view.message).to.equal('Uploading clip.mp4: 44%, 60 seconds left');
    expect(view.canSelect).to.be.false;
  });

  it('never shows a figure below the bar at the start of an upload', () => {
    const view = computeView(input([item({ loaded: 20 })]));
    expect(view.message).to.equal('Uploading clip.mp4: 2%');
    expect(view.announcement).to.equal('Uploading clip.mp4: 0%');
  });

  it('says it resumes where the server stopped', () => {
    const view = computeView(input([item({ loaded: 500, resumedFrom: 500 })], { lang: 'fr' }));
    // French puts a no-break space before the percent sign.
    expect(view.message.replace(/\s/g, ' ')).to.equal('Reprise de clip.mp4 à 50 %');
  });

  it('reports pause, offline and cancel', () => {
    expect(computeView(input([item({ status: 'paused', loaded: 250 })])).message).to.equal('Paused at 25%');
    expect(computeView(input([item({ loaded: 250 })], { offline: true })).phase).to.equal('offline');
    expect(computeView(input([item({ status: 'cancelled' })])).message).to.equal('Upload cancelled');
  });

  it('shows the error in words and offers retry only for uploads that can continue', () => {
    const failed = item({ status: 'error', state: 'failed', error: new UploadError('rejected', 'x', { status: 410 }) });
    const view = computeView(input([failed], { lang: 'de' }));
    expect(view.phase).to.equal('error');
    expect(view.message).to.equal(
      'Dieser Upload-Link ist abgelaufen. Wählen Sie die Datei erneut, um neu zu beginnen.',
    );
    expect(view.canRetry).to.be.true;
    expect(computeView(input([failed], { retryable: false })).canRetry).to.be.false;
    const refused = item({
      status: 'error',
      upload: null,
      error: new UploadError('file-type', 'x', { value: 'video/*' }),
    });
    expect(computeView(input([refused])).canRetry).to.be.false;
  });

  it('is 100% on success', () => {
    const view = computeView(input([item({ status: 'success', loaded: 1000 })]));
    expect(view.percent).to.equal(100);
    expect(view.message).to.equal('clip.mp4 uploaded');
  });

  it('adds up a batch and keeps selecting open with multiple', () => {
    const view = computeView(
      input([item({ loaded: 1000, status: 'success' }), item({ loaded: 0, size: 3000 })], { multiple: true }),
    );
    expect(view.percent).to.equal(25);
    expect(view.canSelect).to.be.true;
  });
});
