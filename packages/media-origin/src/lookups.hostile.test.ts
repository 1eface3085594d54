// Names every object inherits, used where the origin looks a request's words up in a table: a
// host label, a key system, a live-control action, a static rendition. Each must be "not found",
// never the inherited member (which answered nonsense, or left the request hanging).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startOrigin, type Origin } from './server.ts';
import { request } from './testing.ts';

const INHERITED = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

let origin: Origin;
before(async () => {
  origin = await startOrigin({ port: 0, idleTimeoutMs: 2_000 });
});
after(() => origin.stop());

void describe('inherited names in requests', () => {
  void test('as a host label: no such service', async () => {
    for (const name of INHERITED) {
      const response = await request(origin, name.toLowerCase(), '/');
      assert.equal(response.status, 404, name);
      assert.equal(response.reason, 'unknown_service', name);
    }
  });

  void test('as a key system: no such license endpoint', async () => {
    for (const name of INHERITED) {
      for (const kind of ['license', 'appcert']) {
        const response = await request(origin, 'license', `/${kind}/${name.toLowerCase()}/vod`);
        assert.equal(response.status, 404, `${kind} ${name}`);
        assert.doesNotMatch(response.text, /function|native code/, `${kind} ${name}`);
      }
    }
  });

  void test('as a live ID or a live-control action: nothing to drive', async () => {
    for (const name of INHERITED) {
      const id = await request(origin, 'control', `/live/${encodeURIComponent(name)}`);
      assert.equal(id.status, 404, name);
      assert.equal(id.reason, 'not_controllable', name);
      const action = await request(origin, 'control', `/live/live-ll/${name.toLowerCase()}`, { method: 'POST' });
      assert.equal(action.status, 404, name);
      assert.equal(action.reason, 'not_found', name);
    }
  });

  void test('as a static rendition: not found', async () => {
    for (const name of INHERITED) {
      const response = await request(origin, 'stream', `/vod/${name.toLowerCase().replace(/_/g, '-')}.mp4`);
      assert.equal(response.status, 404, name);
    }
  });
});
