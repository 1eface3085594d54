import { expect } from '@esm-bundle/chai';
import { UploadError } from './transport/errors.ts';
import type { UploadState } from './transport/upload.ts';
import { UploadQueue, type QueueItem, type UploadControl } from './upload-queue.ts';

class FakeUpload implements UploadControl {
  state: UploadState = 'uploading';
  calls: string[] = [];
  pause(): void {
    this.calls.push('pause');
  }
  resume(): void {
    this.calls.push('resume');
  }
  cancel(options?: { keepResumable?: boolean }): void {
    this.calls.push(options?.keepResumable ? 'cancel-keep' : 'cancel');
    this.state = 'cancelled';
  }
  retry(): void {
    this.calls.push('retry');
    this.state = 'uploading';
  }
}

const file = (name: string): File => new File(['x'], name, { type: 'video/mp4' });

function setup(concurrency = 2): { queue: UploadQueue; started: Map<QueueItem, FakeUpload>; changes: () => number } {
  const started = new Map<QueueItem, FakeUpload>();
  let changes = 0;
  const queue = new UploadQueue(
    (item) => {
      const upload = new FakeUpload();
      started.set(item, upload);
      return upload;
    },
    () => (changes += 1),
    concurrency,
  );
  return { queue, started, changes: () => changes };
}

describe('UploadQueue', () => {
  it('runs at most `concurrency` uploads and starts the next when one ends', () => {
    const { queue, started } = setup(2);
    const [a, b, c] = ['a', 'b', 'c'].map((name) => queue.add(file(name)));
    expect([a, b, c].map((item) => item?.status)).to.deep.equal(['uploading', 'uploading', 'queued']);
    queue.settle(a!, { status: 'success' });
    expect(c?.status).to.equal('uploading');
    expect(started.size).to.equal(3);
  });

  it('pauses and resumes the running uploads, and starts nothing while paused', () => {
    const { queue, started } = setup(1);
    const a = queue.add(file('a'));
    const b = queue.add(file('b'));
    queue.pause();
    expect(a.status).to.equal('paused');
    expect(started.get(a)?.calls).to.deep.equal(['pause']);
    queue.settle(a, { status: 'success' });
    expect(b.status).to.equal('queued');
    queue.resume();
    expect(b.status).to.equal('uploading');
  });

  it('cancels every unfinished upload and reports them', () => {
    const { queue, started } = setup(1);
    const a = queue.add(file('a'));
    const b = queue.add(file('b'));
    const cancelled = queue.cancel({ keepResumable: true });
    expect(cancelled).to.deep.equal([a, b]);
    expect(started.get(a)?.calls).to.deep.equal(['cancel-keep']);
    expect([a.status, b.status]).to.deep.equal(['cancelled', 'cancelled']);
    queue.settle(a, { status: 'success' });
    expect(a.status).to.equal('cancelled');
  });

  it('retries failed uploads through the same upload (resume, not restart)', () => {
    const { queue, started } = setup(1);
    const a = queue.add(file('a'));
    const upload = started.get(a)!;
    upload.state = 'failed';
    queue.settle(a, { status: 'error', error: new UploadError('attempts-exhausted', 'x') });
    expect(queue.retry()).to.deep.equal([a]);
    expect(upload.calls).to.deep.equal(['retry']);
    expect(a.status).to.equal('uploading');
    expect(a.error).to.equal(null);
  });

  it('lists refused files without starting them, and never retries them', () => {
    const { queue, started } = setup();
    const refused = queue.addRejected(file('a.png'), new UploadError('file-type', 'x'));
    expect(refused.status).to.equal('error');
    expect(started.size).to.equal(0);
    expect(queue.retry()).to.be.empty;
  });

  it('marks an upload that fails to start as an error', () => {
    const queue = new UploadQueue(
      () => {
        throw new UploadError('invalid-option', 'chunkSize 300 is invalid', { option: 'chunkSize', value: 300 });
      },
      () => undefined,
    );
    const item = queue.add(file('a'));
    expect(item.status).to.equal('error');
    expect(item.error?.reason).to.equal('invalid-option');
  });

  it('clears finished items', () => {
    const { queue, changes } = setup();
    const a = queue.add(file('a'));
    queue.add(file('b'));
    queue.settle(a, { status: 'success' });
    queue.clearFinished();
    expect(queue.items.map((item) => item.file.name)).to.deep.equal(['b']);
    expect(changes()).to.be.above(0);
  });
});
