import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { after, afterEach, before, describe, test } from 'node:test';
import { startOrigin, type Origin } from './server.ts';
import { request, type TestResponse } from './testing.ts';
import type { UploadStatus } from './uploads.ts';

const CHUNK = 256 * 1024;
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

let origin: Origin;
before(async () => {
  origin = await startOrigin({ port: 0 });
});
afterEach(() => origin.faults.clear());
after(() => origin.stop());

async function createUpload(): Promise<string> {
  const created = await request(origin, 'upload', '/uploads', { method: 'POST' });
  assert.equal(created.status, 201);
  return created.json<{ id: string }>().id;
}

const putChunk = (id: string, file: Buffer, start: number, length: number): Promise<TestResponse> =>
  request(origin, 'upload', `/uploads/${id}`, {
    method: 'PUT',
    headers: { 'Content-Range': `bytes ${start}-${start + length - 1}/${file.length}` },
    body: file.subarray(start, start + length),
  });

const control = (method: string, path: string, body?: unknown): Promise<TestResponse> =>
  request(origin, 'control', path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

interface PartialResponse {
  status: number;
  headers: IncomingHttpHeaders;
  received: Buffer;
  error: Error | undefined;
}

/** A GET that keeps whatever arrived before the connection died. */
function getPartial(service: string, path: string): Promise<PartialResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: origin.port,
        path,
        agent: false,
        headers: { Host: `${service}.localhost:${origin.port}` },
      },
      (res) => {
        const chunks: Buffer[] = [];
        let error: Error | undefined;
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', (failure) => (error = failure));
        res.on('close', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, received: Buffer.concat(chunks), error }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function elapsed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

void describe('status faults (origin.faults)', () => {
  void test('fail the next N matching requests with the status, then pass', async () => {
    origin.faults.add({ host: 'upload', method: 'POST', path: '/uploads', status: 503, times: 2 });
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const failed = await request(origin, 'upload', '/uploads', { method: 'POST' });
      assert.equal(failed.status, 503);
      assert.equal(failed.reason, 'injected_fault');
      assert.equal(failed.text, 'injected_fault: status 503\n');
      assert.equal(failed.headers['access-control-allow-origin'], '*', 'faults keep CORS so browsers can read them');
    }
    assert.equal(origin.faults.pending, 0);
    assert.equal((await request(origin, 'upload', '/uploads', { method: 'POST' })).status, 201);
  });

  void test('fail one request by default, with a custom body', async () => {
    origin.faults.add({ host: 'upload', status: 500, body: 'boom' });
    const failed = await request(origin, 'upload', '/uploads', { method: 'POST' });
    assert.equal(failed.status, 500);
    assert.equal(failed.text, 'boom\n');
    assert.equal((await request(origin, 'upload', '/uploads', { method: 'POST' })).status, 201);
  });

  void test('match only the given host, method and path substring', async () => {
    const id = await createUpload();
    origin.faults.add({ host: 'upload', method: 'PUT', path: `/uploads/${id}`, status: 502 });
    assert.notEqual((await request(origin, 'image', `/uploads/${id}`, { method: 'PUT' })).status, 502);
    assert.equal((await request(origin, 'upload', `/uploads/${id}`)).status, 200, 'GET is not PUT');
    assert.equal((await request(origin, 'upload', '/uploads', { method: 'PUT' })).status, 404);
    assert.equal(origin.faults.pending, 1);
    const hit = await request(origin, 'upload', `/uploads/${id}`, { method: 'put', body: 'x' });
    assert.equal(hit.status, 502);
  });

  void test('match the method case-insensitively', async () => {
    origin.faults.add({ host: 'upload', method: 'post', status: 503 });
    assert.equal((await request(origin, 'upload', '/uploads', { method: 'POST' })).status, 503);
  });

  void test('match a RegExp against the path with its query', async () => {
    const id = await createUpload();
    origin.faults.add({ host: 'upload', path: /^\/uploads\/[0-9a-f]+\?attempt=2$/, status: 504, times: 5 });
    assert.equal((await request(origin, 'upload', `/uploads/${id}?attempt=1`)).status, 200);
    assert.equal((await request(origin, 'upload', '/uploads?attempt=2', { method: 'POST' })).status, 201);
    assert.equal((await request(origin, 'upload', `/uploads/${id}?attempt=2`)).status, 504);
  });

  void test('apply rules in the order they were added', async () => {
    origin.faults.add({ host: 'upload', status: 500 });
    origin.faults.add({ host: 'upload', status: 502 });
    assert.equal((await request(origin, 'upload', '/uploads', { method: 'POST' })).status, 500);
    assert.equal((await request(origin, 'upload', '/uploads', { method: 'POST' })).status, 502);
    assert.equal((await request(origin, 'upload', '/uploads', { method: 'POST' })).status, 201);
  });

  void test('a failed chunk PUT is not stored, and the retry goes through', async () => {
    const id = await createUpload();
    const file = randomBytes(CHUNK + 10);
    origin.faults.add({ host: 'upload', method: 'PUT', status: 503 });
    assert.equal((await putChunk(id, file, 0, CHUNK)).status, 503);
    assert.equal(origin.uploads.status(id).received, 0);
    assert.equal((await putChunk(id, file, 0, CHUNK)).status, 308);
    assert.equal((await putChunk(id, file, CHUNK, 10)).status, 200);
    assert.equal(origin.uploads.status(id).sha256, sha256(file));
  });

  void test('record every request a fault applied to', async () => {
    origin.faults.add({ host: 'upload', method: 'POST', status: 503, times: 2 });
    await request(origin, 'upload', '/uploads?x=1', { method: 'POST' });
    await request(origin, 'upload', '/uploads', { method: 'POST' });
    await request(origin, 'upload', '/uploads', { method: 'POST' });
    assert.deepEqual(
      origin.faults.hits.map(({ host, method, path }) => ({ host, method, path })),
      [
        { host: 'upload', method: 'POST', path: '/uploads?x=1' },
        { host: 'upload', method: 'POST', path: '/uploads' },
      ],
    );
    assert.equal(origin.faults.hits[0]?.rule.status, 503);
  });

  void test('clear() removes pending rules and hits', async () => {
    origin.faults.add({ host: 'upload', status: 500, times: 3 });
    await request(origin, 'upload', '/uploads', { method: 'POST' });
    origin.faults.clear();
    assert.equal(origin.faults.pending, 0);
    assert.deepEqual(origin.faults.hits, []);
    assert.equal((await request(origin, 'upload', '/uploads', { method: 'POST' })).status, 201);
  });
});

void describe('delay faults', () => {
  void test('delayMs alone slows a correct response', async () => {
    const id = await createUpload();
    origin.faults.add({ host: 'upload', method: 'GET', delayMs: 150 });
    let response: TestResponse | undefined;
    const took = await elapsed(async () => {
      response = await request(origin, 'upload', `/uploads/${id}`);
    });
    assert.ok(took >= 130, `took ${took} ms`);
    assert.equal(response?.status, 200);
    assert.equal(response.json<UploadStatus>().id, id);
  });

  void test('delayMs with a status delays the failure', async () => {
    origin.faults.add({ host: 'upload', delayMs: 100, status: 503 });
    let status = 0;
    const took = await elapsed(async () => {
      status = (await request(origin, 'upload', '/uploads', { method: 'POST' })).status;
    });
    assert.ok(took >= 80, `took ${took} ms`);
    assert.equal(status, 503);
  });

  void test('the delay applies only to the matched request', async () => {
    origin.faults.add({ host: 'image', delayMs: 10_000 });
    assert.equal((await request(origin, 'upload', '/uploads', { method: 'POST' })).status, 201);
  });
});

void describe('dropped connections', () => {
  void test('drop a response after K body bytes: the client gets a truncated body and an error', async () => {
    const id = await createUpload();
    origin.faults.add({ host: 'upload', method: 'GET', drop: 'response', afterBytes: 10 });
    const partial = await getPartial('upload', `/uploads/${id}`);
    assert.equal(partial.status, 200);
    assert.ok(Number(partial.headers['content-length']) > 10);
    assert.equal(partial.received.length, 10);
    assert.ok(partial.error, 'the client must see the connection die');
    assert.equal((await request(origin, 'upload', `/uploads/${id}`)).json<UploadStatus>().id, id);
  });

  void test('drop a response after half its body by default', async () => {
    const id = await createUpload();
    origin.faults.add({ host: 'upload', method: 'GET', drop: 'response' });
    const partial = await getPartial('upload', `/uploads/${id}`);
    const length = Number(partial.headers['content-length']);
    assert.equal(partial.received.length, Math.floor(length / 2));
    assert.ok(partial.error);
  });

  void test('a response shorter than afterBytes arrives whole', async () => {
    const id = await createUpload();
    origin.faults.add({ host: 'upload', method: 'GET', drop: 'response', afterBytes: 100_000 });
    const response = await request(origin, 'upload', `/uploads/${id}`);
    assert.equal(response.json<UploadStatus>().id, id);
    assert.equal(origin.faults.hits.length, 1);
  });

  void test('drop a chunk PUT mid-body: the client sees a reset and the upload neither advances nor corrupts', async () => {
    const id = await createUpload();
    const file = randomBytes(2 * CHUNK + 1);
    assert.equal((await putChunk(id, file, 0, CHUNK)).status, 308);
    origin.faults.add({ host: 'upload', method: 'PUT', drop: 'request', afterBytes: 64 * 1024 });
    await assert.rejects(putChunk(id, file, CHUNK, CHUNK));
    assert.equal(origin.faults.hits.length, 1);
    const held = origin.uploads.status(id);
    assert.equal(held.received, CHUNK);
    assert.equal(held.sha256, sha256(file.subarray(0, CHUNK)));
    assert.equal((await putChunk(id, file, CHUNK, CHUNK)).status, 308);
    assert.equal((await putChunk(id, file, 2 * CHUNK, 1)).status, 200);
    assert.equal(origin.uploads.status(id).sha256, sha256(file));
    assert.ok(origin.uploads.bytes(id).equals(file));
  });

  void test('drop a whole-file PUT mid-body: the upload stays empty and a retry completes it', async () => {
    const id = await createUpload();
    const file = randomBytes(3 * CHUNK);
    origin.faults.add({ host: 'upload', method: 'PUT', drop: 'request' });
    await assert.rejects(request(origin, 'upload', `/uploads/${id}`, { method: 'PUT', body: file }));
    assert.equal(origin.uploads.status(id).received, 0);
    assert.equal((await request(origin, 'upload', `/uploads/${id}`, { method: 'PUT', body: file })).status, 200);
    assert.equal(origin.uploads.status(id).sha256, sha256(file));
  });

  void test('drop a bodiless request at once, without an answer', async () => {
    origin.faults.add({ host: 'upload', method: 'GET', drop: 'request' });
    await assert.rejects(request(origin, 'upload', '/uploads/anything'), /socket hang up|ECONNRESET/);
  });
});

void describe('faults over the control service', () => {
  void test('POST /faults adds one rule or several; GET lists pending and hits; DELETE clears', async () => {
    const one = await control('POST', '/faults', { host: 'upload', method: 'POST', status: 503 });
    assert.deepEqual(one.json(), { pending: 1 });
    const more = await control('POST', '/faults', [
      { host: 'upload', method: 'POST', status: 500 },
      { host: 'image', status: 404 },
    ]);
    assert.deepEqual(more.json(), { pending: 3 });

    assert.equal((await request(origin, 'upload', '/uploads', { method: 'POST' })).status, 503);
    assert.equal((await request(origin, 'upload', '/uploads', { method: 'POST' })).status, 500);
    assert.deepEqual((await control('GET', '/faults')).json(), {
      pending: 1,
      hits: [
        { host: 'upload', method: 'POST', path: '/uploads' },
        { host: 'upload', method: 'POST', path: '/uploads' },
      ],
    });

    assert.deepEqual((await control('DELETE', '/faults')).json(), { pending: 0 });
    assert.deepEqual((await control('GET', '/faults')).json(), { pending: 0, hits: [] });
  });

  void test('pathPattern is a RegExp; path is a substring', async () => {
    const id = await createUpload();
    await control('POST', '/faults', [
      { host: 'upload', pathPattern: '^/uploads/[0-9a-f]+$', status: 410, times: 2 },
      { host: 'upload', path: '?probe', status: 418 },
    ]);
    assert.equal((await request(origin, 'upload', '/uploads', { method: 'POST' })).status, 201);
    assert.equal((await request(origin, 'upload', `/uploads/${id}`)).status, 410);
    assert.equal((await request(origin, 'upload', `/uploads/${id}?probe`)).status, 418);
    assert.equal((await request(origin, 'upload', `/uploads/${id}`)).status, 410);
    assert.equal((await request(origin, 'upload', `/uploads/${id}`)).status, 200);
  });

  void test('drop and delay rules travel as JSON', async () => {
    const id = await createUpload();
    await control('POST', '/faults', { host: 'upload', method: 'GET', delayMs: 100, drop: 'response', afterBytes: 5 });
    let partial: PartialResponse | undefined;
    const took = await elapsed(async () => {
      partial = await getPartial('upload', `/uploads/${id}`);
    });
    assert.ok(took >= 80, `took ${took} ms`);
    assert.equal(partial?.received.length, 5);
    assert.ok(partial.error);
  });

  void test('a status rule answers with its extra headers, exposed to cross-origin pages', async () => {
    const id = await createUpload();
    await control('POST', '/faults', {
      host: 'upload',
      method: 'PUT',
      status: 503,
      headers: { 'Retry-After': '1000000000', Range: 'bytes=0-99' },
    });
    const answer = await request(origin, 'upload', `/uploads/${id}`, {
      method: 'PUT',
      headers: { 'Content-Range': 'bytes */100', Origin: 'http://localhost:8000' },
    });
    assert.equal(answer.status, 503);
    assert.equal(answer.headers['retry-after'], '1000000000');
    assert.equal(answer.headers.range, 'bytes=0-99');
    const exposed = String(answer.headers['access-control-expose-headers']).split(/,\s*/);
    assert.ok(exposed.includes('Retry-After') && exposed.includes('Range'), exposed.join());
  });

  for (const headers of [['Range'], { 'Bad Name': 'x' }, { Range: 'a\r\nSet-Cookie: x' }, { Range: 5 }]) {
    void test(`fault headers ${JSON.stringify(headers)} are refused with 400 and add nothing`, async () => {
      const refused = await control('POST', '/faults', { host: 'upload', status: 500, headers });
      assert.equal(refused.status, 400);
      assert.equal(refused.reason, 'bad_fault');
      assert.match(refused.text, /headers .* are refused/);
      assert.equal(origin.faults.pending, 0);
    });
  }

  void test('an invalid pathPattern is refused with 400 and adds nothing', async () => {
    const refused = await control('POST', '/faults', [{ host: 'upload', status: 500 }, { pathPattern: '(' }]);
    assert.equal(refused.status, 400);
    assert.equal(refused.reason, 'bad_fault');
    assert.equal(origin.faults.pending, 0);
  });

  void test('a rewrite rule replaces text in the real response and fixes Content-Length', async () => {
    const before = await request(origin, 'stream', '/vod.m3u8');
    assert.match(before.text, /CODECS="avc1\.[0-9a-f]+,mp4a\.40\.2"/);
    await control('POST', '/faults', {
      host: 'stream',
      path: '/vod.m3u8',
      rewrite: { pattern: 'CODECS="[^"]*"', replacement: 'CODECS="bogus.1,mp4a.40.2"' },
    });
    const rewritten = await request(origin, 'stream', '/vod.m3u8');
    assert.equal(rewritten.status, 200);
    assert.equal(rewritten.headers['content-type'], before.headers['content-type']);
    assert.equal(Number(rewritten.headers['content-length']), rewritten.body.length);
    assert.doesNotMatch(rewritten.text, /avc1/);
    assert.equal(rewritten.text.match(/CODECS="bogus\.1,mp4a\.40\.2"/g)?.length, before.text.match(/CODECS=/g)?.length);
    assert.equal(rewritten.text.replace(/CODECS="[^"]*"/g, ''), before.text.replace(/CODECS="[^"]*"/g, ''));
    // One request by default, then the real playlist again.
    assert.equal((await request(origin, 'stream', '/vod.m3u8')).text, before.text);
  });

  for (const rewrite of [{ pattern: '(a+)+$', replacement: '' }, { pattern: '(', replacement: '' }, { pattern: 1 }]) {
    void test(`a rewrite ${JSON.stringify(rewrite)} is refused with 400`, async () => {
      const refused = await control('POST', '/faults', { rewrite });
      assert.equal(refused.status, 400);
      assert.equal(refused.reason, 'bad_fault');
      assert.equal(origin.faults.pending, 0);
    });
  }

  for (const body of ['5', 'null', '[1]', '[[]]', '"rule"']) {
    void test(`a rule that is not an object (${body}) is refused with 400`, async () => {
      const refused = await request(origin, 'control', '/faults', { method: 'POST', body });
      assert.equal(refused.status, 400);
      assert.equal(refused.reason, 'bad_fault');
      assert.equal(origin.faults.pending, 0);
    });
  }

  void test('a body that is not JSON is refused with 400', async () => {
    const refused = await request(origin, 'control', '/faults', { method: 'POST', body: '{host:' });
    assert.equal(refused.status, 400);
    assert.equal(refused.reason, 'bad_json');
  });

  void test('POST /reset removes pending faults, so none leak into the next test', async () => {
    await control('POST', '/faults', { host: 'upload', status: 500, times: 10 });
    await request(origin, 'upload', '/uploads', { method: 'POST' });
    await control('POST', '/reset');
    assert.deepEqual((await control('GET', '/faults')).json(), { pending: 0, hits: [] });
    assert.equal((await request(origin, 'upload', '/uploads', { method: 'POST' })).status, 201);
  });
});
