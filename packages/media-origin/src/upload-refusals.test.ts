/** The upload routes refusing what breaks the protocol, surviving dropped connections, and keeping uploads apart. */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { openRequest, request } from './testing.ts';
import {
  CHUNK,
  assertHolds,
  createUpload,
  origin,
  probe,
  putChunk,
  putRange,
  sha256,
  statusOf,
  useUploadOrigin,
} from './upload-routes.fixture.ts';

useUploadOrigin();

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
    const patched = await request(origin, 'upload', `/uploads/${id}`, { method: 'PATCH' });
    assert.equal(patched.status, 405);
    assert.equal(patched.reason, 'method_not_allowed');
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
    assert.equal(held.sha256, sha256(body));
  });
});
