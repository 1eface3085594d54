import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { HttpError } from './http.ts';
import { crc32cBase64 } from './upload-routes.fixture.ts';
import { CHUNK_GRANULARITY, heldRange, parseContentRange, UploadStore, type ContentRange } from './uploads.ts';

const CHUNK = CHUNK_GRANULARITY;
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

type Chunk = Extract<ContentRange, { kind: 'chunk' }>;
const chunk = (start: number, end: number, total: number | null): Chunk => ({ kind: 'chunk', start, end, total });

/** Asserts `run` throws an HttpError with this status and reason. */
function assertRefused(run: () => unknown, status: number, reason: string): void {
  assert.throws(run, (error: unknown) => {
    assert.ok(error instanceof HttpError, `expected an HttpError, got ${String(error)}`);
    assert.equal(error.status, status);
    assert.equal(error.reason, reason);
    return true;
  });
}

async function* pieces(...parts: Buffer[]): AsyncGenerator<Buffer> {
  for (const part of parts) {
    await Promise.resolve();
    yield part;
  }
}

void describe('parseContentRange', () => {
  void test('reads a chunk with a known total', () => {
    assert.deepEqual(parseContentRange('bytes 0-262143/1000000'), chunk(0, 262143, 1000000));
  });

  void test('reads a chunk with an unknown total', () => {
    assert.deepEqual(parseContentRange('bytes 262144-524287/*'), chunk(262144, 524287, null));
  });

  void test('reads a status probe, with or without a total', () => {
    assert.deepEqual(parseContentRange('bytes */1000'), { kind: 'probe', total: 1000 });
    assert.deepEqual(parseContentRange('bytes */*'), { kind: 'probe', total: null });
  });

  void test('tolerates surrounding whitespace', () => {
    assert.deepEqual(parseContentRange('  bytes 0-9/10 '), chunk(0, 9, 10));
  });

  void test('accepts a one-byte final chunk', () => {
    assert.deepEqual(parseContentRange('bytes 9-9/10'), chunk(9, 9, 10));
  });

  for (const header of [
    '',
    'bytes',
    'bytes=0-9/10',
    'bytes 0-9',
    'bytes 0-9/',
    'bytes 0-/10',
    'bytes -9/10',
    'bytes 0--9/10',
    'bytes 1.5-9/10',
    'bytes 0x0-9/10',
    'bytes  0-9/10',
    'bytes 0-9/10, 10-19/20',
    'bytes */',
    'bytes */-1',
  ]) {
    void test(`refuses the malformed "${header}"`, () => {
      assertRefused(() => parseContentRange(header), 400, 'bad_content_range');
    });
  }

  void test('refuses an end before the start', () => {
    assertRefused(() => parseContentRange('bytes 10-9/20'), 400, 'bad_content_range');
  });

  void test('refuses an end at or past the total', () => {
    assertRefused(() => parseContentRange('bytes 0-10/10'), 400, 'bad_content_range');
    assertRefused(() => parseContentRange('bytes 0-0/0'), 400, 'bad_content_range');
  });

  void test('refuses offsets too large to be exact', () => {
    assertRefused(() => parseContentRange('bytes 0-99999999999999999999/*'), 400, 'bad_content_range');
    assertRefused(() => parseContentRange('bytes 0-1/99999999999999999999'), 400, 'bad_content_range');
  });
});

void describe('heldRange', () => {
  void test('says nothing when nothing is held, else the inclusive range', () => {
    assert.deepEqual(heldRange(0), {});
    assert.deepEqual(heldRange(1), { Range: 'bytes=0-0' });
    assert.deepEqual(heldRange(CHUNK), { Range: `bytes=0-${CHUNK - 1}` });
  });
});

void describe('UploadStore', () => {
  let store: UploadStore;
  beforeEach(() => {
    store = new UploadStore();
  });
  afterEach(() => store.close());

  void test('creates empty uploads with distinct ids', () => {
    const a = store.create();
    const b = store.create();
    assert.notEqual(a, b);
    assert.ok(store.has(a));
    assert.deepEqual(store.status(a), {
      id: a,
      received: 0,
      total: null,
      complete: false,
      sha256: sha256(Buffer.alloc(0)),
      crc32c: 'AAAAAA==',
      chunks: 0,
      rejected: 0,
      style: 'resumable',
    });
    assert.deepEqual(
      store.list().map(({ id }) => id),
      [a, b],
    );
  });

  void test('refuses unknown ids with 404', () => {
    assert.equal(store.has('missing'), false);
    assertRefused(() => store.status('missing'), 404, 'upload_not_found');
    assertRefused(() => store.bytes('missing'), 404, 'upload_not_found');
    assertRefused(() => store.check('missing', chunk(0, 9, 10), 10), 404, 'upload_not_found');
  });

  void test('commits chunks in order and completes on the last', () => {
    const id = store.create();
    const file = randomBytes(2 * CHUNK + 3);
    let status = store.commit(id, chunk(0, CHUNK - 1, file.length), file.subarray(0, CHUNK));
    assert.equal(status.received, CHUNK);
    assert.equal(status.sha256, sha256(file.subarray(0, CHUNK)));
    assert.equal(status.crc32c, crc32cBase64(file.subarray(0, CHUNK)));
    assert.equal(status.complete, false);
    status = store.commit(id, chunk(CHUNK, 2 * CHUNK - 1, null), file.subarray(CHUNK, 2 * CHUNK));
    assert.equal(status.total, file.length, 'a "*" chunk keeps the total named earlier');
    status = store.commit(id, chunk(2 * CHUNK, file.length - 1, file.length), file.subarray(2 * CHUNK));
    assert.deepEqual(
      { ...status, id: undefined },
      {
        id: undefined,
        received: file.length,
        total: file.length,
        complete: true,
        sha256: sha256(file),
        crc32c: crc32cBase64(file),
        chunks: 3,
        rejected: 0,
        style: 'resumable',
      },
    );
    assert.ok(store.bytes(id).equals(file));
  });

  void test('completes an upload whose total is only named by the final chunk', () => {
    const id = store.create();
    const file = randomBytes(CHUNK + 1);
    assert.equal(store.commit(id, chunk(0, CHUNK - 1, null), file.subarray(0, CHUNK)).total, null);
    assert.equal(store.commit(id, chunk(CHUNK, CHUNK, CHUNK + 1), file.subarray(CHUNK)).complete, true);
    assert.equal(store.status(id).sha256, sha256(file));
  });

  void test('a single chunk smaller than 256 KiB is a whole file', () => {
    const id = store.create();
    const file = randomBytes(10);
    assert.equal(store.commit(id, chunk(0, 9, 10), file).complete, true);
  });

  void describe('check', () => {
    let id: string;
    beforeEach(() => {
      id = store.create();
      store.commit(id, chunk(0, CHUNK - 1, 3 * CHUNK), randomBytes(CHUNK));
    });

    const refusals: [string, Chunk, number | null, number, string][] = [
      ['a chunk behind the held bytes', chunk(0, CHUNK - 1, 3 * CHUNK), CHUNK, 400, 'unexpected_offset'],
      ['a chunk ahead of the held bytes', chunk(2 * CHUNK, 3 * CHUNK - 1, 3 * CHUNK), CHUNK, 400, 'unexpected_offset'],
      ['a changed total', chunk(CHUNK, 2 * CHUNK - 1, 4 * CHUNK), CHUNK, 400, 'total_changed'],
      ['a "*" chunk past the named total', chunk(CHUNK, 3 * CHUNK, null), null, 400, 'past_total'],
      ['a short non-final chunk', chunk(CHUNK, CHUNK + 99, null), 100, 400, 'bad_chunk_size'],
      ['an odd non-final chunk', chunk(CHUNK, 2 * CHUNK, 3 * CHUNK), CHUNK + 1, 400, 'bad_chunk_size'],
      ['a Content-Length that differs', chunk(CHUNK, 2 * CHUNK - 1, 3 * CHUNK), CHUNK - 1, 400, 'length_mismatch'],
    ];
    for (const [what, range, contentLength, status, reason] of refusals) {
      void test(`refuses ${what} with ${status} ${reason}, the held Range and a count`, () => {
        assert.throws(
          () => store.check(id, range, contentLength),
          (error: unknown) =>
            error instanceof HttpError &&
            error.status === status &&
            error.reason === reason &&
            error.headers.Range === `bytes=0-${CHUNK - 1}`,
        );
        const after = store.status(id);
        assert.equal(after.received, CHUNK);
        assert.equal(after.rejected, 1);
      });
    }

    void test('accepts the next chunk, with or without a Content-Length, and changes nothing', () => {
      const before = store.status(id);
      store.check(id, chunk(CHUNK, 2 * CHUNK - 1, 3 * CHUNK), CHUNK);
      store.check(id, chunk(CHUNK, 3 * CHUNK - 1, null), null);
      store.check(id, chunk(CHUNK, 3 * CHUNK - 1, 3 * CHUNK), null);
      assert.deepEqual(store.status(id), before);
    });

    void test('refuses anything once complete', () => {
      store.commit(id, chunk(CHUNK, 3 * CHUNK - 1, 3 * CHUNK), randomBytes(2 * CHUNK));
      assertRefused(() => store.check(id, chunk(3 * CHUNK, 3 * CHUNK, null), 1), 400, 'upload_complete');
    });
  });

  void test('commit re-checks, so a chunk overtaken by its retry is refused', () => {
    const id = store.create();
    const file = randomBytes(2 * CHUNK);
    const first = chunk(0, CHUNK - 1, file.length);
    store.check(id, first, CHUNK);
    store.check(id, first, CHUNK);
    store.commit(id, first, file.subarray(0, CHUNK));
    assertRefused(() => store.commit(id, first, file.subarray(0, CHUNK)), 400, 'unexpected_offset');
    assert.equal(store.status(id).sha256, sha256(file.subarray(0, CHUNK)));
  });

  void test('commit refuses a body shorter than its range', () => {
    const id = store.create();
    assertRefused(() => store.commit(id, chunk(0, CHUNK - 1, null), randomBytes(CHUNK - 1)), 400, 'length_mismatch');
    assert.equal(store.bytes(id).length, 0);
  });

  void describe('receiveWhole', () => {
    void test('streams a whole file and completes it', async () => {
      const id = store.create();
      const file = randomBytes(3000);
      const status = await store.receiveWhole(id, pieces(file.subarray(0, 1000), file.subarray(1000)), file.length);
      assert.equal(status.complete, true);
      assert.equal(status.total, 3000);
      assert.equal(status.sha256, sha256(file));
      assert.ok(store.bytes(id).equals(file));
    });

    void test('takes a body of unknown length as whole', async () => {
      const id = store.create();
      const file = randomBytes(10);
      assert.equal((await store.receiveWhole(id, pieces(file), null)).received, 10);
    });

    void test('resets the upload when the body stops short of Content-Length', async () => {
      const id = store.create();
      await assert.rejects(store.receiveWhole(id, pieces(randomBytes(500)), 1000), { reason: 'length_mismatch' });
      assert.equal(store.bytes(id).length, 0);
      assert.equal(store.status(id).sha256, sha256(Buffer.alloc(0)));
      const file = randomBytes(1000);
      assert.equal((await store.receiveWhole(id, pieces(file), 1000)).sha256, sha256(file));
    });

    void test('resets the upload when the body fails mid-way, and rethrows', async () => {
      const id = store.create();
      async function* broken(): AsyncGenerator<Buffer> {
        yield await Promise.resolve(randomBytes(100));
        throw new Error('aborted');
      }
      await assert.rejects(store.receiveWhole(id, broken(), 1000), /aborted/);
      assert.equal(store.bytes(id).length, 0);
      assert.equal(store.status(id).received, 0);
    });

    void test('refuses to overwrite held bytes or a complete upload', async () => {
      const chunked = store.create();
      store.commit(chunked, chunk(0, CHUNK - 1, null), randomBytes(CHUNK));
      await assert.rejects(store.receiveWhole(chunked, pieces(randomBytes(1)), 1), { reason: 'unexpected_offset' });
      const whole = store.create();
      await store.receiveWhole(whole, pieces(randomBytes(5)), 5);
      await assert.rejects(store.receiveWhole(whole, pieces(randomBytes(5)), 5), { reason: 'upload_complete' });
    });

    void test('refuses chunks and a second whole body while one streams', async () => {
      const id = store.create();
      const file = randomBytes(2000);
      let release = (): void => undefined;
      const gate = new Promise<void>((resolve) => (release = resolve));
      async function* slow(): AsyncGenerator<Buffer> {
        yield file.subarray(0, 1000);
        await gate;
        yield file.subarray(1000);
      }
      const streaming = store.receiveWhole(id, slow(), file.length);
      await new Promise((resolve) => setImmediate(resolve));
      assertRefused(() => store.commit(id, chunk(0, 9, 10), randomBytes(10)), 409, 'upload_busy');
      await assert.rejects(store.receiveWhole(id, pieces(randomBytes(10)), 10), { status: 409, reason: 'upload_busy' });
      release();
      assert.equal((await streaming).sha256, sha256(file));
      assert.ok(store.bytes(id).equals(file));
    });
  });

  void test('close forgets every upload', () => {
    const id = store.create();
    store.close();
    assert.equal(store.has(id), false);
    assert.deepEqual(store.list(), []);
    store = new UploadStore();
  });
});
