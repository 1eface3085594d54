/**
 * Servers that lie or misbehave: the client believes no claim it cannot account for, gives
 * up on a server that keeps taking bytes back, and never turns a huge `Retry-After` into an
 * immediate retry. Each case drives the real origin's fault injection.
 */
import { expect } from '@esm-bundle/chai';
import { crc32cToBase64, crc32cUpdate } from '@videokit/core/crc32c';
import { addFault, resetOrigin, type FaultRule } from '../../../../test/browser/origin.ts';
import { createDirectUpload, faultHits, serverUpload, sha256Hex, testFile } from '../../../../test/browser/uploads.ts';
import { fingerprintFile } from './fingerprint.ts';
import { RESUME_KEY_PREFIX } from './resume-store.ts';
import { createUpload, type Upload } from './upload.ts';
import type { UploadEventMap } from './upload-events.ts';
import type { UploadOptions } from './options.ts';

const CHUNK = 262_144;

interface End {
  successes: number;
  error: UploadEventMap['error']['detail'] | null;
  failures: UploadEventMap['attemptFailure']['detail'][];
}

/** Runs an upload to its end (one `success` or `error`), counting what it reported. */
function run(options: UploadOptions, onStart?: (upload: Upload) => void): Promise<End> {
  const upload = createUpload({ chunkSize: 256, delayBeforeAttempt: 0.01, resumeStorage: null, ...options });
  onStart?.(upload);
  const end: End = { successes: 0, error: null, failures: [] };
  upload.on('attemptFailure', (event) => end.failures.push(event.detail));
  return new Promise((resolve) => {
    upload.on('success', () => {
      end.successes += 1;
      resolve(end);
    });
    upload.on('error', (event) => {
      end.error = event.detail;
      resolve(end);
    });
  });
}

const put = (rule: FaultRule): FaultRule => ({ host: 'upload', method: 'PUT', ...rule });

describe('createUpload against a server it cannot trust', function () {
  this.timeout(60_000);

  beforeEach(async () => {
    await resetOrigin();
    for (const key of Object.keys(localStorage)) if (key.startsWith(RESUME_KEY_PREFIX)) localStorage.removeItem(key);
  });

  /** Starts an upload whose headers function adds `faults` before the first request after chunk `after` succeeded. */
  function runArmed(options: UploadOptions, after: number, faults: FaultRule[]): Promise<End> {
    let armed = false;
    const headers = async (): Promise<Record<string, string>> => {
      if (armed) {
        armed = false;
        await addFault(faults);
      }
      return {};
    };
    return run({ ...options, headers }, (upload) => {
      upload.on('chunkSuccess', (event) => {
        if (event.detail.chunk === after) armed = true;
      });
    });
  }

  describe('a status probe that claims more than was ever sent', () => {
    it('is a protocol error on a fresh upload (a lenient server would take the rest as success)', async () => {
      const { id, url } = await createDirectUpload('chunk-endpoint');
      await addFault([put({ status: 503 }), put({ status: 308, headers: { Range: 'bytes=0-1048575' } })]);
      const end = await run({ endpoint: url, file: testFile(1_400_000) });
      expect(end.successes).to.equal(0);
      expect(end.error?.reason).to.equal('protocol');
      expect(end.error?.message).to.match(/claims to hold 1048576 bytes, but this upload has sent only 262144/);
      expect((await serverUpload(id)).received).to.equal(0);
    });

    it('is a protocol error after a 503 mid-upload', async () => {
      const { id, url } = await createDirectUpload('chunk-endpoint');
      const end = await runArmed({ endpoint: url, file: testFile(1_400_000) }, 1, [
        put({ status: 503 }),
        put({ status: 308, headers: { Range: 'bytes=0-1310719' } }),
      ]);
      expect(end.successes).to.equal(0);
      expect(end.error?.reason).to.equal('protocol');
      expect(end.error?.message).to.match(/claims to hold 1310720 bytes, but this upload has sent only 786432/);
      expect((await serverUpload(id)).received).to.equal(2 * CHUNK);
    });
  });

  it('takes a 200 to a probe before every byte was sent as a protocol error, not success', async () => {
    const { id, url } = await createDirectUpload();
    const end = await runArmed({ endpoint: url, file: testFile(1_400_000) }, 0, [
      put({ status: 503 }),
      put({ status: 200 }),
    ]);
    expect(end.successes).to.equal(0);
    expect(end.error?.reason).to.equal('protocol');
    expect(end.error?.message).to.match(/reports the upload complete, but this upload has sent only 524288 of 1400000/);
    expect((await serverUpload(id)).received).to.equal(CHUNK);
  });

  describe('a final answer checked against the file', () => {
    const file = testFile(600_000);

    it('refuses a reported size other than the file size', async () => {
      const { url } = await createDirectUpload();
      const end = await runArmed({ endpoint: url, file }, 1, [
        put({ status: 200, body: JSON.stringify({ total: 524_288, complete: true }) }),
      ]);
      expect(end.successes).to.equal(0);
      expect(end.error?.reason).to.equal('protocol');
      expect(end.error?.message).to.match(/reports storing 524288 bytes of a 600000-byte file/);
    });

    it('refuses a reported SHA-256 other than the file digest', async () => {
      const { url } = await createDirectUpload();
      const wrong = '0'.repeat(64);
      const end = await runArmed({ endpoint: url, file }, 1, [
        put({ status: 200, body: JSON.stringify({ total: 600_000, sha256: wrong }) }),
      ]);
      expect(end.successes).to.equal(0);
      expect(end.error?.reason).to.equal('protocol');
      expect(end.error?.message).to.include(
        `SHA-256 of the upload (${wrong}) differs from the file's (${await sha256Hex(file)})`,
      );
    });

    const fileCrc32c = async (blob: Blob): Promise<string> =>
      crc32cToBase64(crc32cUpdate(0, new Uint8Array(await blob.arrayBuffer())));
    const googAnswer = (crc32c: string): FaultRule =>
      put({
        status: 200,
        headers: { 'X-Goog-Hash': `crc32c=${crc32c},md5=CS9tHYTtyFntzj7B9nkkJQ==` },
        body: JSON.stringify({ size: '600000' }),
      });

    it("refuses an X-Goog-Hash CRC32C other than the one of the file's bytes", async () => {
      const { url } = await createDirectUpload();
      const end = await runArmed({ endpoint: url, file }, 1, [googAnswer('AAAAAA==')]);
      expect(end.successes).to.equal(0);
      expect(end.error?.reason).to.equal('protocol');
      expect(end.error?.message).to.include(
        `the server's CRC32C of the upload (AAAAAA==) differs from the file's (${await fileCrc32c(file)})`,
      );
    });

    it('refuses a wrong CRC32C for a ReadableStream too (it cannot be read again to check)', async () => {
      const { url } = await createDirectUpload();
      const bytes = new Uint8Array(await file.arrayBuffer());
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < bytes.length; at += 100_000) controller.enqueue(bytes.slice(at, at + 100_000));
          controller.close();
        },
      });
      const end = await runArmed({ endpoint: url, file: stream }, 1, [googAnswer('AAAAAA==')]);
      expect(end.successes).to.equal(0);
      expect(end.error?.reason).to.equal('protocol');
      expect(end.error?.message).to.match(/CRC32C of the upload \(AAAAAA==\) differs from the file's/);
    });

    it("accepts a GCS-style answer whose X-Goog-Hash is the file's CRC32C", async () => {
      const { url } = await createDirectUpload();
      const end = await runArmed({ endpoint: url, file }, 1, [googAnswer(await fileCrc32c(file))]);
      expect(end.error).to.equal(null);
      expect(end.successes).to.equal(1);
    });

    it('accepts the origin report of the right size and digest', async () => {
      const { id, url } = await createDirectUpload();
      const end = await run({ endpoint: url, file });
      expect(end.error).to.equal(null);
      expect(end.successes).to.equal(1);
      expect((await serverUpload(id)).sha256).to.equal(await sha256Hex(file));
    });
  });

  describe('an upload URL already bound to another file', () => {
    const first = testFile(100_000, 'a.mp4', 1);
    const second = testFile(100_000, 'b.mp4', 2);

    it('is refused while the first file is uploading there', async () => {
      const { id, url } = await createDirectUpload();
      const big = testFile(1_400_000, 'a.mp4', 1);
      let second: Promise<End> | undefined;
      const end = await run({ endpoint: url, file: big }, (upload) => {
        upload.once('chunkSuccess', () => {
          second = run({ endpoint: url, file: testFile(100_000, 'b.mp4', 2) });
        });
      });
      expect(end.successes).to.equal(1);
      const refused = await second;
      expect(refused?.successes).to.equal(0);
      expect(refused?.error?.reason).to.equal('url-in-use');
      expect(refused?.error?.message).to.match(
        /already belongs to another file in this page; .*create a new upload URL/,
      );
      const server = await serverUpload(id);
      expect(server.sha256).to.equal(await sha256Hex(big));
      expect(server.rejected).to.equal(0);
    });

    it('after the first file completed there, the server report refuses the second', async () => {
      const { id, url } = await createDirectUpload();
      expect((await run({ endpoint: url, file: first })).successes).to.equal(1);
      const end = await run({ endpoint: url, file: second });
      expect(end.successes).to.equal(0);
      expect(end.error?.reason).to.equal('protocol');
      expect(end.error?.message).to.match(/CRC32C of the upload \(\S+\) differs from the file's/);
      expect((await serverUpload(id)).sha256).to.equal(await sha256Hex(first));
    });

    it('is refused when a saved resume record of another file holds it', async () => {
      const { id, url } = await createDirectUpload();
      localStorage.setItem(
        RESUME_KEY_PREFIX + (await fingerprintFile(first)),
        JSON.stringify({ url, savedAt: Date.now(), sent: CHUNK }),
      );
      const end = await run({ endpoint: () => Promise.resolve(url), file: second, resumeStorage: localStorage });
      expect(end.successes).to.equal(0);
      expect(end.error?.reason).to.equal('url-in-use');
      expect(end.error?.message).to.match(/already belongs to a saved upload of another file/);
      expect((await serverUpload(id)).received).to.equal(0);
    });

    it('is free again once the upload holding it is cancelled', async () => {
      const { id, url } = await createDirectUpload();
      const cancelled = createUpload({ endpoint: url, file: first, chunkSize: 256, resumeStorage: null });
      cancelled.cancel();
      expect((await run({ endpoint: url, file: second })).successes).to.equal(1);
      expect((await serverUpload(id)).sha256).to.equal(await sha256Hex(second));
    });
  });

  it('gives up on a server whose Range keeps going back after progress', async () => {
    const { url } = await createDirectUpload();
    const ahead = put({ status: 308, headers: { Range: `bytes=0-${CHUNK - 1}` } });
    const back = put({ status: 308 });
    const cycles = 30;
    await addFault(Array.from({ length: cycles }, () => [ahead, back, back]).flat());
    const end = await run({ endpoint: url, file: testFile(1_400_000), attempts: 5 });
    expect(end.successes).to.equal(0);
    expect(end.error?.reason).to.equal('attempts-exhausted');
    expect(end.error?.message).to.match(/gave up after 5 attempts/);
    // The budget ran out long before the lying answers did.
    expect(await faultHits()).to.be.below(3 * 5);
  });

  describe('Retry-After', () => {
    for (const retryAfter of ['1000000000', 'Fri, 31 Dec 9999 23:59:59 GMT']) {
      it(`beyond an hour (${retryAfter}) ends the upload with an error instead of retrying at once`, async () => {
        const { id, url } = await createDirectUpload();
        await addFault(put({ status: 503, headers: { 'Retry-After': retryAfter } }));
        const end = await run({ endpoint: url, file: testFile(300_000) });
        expect(end.successes).to.equal(0);
        expect(end.failures).to.have.length(0);
        expect(end.error?.reason).to.equal('rejected');
        expect(end.error?.status).to.equal(503);
        expect(end.error?.message).to.match(
          /asked to wait [\d,]+ years before trying again .*longer than the 1 hour an upload waits; call retry\(\) later/,
        );
        expect((await serverUpload(id)).received).to.equal(0);
        expect(await faultHits()).to.equal(1);
      });
    }

    it('within the hour is read cross-origin from the origin and honoured', async () => {
      const { id, url } = await createDirectUpload();
      await addFault(put({ status: 503, headers: { 'Retry-After': '1' } }));
      const file = testFile(300_000);
      const end = await run({ endpoint: url, file });
      expect(end.successes).to.equal(1);
      expect(end.failures.map((failure) => failure.delay)).to.deep.equal([1000]);
      expect((await serverUpload(id)).sha256).to.equal(await sha256Hex(file));
    });
  });
});
