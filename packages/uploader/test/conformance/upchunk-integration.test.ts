/**
 * UpChunk 3.5's `test/upchunk.spec.ts` ("integration"), one test here per test there, same
 * names, against the local origin instead of a mock. Where a check differs, the comment says
 * why (ARCHITECTURE.md "Uploads" lists each difference).
 */
import { expect } from '@esm-bundle/chai';
import { addFault } from '../../../../test/browser/origin.ts';
import { serverUpload } from '../../../../test/browser/uploads.ts';
import type { ErrorDetail, AttemptFailureDetail, UploadOptions } from '../../src/index.ts';
import {
  chunkEndpoint,
  freshOrigin,
  randomFile,
  serverHolds,
  stopAll,
  until,
  uploadFixture,
} from './upchunk-harness.ts';

describe('integration', function () {
  this.timeout(30_000);

  beforeEach(freshOrigin);
  afterEach(stopAll);

  for (const method of ['POST', 'PATCH'] as const) {
    it(`files can be uploading using ${method}`, async () => {
      const { id, url } = await chunkEndpoint();
      const upload = uploadFixture(url, { method });
      await until(upload, 'success');
      const server = await serverUpload(id);
      expect(server.requests?.map((request) => request.method)).to.deep.equal([method, method]);
      expect(server.received).to.equal(524_288);
    });
  }

  it('a file is uploaded using the correct content-range headers', async () => {
    const { id, url } = await chunkEndpoint();
    const fileBytes = 524_288;
    const upload = uploadFixture(url, {}, new File([new ArrayBuffer(fileBytes)], 'test.mp4'));
    await until(upload, 'success');
    const server = await serverUpload(id);
    expect(server.requests?.map((request) => request.contentRange)).to.deep.equal([
      `bytes 0-${fileBytes / 2 - 1}/${fileBytes}`,
      `bytes ${fileBytes / 2}-${fileBytes - 1}/${fileBytes}`,
    ]);
  });

  it('an error is thrown if a request does not complete', async () => {
    const { url } = await chunkEndpoint();
    await addFault({ host: 'upload', status: 500, times: 10 });
    const upload = uploadFixture(url);
    let succeeded = false;
    upload.on('success', () => (succeeded = true));
    const error = await until<CustomEvent<ErrorDetail>>(upload, 'error');
    expect(error.detail.response?.statusCode).to.equal(500);
    expect(succeeded).to.be.false;
  });

  it('fires an attempt event before each attempt', async () => {
    const { url } = await chunkEndpoint();
    const upload = uploadFixture(url);
    let attempts = 0;
    upload.on('attempt', () => (attempts += 1));
    await until(upload, 'success');
    expect(attempts).to.equal(2);
  });

  it('a chunk failing to upload fires an attemptFailure event', async () => {
    const { url } = await chunkEndpoint();
    await addFault({ host: 'upload', status: 502, times: 10 });
    const upload = uploadFixture(url);
    const failure = await until<CustomEvent<AttemptFailureDetail>>(upload, 'attemptFailure');
    upload.pause();
    expect(failure.detail.response?.statusCode).to.equal(502);
  });

  it('a single chunk failing is retried multiple times until successful', async () => {
    const { id, url } = await chunkEndpoint();
    await addFault({ host: 'upload', status: 502, times: 2 });
    const upload = uploadFixture(url, { delayBeforeAttempt: 0.1 });
    let failures = 0;
    let errors = 0;
    upload.on('attemptFailure', () => (failures += 1));
    upload.on('error', () => (errors += 1));
    await until(upload, 'success');
    expect(failures).to.equal(2);
    expect(errors).to.equal(0);
    expect((await serverUpload(id)).received).to.equal(524_288);
  });

  it('a single chunk failing the max number of times fails the upload', async () => {
    const { url } = await chunkEndpoint();
    await addFault({ host: 'upload', status: 502, times: 5 });
    const upload = uploadFixture(url, { delayBeforeAttempt: 0.1 });
    let succeeded = false;
    upload.on('success', () => (succeeded = true));
    const error = await until<CustomEvent<ErrorDetail>>(upload, 'error');
    expect(error.detail.chunk).to.equal(0);
    expect(error.detail.attempts).to.equal(5);
    expect(succeeded).to.be.false;
  });

  it('chunkSuccess event is fired after each successful upload', async () => {
    const { url } = await chunkEndpoint();
    const upload = uploadFixture(url);
    let calls = 0;
    upload.on('chunkSuccess', () => (calls += 1));
    await until(upload, 'success');
    expect(calls).to.equal(2);
  });

  it('progress event fires the correct upload percentage', async () => {
    const { url } = await chunkEndpoint();
    const upload = uploadFixture(url, {}, new File([new ArrayBuffer(1_048_576)], 'test.mp4'));
    const percents: number[] = [];
    upload.on('progress', (event) => percents.push(event.detail));
    await until(upload, 'success');
    // UpChunk's mock reports 0 bytes sent, so it expects exactly 4 events (0–75 %); a real
    // network reports more, and ours also reports the server's confirmation, ending at 100.
    expect(percents.length).to.be.at.least(4);
    expect(percents.every((percent, i) => i === 0 || percent >= (percents[i - 1] ?? 0))).to.be.true;
    expect(percents.at(-1)).to.equal(100);
  });

  it('abort pauses the upload and cancels the current XHR request', async () => {
    const { id, url } = await chunkEndpoint();
    await addFault({ host: 'upload', delayMs: 1000 });
    const upload = uploadFixture(url);
    let attempts = 0;
    let succeeded = false;
    upload.on('attempt', () => {
      attempts += 1;
      if (attempts === 1) upload.abort();
    });
    upload.on('success', () => (succeeded = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(upload.paused).to.be.true;
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(attempts).to.equal(1);
    expect(succeeded).to.be.false;
    expect((await serverUpload(id)).received).to.equal(0);
  });

  const authorizationSeen = async (headers: UploadOptions['headers']): Promise<string[]> => {
    const { id, url } = await chunkEndpoint();
    const upload = uploadFixture(url, { headers });
    await until(upload, 'success');
    return ((await serverUpload(id)).requests ?? []).map((request) => request.authorization ?? '');
  };

  it('uses given headers', async () => {
    expect(await authorizationSeen({ Authorization: 'Bearer token' })).to.deep.equal(['Bearer token', 'Bearer token']);
  });

  it('uses headers from headers function', async () => {
    expect(await authorizationSeen(() => ({ Authorization: 'Bearer token' }))).to.include('Bearer token');
  });

  it('uses headers from headers function returning a promise', async () => {
    expect(await authorizationSeen(() => Promise.resolve({ Authorization: 'Bearer token' }))).to.include(
      'Bearer token',
    );
  });

  describe('upload validation', () => {
    it('should have identical bytes after chunked upload', async () => {
      const { id, url } = await chunkEndpoint();
      const file = randomFile();
      const upload = uploadFixture(url, { chunkSize: 256 }, file);
      await until(upload, 'success');
      expect((await serverUpload(id)).requests?.length).to.be.greaterThan(1);
      expect(await serverHolds(id, file)).to.be.true;
    });

    it('should have identical bytes after chunked upload, even for dynamic uploads', async () => {
      const { id, url } = await chunkEndpoint();
      const file = randomFile();
      const upload = uploadFixture(url, { chunkSize: 256, dynamicChunkSize: true }, file);
      await until(upload, 'success');
      expect((await serverUpload(id)).requests?.length).to.be.greaterThan(1);
      expect(await serverHolds(id, file)).to.be.true;
    });

    it('should have identical bytes after chunked upload, even after pause() and resume() on last segment', async () => {
      const { id, url } = await chunkEndpoint();
      const file = randomFile();
      const expectedUploadCount = 16;
      const upload = uploadFixture(url, { chunkSize: 256 }, file);
      upload.on('attempt', (event) => {
        // Pause while the penultimate chunk is in flight; resume once it has landed.
        if (event.detail.chunkNumber !== expectedUploadCount - 2) return;
        upload.pause();
        upload.once('chunkSuccess', () => setTimeout(() => upload.resume(), 50));
      });
      await until(upload, 'success');
      expect((await serverUpload(id)).requests?.length).to.equal(expectedUploadCount);
      expect(await serverHolds(id, file)).to.be.true;
    });
  });

  describe('endpoint promise error handling', () => {
    it('dispatches an error if the endpoint promise fails', async () => {
      const upload = uploadFixture(() => Promise.reject(new Error('Endpoint fetch failed')));
      const error = await until<CustomEvent<ErrorDetail>>(upload, 'error');
      expect(error.detail.message).to.include('Failed to get endpoint: Endpoint fetch failed');
    });

    it('dispatches an error if the endpoint promise does not return a string', async () => {
      const upload = uploadFixture(() => Promise.resolve(12345 as unknown as string));
      const error = await until<CustomEvent<ErrorDetail>>(upload, 'error');
      expect(error.detail.message).to.include('Failed to get endpoint');
    });
  });
});
