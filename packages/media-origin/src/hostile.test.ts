// The origin as a hostile page or a broken client meets it: it is a development server on a
// developer's machine, so it answers only its own hosts and pages, and nothing can stall it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MAX_BEACONS } from './beacons.ts';
import { startOrigin, type Origin } from './server.ts';
import { openRequest, request } from './testing.ts';

let origin: Origin;
before(async () => {
  origin = await startOrigin({ port: 0, idleTimeoutMs: 500 });
});
after(() => origin.stop());

void describe('another website', () => {
  void test('gets no CORS grant, no private-network access, and cannot read the control host', async () => {
    const preflight = await request(origin, 'control', '/faults', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://evil.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Private-Network': 'true',
      },
    });
    assert.equal(preflight.headers['access-control-allow-origin'], undefined);
    assert.equal(preflight.headers['access-control-allow-private-network'], undefined);
    const media = await request(origin, 'stream', '/vod.m3u8', {
      headers: { Origin: 'http://localhost.evil.example' },
    });
    assert.equal(media.headers['access-control-allow-origin'], undefined);
  });

  void test('pages on this machine keep their CORS grant', async () => {
    for (const page of ['http://localhost:5173', 'http://127.0.0.1:6006', 'http://app.localhost:3000']) {
      const response = await request(origin, 'stream', '/vod.m3u8', { headers: { Origin: page } });
      assert.equal(response.headers['access-control-allow-origin'], page);
    }
  });

  void test('cannot rebind its DNS to the origin: Host names outside *.localhost get 421', async () => {
    for (const host of ['control.attacker.example', 'stream.localhost.evil.example', 'attacker.example:80']) {
      const response = await request(origin, 'control', '/faults', {
        method: 'POST',
        headers: { Host: host, 'Content-Type': 'application/json' },
        body: JSON.stringify([{ host: 'stream', status: 500, count: 1 }]),
      });
      assert.equal(response.status, 421, host);
      assert.equal(response.reason, 'unknown_host');
    }
    assert.equal(origin.faults.pending, 0);
  });
});

void describe('the control host', () => {
  void test('refuses a fault pattern that would backtrack for ever, and keeps answering', async () => {
    for (const pathPattern of ['^/(a+)+$', '(\\w*)*x', '^(x{2,})+y', 'a'.repeat(201)]) {
      const response = await request(origin, 'control', '/faults', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify([{ host: 'stream', pathPattern, status: 500 }]),
      });
      assert.equal(response.status, 400, pathPattern);
    }
    const started = performance.now();
    await request(origin, 'stream', `/${'a'.repeat(40)}!`);
    assert.ok(performance.now() - started < 1000);
  });

  void test('keeps the latest beacons only, and refuses an oversized one', async () => {
    for (let i = 0; i < MAX_BEACONS + 50; i++)
      origin.beacons.add({ receivedAt: i, method: 'POST', path: '/', contentType: '', body: i });
    assert.equal(origin.beacons.entries.length, MAX_BEACONS);
    assert.equal(origin.beacons.entries[0]?.body, 50);
    const huge = await request(origin, 'beacon', '/', { method: 'POST', body: Buffer.alloc(300 * 1024, 97) });
    assert.equal(huge.status, 413);
    origin.beacons.clear();
  });
});

void describe('broken clients', () => {
  void test('a body that stops coming is closed after the idle timeout', async () => {
    const id = origin.uploads.create();
    const { req, response } = openRequest(origin, 'upload', `/uploads/${id}`, {
      headers: { 'Content-Length': String(2 * 1024 ** 3), 'Content-Type': 'application/octet-stream' },
    });
    req.write(Buffer.alloc(1024));
    const started = performance.now();
    const outcome = await Promise.race([
      response.then(
        () => 'answered',
        () => 'closed',
      ),
      new Promise((late) => setTimeout(() => late('still open'), 5000)),
    ]);
    assert.notEqual(outcome, 'still open');
    assert.ok(performance.now() - started < 5000);
  });

  void test('malformed percent-encoding is a 400, not a 500', async () => {
    for (const [service, path] of [
      ['player', '/%E0%A4%A'],
      ['stream', '/vod/%E0%A4%A.ts'],
    ] as const) {
      const response = await request(origin, service, path);
      assert.ok(response.status < 500, `${service}${path}: ${String(response.status)}`);
    }
  });

  void test('object-prototype names are unknown playback IDs (404), with or without a token', async () => {
    for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const plain = await request(origin, 'stream', `/${id}.m3u8`);
      assert.equal(plain.status, 404, id);
      const token = origin.mintToken({ sub: id, aud: 'v' });
      const signed = await request(origin, 'stream', `/${id}.m3u8?token=${token}`);
      assert.equal(signed.status, 404, `${id} with a token`);
    }
  });
});
