import { expect } from '@esm-bundle/chai';
import { addFault, originUrl, resetOrigin } from '../../../../test/browser/origin.ts';
import { videokitClient } from '../../../../test/browser/upload-clients.ts';
import { SCENARIOS, describeOutcome, runScenario } from '../../../../test/browser/upload-scenarios.ts';
import {
  createDirectUpload,
  heapUsed,
  regexpEscape,
  respondOnce,
  serverUpload,
  sha256Hex,
  testBytes,
  testFile,
  unrouteAll,
} from '../../../../test/browser/uploads.ts';
import { UploadError } from './errors.ts';
import { RESUME_KEY_PREFIX } from './resume-store.ts';
import { createUpload, type Upload } from './upload.ts';
import type { UploadEventMap } from './upload-events.ts';

/** Resolves with the upload's end: its `success` detail, or the `error` detail. */
function finished(upload: Upload): Promise<{ ok: true } | { ok: false; error: UploadError }> {
  return new Promise((resolve) => {
    upload.on('success', () => {
      resolve({ ok: true });
    });
    upload.on('error', (event) => {
      resolve({ ok: false, error: event.detail.error });
    });
  });
}

function clearResumeEntries(storage: Storage): void {
  for (const key of Object.keys(storage)) if (key.startsWith(RESUME_KEY_PREFIX)) storage.removeItem(key);
}

describe('createUpload against the origin', function () {
  this.timeout(60_000);

  beforeEach(async () => {
    await resetOrigin();
    await unrouteAll();
  });

  describe('fault scenarios end byte-identical with one success', () => {
    // Requests abandoned mid-flight while the origin held them (a delay fault) reach its
    // offset check only after the retry went through, and are refused there: that refusal is
    // the stale request's, not a chunk sent under a wrong range.
    const abandonsHeldRequest = new Set([
      'offline then online mid-chunk',
      'pause and resume mid-chunk',
      'abort mid-chunk, then a new upload',
      'abort mid-chunk, then resume',
    ]);

    for (const scenario of SCENARIOS.filter((s) => s.name !== '400 on a chunk')) {
      it(scenario.name, async () => {
        const outcome = await runScenario(videokitClient, scenario);
        const summary = describeOutcome(outcome);
        expect(outcome.settled, summary).to.equal('success');
        expect(outcome.successEvents, summary).to.equal(1);
        expect(outcome.errorEvents, summary).to.equal(0);
        expect(outcome.byteIdentical, summary).to.be.true;
        expect(outcome.progressWentBackwards, summary).to.be.false;
        expect(outcome.server.rejected, summary).to.be.at.most(abandonsHeldRequest.has(scenario.name) ? 1 : 0);
      });
    }

    it('400 on a chunk stops with the reason and sends nothing more', async () => {
      const scenario = SCENARIOS.find((s) => s.name === '400 on a chunk');
      const outcome = await runScenario(videokitClient, scenario!);
      const summary = describeOutcome(outcome);
      expect(outcome.settled, summary).to.equal('error');
      expect(outcome.successEvents, summary).to.equal(0);
      expect(outcome.errorEvents, summary).to.equal(1);
      expect(outcome.error, summary).to.match(/responded with 400 \(injected_fault\) to bytes 786432-1048575/);
      expect(outcome.server.received, summary).to.equal(3 * 262_144);
      expect(outcome.server.rejected, summary).to.equal(0);
    });
  });

  it('uploads a file whose server SHA-256 equals its own, with the events in order', async () => {
    const { id, url } = await createDirectUpload();
    const file = testFile(1_500_000);
    const upload = createUpload({ endpoint: url, file, chunkSize: 256 });
    const seen: string[] = [];
    const percents: number[] = [];
    let start: UploadEventMap['start']['detail'] | undefined;
    upload.on('start', (event) => {
      start = event.detail;
      seen.push('start');
    });
    upload.on('attempt', () => seen.push('attempt'));
    upload.on('chunkSuccess', () => seen.push('chunkSuccess'));
    upload.on('progress', (event) => percents.push(event.detail));
    upload.on('success', () => seen.push('success'));
    const end = await finished(upload);
    expect(end.ok).to.be.true;
    expect(start).to.deep.equal({ url, offset: 0, resumed: false });
    expect(seen.filter((name) => name === 'chunkSuccess')).to.have.length(6);
    expect(seen[0]).to.equal('start');
    expect(seen.at(-1)).to.equal('success');
    expect(percents.at(-1)).to.equal(100);
    expect(percents.every((percent, i) => i === 0 || percent >= (percents[i - 1] ?? 0))).to.be.true;
    expect(upload.state).to.equal('success');
    const server = await serverUpload(id);
    expect(server.complete).to.be.true;
    expect(server.sha256).to.equal(await sha256Hex(file));
    expect(server.rejected).to.equal(0);
  });

  describe('a backend that answers 200 to every request', () => {
    for (const method of ['PUT', 'POST', 'PATCH'] as const) {
      it(`receives every byte by ${method}, each chunk once, with no status probe`, async () => {
        const { id, url } = await createDirectUpload('chunk-endpoint');
        const file = testFile(1_400_000);
        const upload = createUpload({ endpoint: url, file, chunkSize: 256, method });
        let successes = 0;
        upload.on('success', () => (successes += 1));
        expect((await finished(upload)).ok).to.be.true;
        const server = await serverUpload(id);
        expect(server.sha256).to.equal(await sha256Hex(file));
        expect(server.received).to.equal(file.size);
        expect(server.rejected).to.equal(0);
        expect(server.requests?.map((r) => r.method)).to.deep.equal(Array<string>(6).fill(method));
        expect(server.requests?.every((r) => r.contentRange && !r.contentRange.startsWith('bytes */'))).to.be.true;
        expect(successes).to.equal(1);
      });
    }

    it('resends the failed chunk after a 502, not trusting the probe answer', async () => {
      const { id, url } = await createDirectUpload('chunk-endpoint');
      const file = testFile(1_400_000);
      let armed = true;
      const upload = createUpload({
        endpoint: url,
        file,
        chunkSize: 256,
        delayBeforeAttempt: 0.01,
        headers: async () => {
          if (upload.bytesConfirmed === 2 * 262_144 && armed) {
            armed = false;
            await addFault({ host: 'upload', status: 502 });
          }
          return {};
        },
      });
      expect((await finished(upload)).ok).to.be.true;
      const server = await serverUpload(id);
      expect(server.sha256).to.equal(await sha256Hex(file));
      expect(server.rejected).to.equal(0);
    });

    it('keeps going after an abort and resume', async () => {
      const { id, url } = await createDirectUpload('chunk-endpoint');
      const file = testFile(1_400_000);
      const upload = createUpload({ endpoint: url, file, chunkSize: 256 });
      upload.once('chunkSuccess', () => {
        upload.abort();
        expect(upload.paused).to.be.true;
        setTimeout(() => upload.resume(), 20);
      });
      expect((await finished(upload)).ok).to.be.true;
      expect((await serverUpload(id)).sha256).to.equal(await sha256Hex(file));
    });
  });

  it('honours Retry-After on a 429', async () => {
    const { id, url } = await createDirectUpload();
    const file = testFile(1_048_576);
    await respondOnce({
      url: `^${regexpEscape(url)}$`,
      skip: 1,
      status: 429,
      headers: {
        'Access-Control-Allow-Origin': location.origin,
        'Access-Control-Expose-Headers': 'Retry-After',
        'Retry-After': '1',
      },
    });
    const upload = createUpload({
      endpoint: url,
      file,
      chunkSize: 256,
      delayBeforeAttempt: 0.05,
      retryCodes: 'transient',
    });
    const failures: UploadEventMap['attemptFailure']['detail'][] = [];
    upload.on('attemptFailure', (event) => failures.push(event.detail));
    expect((await finished(upload)).ok).to.be.true;
    expect(failures).to.have.length(1);
    expect(failures[0]?.status).to.equal(429);
    expect(failures[0]?.delay).to.equal(1000);
    expect((await serverUpload(id)).sha256).to.equal(await sha256Hex(file));
  });

  it('abandons a stalled request and retries it', async () => {
    const { id, url } = await createDirectUpload();
    const file = testFile(1_048_576);
    await addFault({ host: 'upload', method: 'PUT', delayMs: 4000 });
    const upload = createUpload({ endpoint: url, file, chunkSize: 256, stallTimeout: 0.3, delayBeforeAttempt: 0.05 });
    const failures: string[] = [];
    upload.on('attemptFailure', (event) => failures.push(event.detail.message));
    expect((await finished(upload)).ok).to.be.true;
    expect(failures[0]).to.match(/made no progress/);
    const server = await serverUpload(id);
    expect(server.sha256).to.equal(await sha256Hex(file));
  });

  it('gives up after the configured attempts with a clear reason', async () => {
    const { url } = await createDirectUpload();
    await addFault({ host: 'upload', method: 'PUT', status: 503, times: 10 });
    const upload = createUpload({
      endpoint: url,
      file: testFile(300_000),
      chunkSize: 256,
      attempts: 3,
      delayBeforeAttempt: 0.01,
    });
    const end = await finished(upload);
    expect(end.ok).to.be.false;
    if (end.ok) return;
    expect(end.error.reason).to.equal('attempts-exhausted');
    expect(end.error.message).to.match(/gave up after 3 attempts at byte 0: the status check got 503/);
  });

  it('continues after an error with retry(), from what the server holds', async () => {
    const { id, url } = await createDirectUpload();
    const file = testFile(1_400_000);
    let armed = false;
    const upload = createUpload({
      endpoint: url,
      file,
      chunkSize: 256,
      // Registers the fault before the next request leaves, so it hits chunk 2.
      headers: async () => {
        if (armed) {
          armed = false;
          await addFault({ host: 'upload', method: 'PUT', status: 403 });
        }
        return {};
      },
    });
    upload.on('chunkSuccess', (event) => {
      if (event.detail.chunk === 1) armed = true;
    });
    const first = await finished(upload);
    expect(first.ok).to.be.false;
    const held = upload.bytesConfirmed;
    expect(held).to.be.above(0);
    const starts: number[] = [];
    upload.on('attempt', (event) => starts.push(event.detail.start));
    const second = finished(upload);
    upload.retry();
    expect((await second).ok).to.be.true;
    expect(starts[0]).to.equal(held);
    expect((await serverUpload(id)).sha256).to.equal(await sha256Hex(file));
  });

  it('uploads a ReadableStream of unknown size with the right total', async () => {
    const { id, url } = await createDirectUpload();
    const data = testBytes(1_300_001, 3);
    let position = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (position >= data.length) {
          controller.close();
          return;
        }
        controller.enqueue(data.slice(position, position + 99_999));
        position += 99_999;
      },
    });
    const upload = createUpload({ endpoint: url, file: stream, chunkSize: 256 });
    const totals: (number | null)[] = [];
    upload.on('attempt', (event) => totals.push(event.detail.totalChunks));
    expect((await finished(upload)).ok).to.be.true;
    expect(totals.slice(0, -1).every((total) => total === null)).to.be.true;
    expect(totals.at(-1)).to.equal(5);
    const server = await serverUpload(id);
    expect(server.total).to.equal(1_300_001);
    expect(server.sha256).to.equal(await sha256Hex(new Blob([data])));
  });

  it('ends a stream upload whose size is an exact multiple of the chunk size', async () => {
    const { id, url } = await createDirectUpload();
    const data = testBytes(4 * 262_144, 5);
    const upload = createUpload({ endpoint: url, file: new Blob([data]).stream(), chunkSize: 256 });
    expect((await finished(upload)).ok).to.be.true;
    expect((await serverUpload(id)).total).to.equal(data.length);
  });

  it('sizes chunks from throughput when dynamicChunkSize is on', async () => {
    const { id, url } = await createDirectUpload();
    const file = testFile(6_000_000);
    const upload = createUpload({ endpoint: url, file, chunkSize: 256, dynamicChunkSize: true, maxChunkSize: 2048 });
    const sizes: number[] = [];
    upload.on('attempt', (event) => sizes.push(event.detail.chunkSize));
    expect((await finished(upload)).ok).to.be.true;
    expect(new Set(sizes).size).to.be.above(1);
    expect(sizes.every((kib) => kib % 256 === 0 && kib >= 256 && kib <= 2048)).to.be.true;
    expect((await serverUpload(id)).sha256).to.equal(await sha256Hex(file));
  });

  describe('bad input', () => {
    const file = testFile(10_000);

    it('refuses a chunk size that is not a multiple of 256, naming the option and the fix', () => {
      expect(() => createUpload({ endpoint: 'http://upload.localhost/u', file, chunkSize: 300 }))
        .to.throw(TypeError)
        .with.property(
          'message',
          'chunkSize 300 must be a positive number in multiples of 256, between 256 and 512000 (got 300): it is not a multiple of 256 KiB (the nearest are 256 or 512); sizes are in KiB, e.g. 5120 for 5 MiB',
        );
    });

    it('refuses retry delays beyond an hour, which a timer would fire at once', () => {
      for (const option of ['delayBeforeAttempt', 'maxDelayBeforeAttempt'] as const) {
        expect(() => createUpload({ endpoint: 'http://upload.localhost/u', file, [option]: 1e9 }))
          .to.throw(TypeError)
          .with.property('message')
          .that.matches(new RegExp(`^${option} .*\\(got 1000000000\\): give seconds, from 0 to 3600`));
      }
    });

    it('refuses a file over maxFileSize', () => {
      expect(() => createUpload({ endpoint: 'http://upload.localhost/u', file, maxFileSize: 5 }))
        .to.throw(UploadError)
        .with.property('reason', 'file-too-large');
    });

    it('refuses a missing endpoint and a non-file', () => {
      expect(() => createUpload({ endpoint: '', file })).to.throw(TypeError, /^endpoint must be defined .* \(got ""\)/);
      expect(() => createUpload({ endpoint: 'http://x/', file: 'clip.mp4' as unknown as File })).to.throw(
        TypeError,
        /^file must be a File object \(got "clip.mp4"\): give a File, a Blob or a ReadableStream/,
      );
    });

    it('reports an endpoint function that fails', async () => {
      const upload = createUpload({
        endpoint: () => Promise.reject(new Error('backend said 401')),
        file,
        resumeStorage: null,
      });
      const end = await finished(upload);
      expect(end.ok).to.be.false;
      if (end.ok) return;
      expect(end.error.reason).to.equal('endpoint-failed');
      expect(end.error.message).to.equal('Failed to get endpoint: backend said 401');
    });

    it('reports an endpoint function that gives no URL', async () => {
      const upload = createUpload({ endpoint: () => Promise.resolve(''), file, resumeStorage: null });
      const end = await finished(upload);
      expect(!end.ok && end.error.reason).to.equal('endpoint-no-url');
      expect(!end.ok && end.error.message).to.match(
        /^Failed to get endpoint: the endpoint function resolved with "", which is not an upload URL/,
      );
    });

    it('reports an upload URL the server does not know', async () => {
      const upload = createUpload({ endpoint: originUrl('upload', '/uploads/missing'), file });
      const end = await finished(upload);
      expect(!end.ok && end.error.details.status).to.equal(404);
      expect(!end.ok && end.error.message).to.match(
        /responded with 404 \(upload_not_found\) to bytes 0-9999. Stopping upload; the upload URL no longer exists/,
      );
    });

    it('refuses an empty file', () => {
      expect(() => createUpload({ endpoint: 'http://x/', file: new File([], 'empty.mp4') })).to.throw(
        /the file is empty/,
      );
    });
  });

  describe('resume after a reload', () => {
    beforeEach(() => {
      clearResumeEntries(localStorage);
    });

    it('probes the saved upload URL and continues where the server stopped', async () => {
      const frame = document.createElement('iframe');
      const ready = (): Promise<void> =>
        new Promise((resolve) => {
          const onMessage = (event: MessageEvent): void => {
            if (event.source !== frame.contentWindow || event.data !== 'upload-frame-ready') return;
            window.removeEventListener('message', onMessage);
            resolve();
          };
          window.addEventListener('message', onMessage);
        });
      let loaded = ready();
      frame.srcdoc = `<script type="module">
        import { createUpload } from '/packages/uploader/src/transport/upload.ts';
        window.createUpload = createUpload;
        parent.postMessage('upload-frame-ready', '*');
      </script>`;
      document.body.append(frame);
      await loaded;
      type FrameWindow = Window & typeof globalThis & { createUpload: typeof createUpload };
      const bytes = testBytes(2_000_000, 11);
      const created: string[] = [];
      const endpoint = async (): Promise<string> => {
        const upload = await createDirectUpload();
        created.push(upload.id);
        return upload.url;
      };
      const startIn = (win: FrameWindow): Upload =>
        win.createUpload({
          endpoint,
          // The same file, chosen again in the reloaded page.
          file: new win.File([bytes], 'holiday.mov', { type: 'video/quicktime', lastModified: 1_690_000_000_000 }),
          chunkSize: 256,
        });

      const first = startIn(frame.contentWindow as FrameWindow);
      await new Promise<void>((resolve) => {
        first.on('chunkSuccess', (event) => {
          if (event.detail.chunk === 2) resolve();
        });
      });
      loaded = ready();
      frame.contentWindow?.location.reload();
      await loaded;

      const second = startIn(frame.contentWindow as FrameWindow);
      let start: UploadEventMap['start']['detail'] | undefined;
      second.on('start', (event) => (start = event.detail));
      let successes = 0;
      second.on('success', () => (successes += 1));
      expect((await finished(second)).ok).to.be.true;
      frame.remove();
      expect(created).to.have.length(1);
      expect(start?.resumed).to.be.true;
      expect(start?.offset).to.be.at.least(3 * 262_144);
      expect(successes).to.equal(1);
      const server = await serverUpload(created[0]!);
      expect(server.sha256).to.equal(await sha256Hex(new Blob([bytes])));
      expect(server.rejected).to.equal(0);
      expect(Object.keys(localStorage).filter((key) => key.startsWith(RESUME_KEY_PREFIX))).to.be.empty;
    });

    it('starts a new upload when the saved URL is gone', async () => {
      const file = testFile(600_000, 'gone.mp4', 21);
      const { fingerprintFile } = await import('./fingerprint.ts');
      localStorage.setItem(
        RESUME_KEY_PREFIX + (await fingerprintFile(file)),
        JSON.stringify({ url: originUrl('upload', '/uploads/expired'), savedAt: Date.now(), sent: 0 }),
      );
      const created: string[] = [];
      const upload = createUpload({
        endpoint: async () => {
          const fresh = await createDirectUpload();
          created.push(fresh.id);
          return fresh.url;
        },
        file,
        chunkSize: 256,
      });
      expect((await finished(upload)).ok).to.be.true;
      expect(created).to.have.length(1);
      expect((await serverUpload(created[0]!)).sha256).to.equal(await sha256Hex(file));
    });
  });

  it('keeps the JS heap bounded while uploading a large generated file', async function () {
    this.timeout(120_000);
    const chunkBytes = 8 * 1024 * 1024;
    const block = testBytes(1024 * 1024, 9);
    const parts: BlobPart[] = [];
    for (let i = 0; i < 256; i += 1) {
      const part = block.slice();
      new DataView(part.buffer).setUint32(0, i);
      parts.push(part);
    }
    const file = new Blob(parts);
    parts.length = 0;
    const baseline = await heapUsed(true);
    const { id, url } = await createDirectUpload();
    const upload = createUpload({ endpoint: url, file, chunkSize: chunkBytes / 1024 });
    const samples: Promise<number>[] = [];
    upload.on('chunkSuccess', () => samples.push(heapUsed()));
    expect((await finished(upload)).ok).to.be.true;
    const peak = Math.max(...(await Promise.all(samples)));
    expect(peak - baseline, `heap grew by ${peak - baseline} bytes`).to.be.below(2 * chunkBytes);
    const server = await serverUpload(id);
    expect(server.received).to.equal(file.size);
    expect(server.complete).to.be.true;
  });
});
