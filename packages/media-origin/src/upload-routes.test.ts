/** The upload routes as a client that follows the protocol sees them: create, PUT whole or in chunks, probe. */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { openRequest, request } from './testing.ts';
import {
  CHUNK,
  EMPTY_SHA256,
  assertHolds,
  crc32cBase64,
  createUpload,
  origin,
  probe,
  putChunk,
  sha256,
  statusOf,
  useUploadOrigin,
  waitFor,
} from './upload-routes.fixture.ts';
import type { UploadStatus } from './uploads.ts';

useUploadOrigin();

void describe('POST /uploads', () => {
  void test('creates an empty upload and answers 201 with its id and PUT URL', async () => {
    const created = await request(origin, 'upload', '/uploads', { method: 'POST', body: '{"cors_origin":"*"}' });
    assert.equal(created.status, 201);
    const { id, url, status } = created.json<{ id: string; url: string; status: string }>();
    assert.match(id, /^[A-Za-z0-9_-]+$/);
    assert.equal(url, `http://upload.localhost:${origin.port}/uploads/${id}`);
    assert.equal(status, 'waiting');
    const held = await statusOf(id);
    assert.deepEqual(
      { received: held.received, total: held.total, complete: held.complete, sha256: held.sha256 },
      { received: 0, total: null, complete: false, sha256: EMPTY_SHA256 },
    );
  });

  void test('gives every upload its own id', async () => {
    const ids = await Promise.all([createUpload(), createUpload(), createUpload()]);
    assert.equal(new Set(ids).size, 3);
  });
});

void describe('whole-file PUT', () => {
  void test('stores the file in one request and reports its SHA-256 and CRC32C (X-Goog-Hash)', async () => {
    const id = await createUpload();
    const file = randomBytes(CHUNK + 12_345);
    const put = await request(origin, 'upload', `/uploads/${id}`, { method: 'PUT', body: file });
    assert.ok(put.status === 200 || put.status === 201, `status ${put.status}`);
    assert.equal(put.json<UploadStatus>().sha256, sha256(file));
    assert.equal(put.json<UploadStatus>().crc32c, crc32cBase64(file));
    assert.equal(put.headers['x-goog-hash'], `crc32c=${crc32cBase64(file)}`);
    const status = await statusOf(id);
    assert.equal(status.total, file.length);
    assert.equal(status.complete, true);
    await assertHolds(id, file);
  });

  void test('accepts a body sent with chunked transfer encoding (no Content-Length)', async () => {
    const id = await createUpload();
    const file = randomBytes(3 * 100_000);
    const { req, response } = openRequest(origin, 'upload', `/uploads/${id}`);
    for (let at = 0; at < file.length; at += 100_000) req.write(file.subarray(at, at + 100_000));
    req.end();
    assert.equal((await response).status, 200);
    await assertHolds(id, file);
  });

  void test('refuses a second whole-file PUT once complete, keeping the first', async () => {
    const id = await createUpload();
    const file = randomBytes(1000);
    await request(origin, 'upload', `/uploads/${id}`, { method: 'PUT', body: file });
    const again = await request(origin, 'upload', `/uploads/${id}`, { method: 'PUT', body: randomBytes(1000) });
    assert.equal(again.status, 400);
    assert.equal(again.reason, 'upload_complete');
    await assertHolds(id, file);
  });

  void test('refuses a whole-file PUT after chunks arrived, pointing at the held range', async () => {
    const id = await createUpload();
    const file = randomBytes(2 * CHUNK);
    await putChunk(id, file, 0, CHUNK, file.length);
    const whole = await request(origin, 'upload', `/uploads/${id}`, { method: 'PUT', body: file });
    assert.equal(whole.status, 400);
    assert.equal(whole.reason, 'unexpected_offset');
    assert.equal(whole.headers.range, `bytes=0-${CHUNK - 1}`);
    await assertHolds(id, file.subarray(0, CHUNK));
  });

  void test('a whole-file PUT dropped mid-body leaves the upload empty, and a retry completes it', async () => {
    const id = await createUpload();
    const file = randomBytes(4 * CHUNK);
    const { req } = openRequest(origin, 'upload', `/uploads/${id}`, { headers: { 'Content-Length': file.length } });
    req.write(file.subarray(0, CHUNK));
    await waitFor(() => origin.uploads.bytes(id).length > 0, 'the origin to start writing');
    req.destroy();
    await waitFor(() => origin.uploads.bytes(id).length === 0, 'the origin to discard the partial body');
    await assertHolds(id, Buffer.alloc(0));
    const retry = await request(origin, 'upload', `/uploads/${id}`, { method: 'PUT', body: file });
    assert.equal(retry.status, 200);
    await assertHolds(id, file);
  });

  void test('refuses chunks and other whole-file PUTs while a whole-file PUT is streaming', async () => {
    const id = await createUpload();
    const file = randomBytes(2 * CHUNK);
    const { req, response } = openRequest(origin, 'upload', `/uploads/${id}`, {
      headers: { 'Content-Length': file.length },
    });
    req.write(file.subarray(0, CHUNK / 2));
    await waitFor(() => origin.uploads.bytes(id).length > 0, 'the origin to start writing');

    // Both would write from byte 0 of the same file and feed the same hash.
    const chunk = await putChunk(id, randomBytes(CHUNK), 0, CHUNK, '*');
    assert.equal(chunk.status, 409);
    assert.equal(chunk.reason, 'upload_busy');
    const whole = await request(origin, 'upload', `/uploads/${id}`, { method: 'PUT', body: randomBytes(100) });
    assert.equal(whole.status, 409);
    assert.equal(whole.reason, 'upload_busy');

    req.end(file.subarray(CHUNK / 2));
    assert.equal((await response).status, 200);
    await assertHolds(id, file);
  });
});

void describe('chunked PUT with Content-Range', () => {
  void test('answers 308 with the held Range until the last chunk, then 200 with the whole SHA-256 and CRC32C', async () => {
    const id = await createUpload();
    const file = randomBytes(3 * CHUNK + 777);
    for (let start = 0; start < 3 * CHUNK; start += CHUNK) {
      const response = await putChunk(id, file, start, CHUNK, file.length);
      assert.equal(response.status, 308);
      assert.equal(response.headers.range, `bytes=0-${start + CHUNK - 1}`);
      assert.equal(response.headers['x-goog-hash'], undefined, 'only the final answer reports the object');
    }
    const last = await putChunk(id, file, 3 * CHUNK, 777, file.length);
    assert.equal(last.status, 200);
    assert.equal(last.headers['x-goog-hash'], `crc32c=${crc32cBase64(file)}`);
    const status = last.json<UploadStatus>();
    assert.equal(status.sha256, sha256(file));
    assert.equal(status.crc32c, crc32cBase64(file));
    assert.equal(status.complete, true);
    assert.equal(status.total, file.length);
    assert.equal(status.chunks, 4);
    await assertHolds(id, file);
  });

  void test('accepts chunks of several 256 KiB multiples', async () => {
    const id = await createUpload();
    const file = randomBytes(5 * CHUNK);
    assert.equal((await putChunk(id, file, 0, 2 * CHUNK, file.length)).status, 308);
    assert.equal((await putChunk(id, file, 2 * CHUNK, 3 * CHUNK, file.length)).status, 200);
    await assertHolds(id, file);
  });

  void test('takes "*" as the total while the size is unknown, then the total on the final chunk', async () => {
    const id = await createUpload();
    const file = randomBytes(2 * CHUNK + 10);
    const first = await putChunk(id, file, 0, CHUNK, '*');
    assert.equal(first.status, 308);
    assert.equal((await statusOf(id)).total, null);
    assert.equal((await putChunk(id, file, CHUNK, CHUNK, '*')).status, 308);
    const last = await putChunk(id, file, 2 * CHUNK, 10, file.length);
    assert.equal(last.status, 200);
    assert.equal(last.json<UploadStatus>().total, file.length);
    await assertHolds(id, file);
  });

  void test('finishes on a final chunk sent with "*" once an earlier chunk named the total', async () => {
    const id = await createUpload();
    const file = randomBytes(CHUNK + 5);
    await putChunk(id, file, 0, CHUNK, file.length);
    const last = await putChunk(id, file, CHUNK, 5, '*');
    assert.equal(last.status, 200);
    await assertHolds(id, file);
  });

  void test('accepts a chunk sent with chunked transfer encoding (no Content-Length)', async () => {
    const id = await createUpload();
    const file = randomBytes(CHUNK);
    const { req, response } = openRequest(origin, 'upload', `/uploads/${id}`, {
      headers: { 'Content-Range': `bytes 0-${CHUNK - 1}/*` },
    });
    req.write(file.subarray(0, 1000));
    req.end(file.subarray(1000));
    assert.equal((await response).status, 308);
    await assertHolds(id, file);
  });

  void test('refuses a chunk after completion and keeps the stored file', async () => {
    const id = await createUpload();
    const file = randomBytes(CHUNK + 1);
    await putChunk(id, file, 0, CHUNK, file.length);
    await putChunk(id, file, CHUNK, 1, file.length);
    const late = await putChunk(id, file, CHUNK, 1, file.length);
    assert.equal(late.status, 400);
    assert.equal(late.reason, 'upload_complete');
    assert.equal(late.headers.range, `bytes=0-${file.length - 1}`);
    await assertHolds(id, file);
  });
});

void describe('status probe (PUT, empty body, Content-Range: bytes */TOTAL)', () => {
  void test('answers 308 without Range when nothing was received', async () => {
    const id = await createUpload();
    const response = await probe(id, 1_000_000);
    assert.equal(response.status, 308);
    assert.equal(response.headers.range, undefined);
  });

  void test('answers 308 with the held Range mid-upload, and changes nothing', async () => {
    const id = await createUpload();
    const file = randomBytes(3 * CHUNK);
    await putChunk(id, file, 0, 2 * CHUNK, file.length);
    for (const total of [file.length, '*'] as const) {
      const response = await probe(id, total);
      assert.equal(response.status, 308);
      assert.equal(response.headers.range, `bytes=0-${2 * CHUNK - 1}`);
    }
    await assertHolds(id, file.subarray(0, 2 * CHUNK));
  });

  void test('answers 200 with the status once complete', async () => {
    const id = await createUpload();
    const file = randomBytes(100);
    await putChunk(id, file, 0, 100, 100);
    const response = await probe(id, 100);
    assert.equal(response.status, 200);
    assert.equal(response.json<UploadStatus>().sha256, sha256(file));
    assert.equal(response.headers['x-goog-hash'], `crc32c=${crc32cBase64(file)}`);
  });

  void test('a client that lost a 308 resumes from the probed offset', async () => {
    const id = await createUpload();
    const file = randomBytes(2 * CHUNK + 3);
    await putChunk(id, file, 0, CHUNK, file.length);
    const range = (await probe(id, file.length)).headers.range ?? '';
    const next = Number(/^bytes=0-(\d+)$/.exec(range)?.[1]) + 1;
    assert.equal(next, CHUNK);
    await putChunk(id, file, next, CHUNK, file.length);
    assert.equal((await putChunk(id, file, 2 * CHUNK, 3, file.length)).status, 200);
    await assertHolds(id, file);
  });
});

void describe('cancel (DELETE, as of a GCS resumable session)', () => {
  void test('answers 499, deletes the bytes and forgets the URL', async () => {
    const id = await createUpload();
    const file = randomBytes(2 * CHUNK);
    await putChunk(id, file, 0, CHUNK, file.length);
    const cancelled = await request(origin, 'upload', `/uploads/${id}`, { method: 'DELETE' });
    assert.equal(cancelled.status, 499);
    assert.equal((await request(origin, 'upload', `/uploads/${id}`)).status, 404);
    assert.equal((await putChunk(id, file, CHUNK, CHUNK, file.length)).status, 404);
  });
});
