import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { startOrigin, type Origin } from './server.ts';
import { openRequest, request, type TestResponse } from './testing.ts';
import type { UploadStatus } from './uploads.ts';

const CHUNK = 256 * 1024;
const EMPTY_SHA256 = createHash('sha256').digest('hex');

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

let origin: Origin;
before(async () => {
  origin = await startOrigin({ port: 0 });
});
after(() => origin.stop());

async function createUpload(): Promise<string> {
  const created = await request(origin, 'upload', '/uploads', { method: 'POST' });
  assert.equal(created.status, 201);
  return created.json<{ id: string }>().id;
}

/** PUTs `file[start, start + length)` with the matching Content-Range. */
function putChunk(id: string, file: Buffer, start: number, length: number, total: number | '*'): Promise<TestResponse> {
  return request(origin, 'upload', `/uploads/${id}`, {
    method: 'PUT',
    headers: { 'Content-Range': `bytes ${start}-${start + length - 1}/${total}` },
    body: file.subarray(start, start + length),
  });
}

const putRange = (id: string, contentRange: string, body: Buffer): Promise<TestResponse> =>
  request(origin, 'upload', `/uploads/${id}`, { method: 'PUT', headers: { 'Content-Range': contentRange }, body });

const probe = (id: string, total: number | '*'): Promise<TestResponse> =>
  request(origin, 'upload', `/uploads/${id}`, { method: 'PUT', headers: { 'Content-Range': `bytes */${total}` } });

async function statusOf(id: string): Promise<UploadStatus> {
  const response = await request(origin, 'upload', `/uploads/${id}`);
  assert.equal(response.status, 200);
  return response.json<UploadStatus>();
}

/** Asserts the origin holds exactly `expected`, and that its running hash describes those bytes. */
async function assertHolds(id: string, expected: Buffer): Promise<void> {
  const status = await statusOf(id);
  assert.equal(status.received, expected.length);
  assert.equal(status.sha256, sha256(expected));
  assert.ok(origin.uploads.bytes(id).equals(expected), 'stored bytes differ from what was sent');
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 5) {
    if (waited > 5000) assert.fail(`timed out waiting for ${what}`);
    await delay(5);
  }
}

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
  void test('stores the file in one request and reports its SHA-256', async () => {
    const id = await createUpload();
    const file = randomBytes(CHUNK + 12_345);
    const put = await request(origin, 'upload', `/uploads/${id}`, { method: 'PUT', body: file });
    assert.ok(put.status === 200 || put.status === 201, `status ${put.status}`);
    assert.equal(put.json<UploadStatus>().sha256, sha256(file));
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
  void test('answers 308 with the held Range until the last chunk, then 200 with the whole SHA-256', async () => {
    const id = await createUpload();
    const file = randomBytes(3 * CHUNK + 777);
    for (let start = 0; start < 3 * CHUNK; start += CHUNK) {
      const response = await putChunk(id, file, start, CHUNK, file.length);
      assert.equal(response.status, 308);
      assert.equal(response.headers.range, `bytes=0-${start + CHUNK - 1}`);
    }
    const last = await putChunk(id, file, 3 * CHUNK, 777, file.length);
    assert.equal(last.status, 200);
    const status = last.json<UploadStatus>();
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

void describe('refused chunks', () => {
  void test('a chunk that skips ahead gets 400 with the expected offset, and stored data stays put', async () => {
    const id = await createUpload();
    const file = randomBytes(3 * CHUNK);
    await putChunk(id, file, 0, CHUNK, file.length);
    const skipped = await putChunk(id, file, 2 * CHUNK, CHUNK, file.length);
    assert.equal(skipped.status, 400);
    assert.equal(skipped.reason, 'unexpected_offset');
    assert.match(skipped.text, new RegExp(`next expected byte is ${CHUNK}\\b`));
    assert.equal(skipped.headers.range, `bytes=0-${CHUNK - 1}`);
    assert.equal((await statusOf(id)).rejected, 1);
    await assertHolds(id, file.subarray(0, CHUNK));
  });

  void test('a chunk that skips ahead of an empty upload gets 400 without a Range header', async () => {
    const id = await createUpload();
    const skipped = await putChunk(id, randomBytes(2 * CHUNK), CHUNK, CHUNK, '*');
    assert.equal(skipped.status, 400);
    assert.equal(skipped.reason, 'unexpected_offset');
    assert.match(skipped.text, /next expected byte is 0\b/);
    assert.equal(skipped.headers.range, undefined);
  });

  void test('re-sending an already stored chunk is refused without touching the data, and the upload goes on', async () => {
    const id = await createUpload();
    const file = randomBytes(2 * CHUNK + 50);
    await putChunk(id, file, 0, CHUNK, file.length);
    await putChunk(id, file, CHUNK, CHUNK, file.length);
    const resent = await putChunk(id, file, CHUNK, CHUNK, file.length);
    assert.equal(resent.status, 400);
    assert.equal(resent.reason, 'unexpected_offset');
    assert.equal(resent.headers.range, `bytes=0-${2 * CHUNK - 1}`);
    // Different bytes at an old offset must not overwrite what is held either.
    const altered = await putChunk(id, randomBytes(file.length), 0, CHUNK, file.length);
    assert.equal(altered.status, 400);
    await assertHolds(id, file.subarray(0, 2 * CHUNK));
    assert.equal((await putChunk(id, file, 2 * CHUNK, 50, file.length)).status, 200);
    await assertHolds(id, file);
  });

  void test('a chunk overlapping the held bytes is refused', async () => {
    const id = await createUpload();
    const file = randomBytes(3 * CHUNK);
    await putChunk(id, file, 0, CHUNK, file.length);
    const overlapping = await putChunk(id, file, CHUNK / 2, 2 * CHUNK, file.length);
    assert.equal(overlapping.status, 400);
    assert.equal(overlapping.reason, 'unexpected_offset');
    await assertHolds(id, file.subarray(0, CHUNK));
  });

  void test('a non-final chunk that is not a multiple of 256 KiB gets 400', async () => {
    const id = await createUpload();
    const file = randomBytes(3 * CHUNK);
    for (const total of [file.length, '*'] as const) {
      const response = await putChunk(id, file, 0, CHUNK + 1, total);
      assert.equal(response.status, 400);
      assert.equal(response.reason, 'bad_chunk_size');
      assert.match(response.text, /256 KiB/);
    }
    const small = await putChunk(id, file, 0, 1000, '*');
    assert.equal(small.reason, 'bad_chunk_size');
    await assertHolds(id, Buffer.alloc(0));
  });

  void test('a total that changes mid-upload gets 400', async () => {
    const id = await createUpload();
    const file = randomBytes(3 * CHUNK);
    await putChunk(id, file, 0, CHUNK, file.length);
    const changed = await putChunk(id, file, CHUNK, CHUNK, file.length + CHUNK);
    assert.equal(changed.status, 400);
    assert.equal(changed.reason, 'total_changed');
    await assertHolds(id, file.subarray(0, CHUNK));
  });

  void test('a "*" chunk reaching past a total named earlier gets 400', async () => {
    const id = await createUpload();
    const file = randomBytes(3 * CHUNK);
    const total = 2 * CHUNK + 100;
    await putChunk(id, file, 0, CHUNK, total);
    const past = await putChunk(id, file, CHUNK, 2 * CHUNK, '*');
    assert.equal(past.status, 400);
    assert.equal(past.reason, 'past_total');
    await assertHolds(id, file.subarray(0, CHUNK));
  });

  void test('a Content-Length that disagrees with the range gets 400', async () => {
    const id = await createUpload();
    const file = randomBytes(CHUNK);
    const short = await putRange(id, `bytes 0-${CHUNK - 1}/*`, file.subarray(0, 1000));
    assert.equal(short.status, 400);
    assert.equal(short.reason, 'length_mismatch');
    const finalShort = await putRange(id, 'bytes 0-999/1000', file.subarray(0, 500));
    assert.equal(finalShort.status, 400);
    assert.equal(finalShort.reason, 'length_mismatch');
    await assertHolds(id, Buffer.alloc(0));
  });

  void test('a chunked-encoding body shorter than its range gets 400', async () => {
    const id = await createUpload();
    const { req, response } = openRequest(origin, 'upload', `/uploads/${id}`, {
      headers: { 'Content-Range': `bytes 0-${CHUNK - 1}/*` },
    });
    req.end(randomBytes(CHUNK - 1));
    const refused = await response;
    assert.equal(refused.status, 400);
    assert.equal(refused.reason, 'length_mismatch');
    await assertHolds(id, Buffer.alloc(0));
  });

  for (const header of [
    'bytes=0-262143/524288',
    'bytes 0-262143',
    'bytes 0-/524288',
    'bytes -262143/524288',
    'bytes 262143-0/524288',
    'bytes 0-524288/524288',
    'items 0-262143/524288',
    'bytes 0-262143/524288/1',
    'bytes a-b/c',
    'bytes */',
    'bytes 0-99999999999999999999/*',
    '',
  ]) {
    void test(`a malformed Content-Range "${header}" gets 400 with a plain-text reason`, async () => {
      const id = await createUpload();
      const response = await putRange(id, header, randomBytes(CHUNK));
      assert.equal(response.status, 400);
      assert.equal(response.reason, 'bad_content_range');
      assert.match(String(response.headers['content-type']), /^text\/plain/);
      assert.match(response.text, /^bad_content_range: Content-Range/);
      await assertHolds(id, Buffer.alloc(0));
    });
  }

  void test('a chunk larger than the origin buffers gets 413 before its body is read', async () => {
    const id = await createUpload();
    const huge = 2049 * CHUNK;
    const { req, response } = openRequest(origin, 'upload', `/uploads/${id}`, {
      headers: { 'Content-Range': `bytes 0-${huge - 1}/*`, 'Transfer-Encoding': 'chunked' },
    });
    // Chunked encoding lets the client end the body at once; the origin answers after draining it.
    req.end();
    const refused = await response;
    assert.equal(refused.status, 413);
    assert.equal(refused.reason, 'chunk_too_large');
  });
});

void describe('unknown uploads and routes', () => {
  void test('an unknown upload id gets 404 for PUT, probe and GET', async () => {
    const missing = '0123456789abcdef';
    const responses = [
      await request(origin, 'upload', `/uploads/${missing}`, { method: 'PUT', body: 'x' }),
      await putRange(missing, 'bytes 0-0/1', Buffer.from('x')),
      await probe(missing, 1),
      await request(origin, 'upload', `/uploads/${missing}`),
    ];
    for (const response of responses) {
      assert.equal(response.status, 404);
      assert.equal(response.reason, 'upload_not_found');
    }
  });

  void test('other paths get 404 and other methods on an upload get 405', async () => {
    const id = await createUpload();
    assert.equal((await request(origin, 'upload', `/uploads/${id}/parts`)).status, 404);
    assert.equal((await request(origin, 'upload', '/uploads')).status, 404);
    const deleted = await request(origin, 'upload', `/uploads/${id}`, { method: 'DELETE' });
    assert.equal(deleted.status, 405);
    assert.equal(deleted.reason, 'method_not_allowed');
  });

  void test('HEAD on an upload answers its status headers without a body', async () => {
    const id = await createUpload();
    const head = await request(origin, 'upload', `/uploads/${id}`, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
  });
});

void describe('dropped connections and retries', () => {
  /** Sends part of a chunk, then drops the connection. */
  async function dropChunk(id: string, contentRange: string, length: number, part: Buffer): Promise<void> {
    const { req, response } = openRequest(origin, 'upload', `/uploads/${id}`, {
      headers: { 'Content-Length': length, 'Content-Range': contentRange },
    });
    await new Promise<void>((written) => req.write(part, () => written()));
    await delay(20);
    req.destroy();
    await assert.rejects(response);
    // Give the origin time to see the reset; the assertions hold either way.
    await delay(20);
  }

  void test('a chunk dropped mid-body does not advance the upload, and its retry completes it', async () => {
    const id = await createUpload();
    const file = randomBytes(2 * CHUNK + 99);
    await putChunk(id, file, 0, CHUNK, file.length);
    await dropChunk(id, `bytes ${CHUNK}-${2 * CHUNK - 1}/${file.length}`, CHUNK, file.subarray(CHUNK, CHUNK + 100_000));
    await assertHolds(id, file.subarray(0, CHUNK));
    assert.equal((await probe(id, file.length)).headers.range, `bytes=0-${CHUNK - 1}`);
    assert.equal((await putChunk(id, file, CHUNK, CHUNK, file.length)).status, 308);
    assert.equal((await putChunk(id, file, 2 * CHUNK, 99, file.length)).status, 200);
    await assertHolds(id, file);
  });

  void test('a final chunk dropped one byte short does not complete the upload', async () => {
    const id = await createUpload();
    const file = randomBytes(CHUNK + 500);
    await putChunk(id, file, 0, CHUNK, file.length);
    await dropChunk(id, `bytes ${CHUNK}-${file.length - 1}/${file.length}`, 500, file.subarray(CHUNK, -1));
    const status = await statusOf(id);
    assert.equal(status.complete, false);
    await assertHolds(id, file.subarray(0, CHUNK));
    assert.equal((await putChunk(id, file, CHUNK, 500, file.length)).status, 200);
    await assertHolds(id, file);
  });

  void test('a retry racing its own first attempt is stored once', async () => {
    const id = await createUpload();
    const file = randomBytes(2 * CHUNK);
    const contentRange = `bytes 0-${CHUNK - 1}/${file.length}`;
    const first = openRequest(origin, 'upload', `/uploads/${id}`, {
      headers: { 'Content-Length': CHUNK, 'Content-Range': contentRange },
    });
    first.req.write(file.subarray(0, 1000));
    await delay(20);
    // The client gave up waiting and retried; the first attempt then finishes late.
    assert.equal((await putChunk(id, file, 0, CHUNK, file.length)).status, 308);
    first.req.end(file.subarray(1000, CHUNK));
    const late = await first.response;
    assert.equal(late.status, 400);
    assert.equal(late.reason, 'unexpected_offset');
    assert.equal(late.headers.range, `bytes=0-${CHUNK - 1}`);
    assert.equal((await putChunk(id, file, CHUNK, CHUNK, file.length)).status, 200);
    await assertHolds(id, file);
  });
});

void describe('concurrent uploads', () => {
  void test('two uploads interleaved chunk by chunk stay separate', async () => {
    const [a, b] = await Promise.all([createUpload(), createUpload()]);
    const fileA = randomBytes(2 * CHUNK + 1);
    const fileB = randomBytes(2 * CHUNK + 2);
    assert.equal((await putChunk(a, fileA, 0, CHUNK, fileA.length)).status, 308);
    assert.equal((await putChunk(b, fileB, 0, CHUNK, fileB.length)).status, 308);
    assert.equal((await putChunk(b, fileB, CHUNK, CHUNK, fileB.length)).status, 308);
    assert.equal((await putChunk(a, fileA, CHUNK, CHUNK, fileA.length)).status, 308);
    assert.equal((await putChunk(a, fileA, 2 * CHUNK, 1, fileA.length)).status, 200);
    assert.equal((await putChunk(b, fileB, 2 * CHUNK, 2, fileB.length)).status, 200);
    await assertHolds(a, fileA);
    await assertHolds(b, fileB);
  });

  void test('uploads sent at the same time stay separate', async () => {
    const files = [randomBytes(3 * CHUNK + 7), randomBytes(2 * CHUNK + 8), randomBytes(CHUNK)];
    const ids = await Promise.all(files.map(() => createUpload()));
    await Promise.all(
      files.map(async (file, index) => {
        const id = ids[index]!;
        for (let start = 0; start < file.length; start += CHUNK) {
          const length = Math.min(CHUNK, file.length - start);
          const response = await putChunk(id, file, start, length, file.length);
          assert.equal(response.status, start + length === file.length ? 200 : 308);
        }
      }),
    );
    for (const [index, file] of files.entries()) await assertHolds(ids[index]!, file);
  });
});

void describe('chunk-endpoint uploads (200 to every request)', () => {
  void test('answer 200 to probes and chunks alike, store in-order chunks and log each request', async () => {
    const created = await request(origin, 'upload', '/uploads?style=chunk-endpoint', { method: 'POST' });
    const { id } = created.json<{ id: string }>();
    const path = `/uploads/${id}`;
    const body = Buffer.alloc(CHUNK + 10, 7);
    const probe = await request(origin, 'upload', path, { method: 'PUT', headers: { 'Content-Range': 'bytes */*' } });
    assert.equal(probe.status, 200);
    const first = await request(origin, 'upload', path, {
      method: 'POST',
      headers: { 'Content-Range': `bytes 0-${CHUNK - 1}/${body.length}` },
      body: body.subarray(0, CHUNK),
    });
    assert.equal(first.status, 200);
    const misplaced = await request(origin, 'upload', path, {
      method: 'PATCH',
      headers: { 'Content-Range': `bytes 5-14/${body.length}` },
      body: body.subarray(5, 15),
    });
    assert.equal(misplaced.status, 200);
    const last = await request(origin, 'upload', path, {
      method: 'PATCH',
      headers: { 'Content-Range': `bytes ${CHUNK}-${body.length - 1}/${body.length}` },
      body: body.subarray(CHUNK),
    });
    assert.equal(last.status, 200);
    const held = await statusOf(id);
    assert.equal(held.complete, true);
    assert.equal(held.rejected, 1);
    assert.equal(held.sha256, createHash('sha256').update(body).digest('hex'));
  });
});
