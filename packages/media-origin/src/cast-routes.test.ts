import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startOrigin } from './server.ts';
import { request } from './testing.ts';

const origin = await startOrigin({ port: 0 });

await test('the Cast sender stand-in', async (t) => {
  await t.test('is served at the real framework path as JavaScript, cross-origin', async () => {
    const response = await request(origin, 'cast', '/cv/js/sender/v1/cast_sender.js?loadCastFramework=1');
    assert.equal(response.status, 200);
    assert.match(String(response.headers['content-type']), /^text\/javascript/);
    assert.ok(response.headers['access-control-allow-origin']);
    assert.match(response.text, /__onGCastApiAvailable/);
    assert.match(response.text, /RemotePlayerController/);
  });

  await t.test('answers anything else with 404 and the right path', async () => {
    const response = await request(origin, 'cast', '/cast_sender.js');
    assert.equal(response.status, 404);
    assert.match(response.text, /\/cv\/js\/sender\/v1\/cast_sender\.js/);
  });
});

await origin.stop();
