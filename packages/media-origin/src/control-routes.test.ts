import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, afterEach, before, describe, test } from 'node:test';
import { startOrigin, type Origin } from './server.ts';
import { request, type TestResponse } from './testing.ts';
import { verifyToken } from './tokens.ts';
import type { UploadStatus } from './uploads.ts';

const NOW = Date.UTC(2030, 0, 1);

let origin: Origin;
before(async () => {
  origin = await startOrigin({ port: 0, now: () => NOW });
});
afterEach(() => {
  origin.faults.clear();
  origin.beacons.clear();
});
after(() => origin.stop());

const control = (method: string, path: string, body?: unknown): Promise<TestResponse> =>
  request(origin, 'control', path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

function decodePart(token: string, index: number): Record<string, unknown> {
  const part = token.split('.')[index] ?? '';
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
}

void describe('POST /tokens', () => {
  void test('mints an RS256 token with the claims, signed by the origin key', async () => {
    const response = await control('POST', '/tokens', {
      claims: { sub: 'signed-vod', aud: 'v', max_resolution: '720p' },
    });
    assert.equal(response.status, 200);
    const { token } = response.json<{ token: string }>();
    assert.equal(decodePart(token, 0).alg, 'RS256');
    assert.equal(decodePart(token, 0).kid, origin.key.kid);
    // Tokens expire on the wall clock, which is what a real backend would use.
    const claims = verifyToken(origin.key, token, { audience: 'v', playbackId: 'signed-vod', now: Date.now() });
    assert.equal(claims.max_resolution, '720p');
  });

  void test('sets exp from expiresIn (seconds)', async () => {
    const before = Math.floor(Date.now() / 1000);
    const { token } = (await control('POST', '/tokens', { claims: { sub: 'x', aud: 't' }, expiresIn: 60 })).json<{
      token: string;
    }>();
    const exp = decodePart(token, 1).exp as number;
    assert.ok(exp >= before + 60 && exp <= Math.ceil(Date.now() / 1000) + 60, `exp ${exp}`);
  });

  void test('keeps an explicit exp claim, so tests can mint expired tokens', async () => {
    const { token } = (await control('POST', '/tokens', { claims: { sub: 'x', aud: 'v', exp: 1000 } })).json<{
      token: string;
    }>();
    assert.equal(decodePart(token, 1).exp, 1000);
    assert.throws(() => verifyToken(origin.key, token, { audience: 'v', playbackId: 'x', now: Date.now() }), {
      reason: 'token_expired',
    });
  });

  void test('puts a requested kid in the header', async () => {
    const { token } = (await control('POST', '/tokens', { claims: { sub: 'x', aud: 'v' }, kid: 'other-key' })).json<{
      token: string;
    }>();
    assert.equal(decodePart(token, 0).kid, 'other-key');
    assert.throws(() => verifyToken(origin.key, token, { audience: 'v', playbackId: 'x', now: Date.now() }), {
      reason: 'token_unknown_key',
    });
  });

  void test('forged: signs with a key the origin does not know, under the real kid', async () => {
    const response = await control('POST', '/tokens', { claims: { sub: 'x', aud: 'v' }, forged: true });
    const { token } = response.json<{ token: string }>();
    assert.equal(decodePart(token, 0).kid, origin.key.kid);
    assert.throws(() => verifyToken(origin.key, token, { audience: 'v', playbackId: 'x', now: Date.now() }), {
      reason: 'token_signature',
    });
  });

  for (const body of [{}, { claims: { aud: 'v' } }, { claims: { sub: 'x' } }, { claims: { sub: 1, aud: 'v' } }, null]) {
    void test(`refuses ${JSON.stringify(body)} with 400`, async () => {
      const refused = await control('POST', '/tokens', body);
      assert.equal(refused.status, 400);
      assert.equal(refused.reason, 'bad_token_request');
    });
  }

  void test('refuses a body that is not JSON with 400', async () => {
    const refused = await request(origin, 'control', '/tokens', { method: 'POST', body: 'sub=x' });
    assert.equal(refused.status, 400);
    assert.equal(refused.reason, 'bad_json');
  });
});

void describe('GET /uploads', () => {
  void test('lists every upload and reports one by id', async () => {
    const id = origin.uploads.create();
    const body = Buffer.from('hello');
    await request(origin, 'upload', `/uploads/${id}`, { method: 'PUT', body });
    const list = (await control('GET', '/uploads')).json<UploadStatus[]>();
    const listed = list.find((upload) => upload.id === id);
    assert.ok(listed);
    const one = await control('GET', `/uploads/${id}`);
    assert.equal(one.status, 200);
    assert.deepEqual(one.json(), listed);
    assert.deepEqual(
      { received: listed.received, total: listed.total, complete: listed.complete, sha256: listed.sha256 },
      { received: 5, total: 5, complete: true, sha256: createHash('sha256').update(body).digest('hex') },
    );
  });

  void test('an unknown upload id gets 404', async () => {
    const missing = await control('GET', '/uploads/nope');
    assert.equal(missing.status, 404);
    assert.equal(missing.reason, 'upload_not_found');
  });
});

void describe('/beacons', () => {
  void test('GET lists beacons and their events; DELETE clears them', async () => {
    await request(origin, 'beacon', '/', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ events: [{ e: 'playerready' }, { e: 'play' }] }),
    });
    const listed = (await control('GET', '/beacons')).json<{ beacons: { path: string }[]; events: unknown[] }>();
    assert.equal(listed.beacons.length, 1);
    assert.deepEqual(listed.events, [{ e: 'playerready' }, { e: 'play' }]);
    assert.deepEqual((await control('DELETE', '/beacons')).json(), { beacons: [] });
    assert.deepEqual((await control('GET', '/beacons')).json(), { beacons: [], events: [] });
    assert.equal(origin.beacons.entries.length, 0);
  });
});

void describe('POST /reset', () => {
  void test('clears faults and beacons but keeps uploads', async () => {
    const id = origin.uploads.create();
    origin.faults.add({ host: 'image', status: 500 });
    await request(origin, 'beacon', '/', { method: 'POST', body: 'x' });
    assert.deepEqual((await control('POST', '/reset')).json(), { reset: true });
    assert.equal(origin.faults.pending, 0);
    assert.equal(origin.beacons.entries.length, 0);
    assert.ok(origin.uploads.has(id));
  });
});

void describe('GET /clock', () => {
  void test("reports the origin's clock", async () => {
    assert.deepEqual((await control('GET', '/clock')).json(), { now: NOW, startedAt: NOW });
  });
});

void describe('POST /clock', () => {
  void test('stops the clock at a moment after the start, and lets it run again on reset', async () => {
    let wall = NOW;
    const moving = await startOrigin({ port: 0, now: () => wall });
    const clock = (method: string, body?: unknown): Promise<TestResponse> =>
      request(moving, 'control', '/clock', {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    try {
      assert.deepEqual((await clock('POST', { frozenAt: 40_000 })).json(), { now: NOW + 40_000, frozen: true });
      wall += 5000;
      assert.equal((await clock('GET')).json<{ now: number }>().now, NOW + 40_000);
      await request(moving, 'control', '/reset', { method: 'POST' });
      assert.equal((await clock('GET')).json<{ now: number }>().now, wall);
    } finally {
      await moving.stop();
    }
  });

  void test('refuses a moment that is not a number of ms after the start', async () => {
    for (const body of [{}, { frozenAt: 'soon' }, { frozenAt: -1 }]) {
      const refused = await control('POST', '/clock', body);
      assert.equal(refused.status, 400);
      assert.equal(refused.reason, 'bad_clock_request');
    }
  });
});

void describe('unknown control routes', () => {
  for (const [method, path] of [
    ['GET', '/'],
    ['GET', '/tokens'],
    ['PUT', '/faults'],
    ['POST', '/uploads'],
    ['GET', '/uploads/a/b'],
  ] as const) {
    void test(`${method} ${path} gets 404 with a reason`, async () => {
      const missing = await control(method, path);
      assert.equal(missing.status, 404);
      assert.equal(missing.reason, 'not_found');
      assert.match(missing.text, new RegExp(`no control endpoint ${method} ${path}`));
    });
  }
});
