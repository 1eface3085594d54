import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clock } from './ad-routes.ts';
import { startOrigin } from './server.ts';
import { request, type TestResponse } from './testing.ts';

const origin = await startOrigin({ port: 0 });
const self = origin.url('ads', '').replace(/\/$/, '');
const get = (path: string, headers: Record<string, string> = {}): Promise<TestResponse> =>
  request(origin, 'ads', path, { headers });

const all = (text: string, pattern: RegExp): string[] => [...text.matchAll(pattern)].map((match) => match[1] ?? '');

await test('the IMA stand-in', async (t) => {
  await t.test('is served as a classic script that defines google.ima', async () => {
    const response = await get('/ima3.js');
    assert.equal(response.status, 200, response.text);
    assert.equal(response.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.doesNotMatch(response.text, /^\s*(import|export)\s/m, 'no module syntax in a classic script');
    assert.doesNotMatch(response.text, /:\s*google\.ima\./, 'type annotations are stripped');
    for (const name of ['AdDisplayContainer', 'AdsLoader', 'AdsRequest', 'AdsRenderingSettings', 'ViewMode']) {
      assert.match(response.text, new RegExp(`${name}:`), name);
    }
  });

  await t.test('runs: it installs google.ima with the SDK constants', async () => {
    const { runInNewContext } = await import('node:vm');
    const window: { google?: { ima?: Record<string, unknown> } } = {};
    runInNewContext((await get('/ima3.js')).text, { window });
    const ima = window.google?.ima;
    assert.ok(ima, 'window.google.ima');
    assert.deepEqual({ ...(ima.AdCuePoints as object) }, { PREROLL: 0, POSTROLL: -1 });
    assert.deepEqual({ ...(ima.ViewMode as object) }, { NORMAL: 'normal', FULLSCREEN: 'fullscreen' });
    const events = ima.AdEvent as { Type: Record<string, string> };
    assert.equal(events.Type.CONTENT_PAUSE_REQUESTED, 'contentPauseRequested');
    assert.equal(events.Type.FIRST_QUARTILE, 'firstquartile');
    const errors = ima.AdError as { ErrorCode: Record<string, number> };
    assert.equal(errors.ErrorCode.VAST_LOAD_TIMEOUT, 301);
    assert.equal(errors.ErrorCode.VAST_EMPTY_RESPONSE, 1009);
  });

  await t.test('answers cross-origin pages', async () => {
    const response = await get('/ima3.js', { Origin: 'http://127.0.0.1:8000' });
    assert.equal(response.headers['access-control-allow-origin'], 'http://127.0.0.1:8000');
  });
});

await test('VAST responses', async (t) => {
  await t.test('a pre-roll: one inline linear ad with absolute media, tracking and click URLs', async () => {
    const response = await get('/vast/preroll.xml');
    assert.equal(response.status, 200);
    assert.equal(response.headers['content-type'], 'application/xml; charset=utf-8');
    const xml = response.text;
    assert.match(xml, /<VAST version="4\.0">/);
    assert.equal(all(xml, /<Ad id="([^"]+)"/g).length, 1);
    assert.doesNotMatch(xml, /sequence=/, 'a single ad is not a pod');
    assert.match(xml, /<Duration>00:00:03\.000<\/Duration>/);
    assert.deepEqual(all(xml, /<MediaFile[^>]*><!\[CDATA\[([^\]]+)\]\]>/g), [`${self}/creatives/creative.mp4`]);
    assert.match(xml, new RegExp(`<Impression><!\\[CDATA\\[${self}/track/impression`));
    assert.deepEqual(all(xml, /<Tracking event="([^"]+)"/g), [
      'start',
      'firstQuartile',
      'midpoint',
      'thirdQuartile',
      'complete',
      'pause',
      'resume',
      'skip',
    ]);
    assert.match(xml, new RegExp(`<ClickThrough><!\\[CDATA\\[${self}/click`));
    assert.doesNotMatch(xml, /skipoffset/);
  });

  await t.test('a pod of N ads in sequence, skippable, VAST 3', async () => {
    const xml = (await get('/vast/preroll.xml?ads=2&skipoffset=1&version=3')).text;
    assert.match(xml, /<VAST version="3\.0">/);
    assert.deepEqual(all(xml, /sequence="(\d+)"/g), ['1', '2']);
    assert.deepEqual(all(xml, /skipoffset="([^"]+)"/g), ['00:00:01.000', '00:00:01.000']);
  });

  await t.test('a missing media file, for error handling', async () => {
    const xml = (await get('/vast/preroll.xml?media=missing')).text;
    assert.match(xml, /creatives\/missing\.mp4/);
    assert.equal((await get('/creatives/missing.mp4')).status, 404);
  });

  await t.test('an empty response, a malformed one and a wrapper', async () => {
    assert.match((await get('/vast/empty.xml')).text, /<VAST version="4\.0"\/>/);
    assert.doesNotMatch((await get('/vast/malformed.xml')).text, /<\/VAST>/);
    const wrapper = (await get('/vast/wrapper.xml?ads=2')).text;
    assert.match(wrapper, /<Wrapper>/);
    assert.match(wrapper, new RegExp(`<VASTAdTagURI><!\\[CDATA\\[${self}/vast/preroll\\.xml\\?ads=2\\]\\]>`));
  });

  await t.test('refuse bad parameters', async () => {
    for (const path of ['/vast/preroll.xml?ads=0', '/vast/preroll.xml?ads=x', '/vast/preroll.xml?skipoffset=-1']) {
      const response = await get(path);
      assert.equal(response.status, 400, path);
      assert.equal(response.reason, 'bad_param');
    }
  });
});

await test('VMAP responses', async (t) => {
  await t.test('one break per offset, each pointing at a VAST tag', async () => {
    const xml = (await get('/vmap.xml?breaks=start,2.5,50%25,end&ads=2')).text;
    assert.match(xml, /<vmap:VMAP xmlns:vmap="http:\/\/www\.iab\.net\/videosuite\/vmap" version="1\.0">/);
    assert.deepEqual(all(xml, /timeOffset="([^"]+)"/g), ['start', '00:00:02.500', '50%', 'end']);
    assert.deepEqual(all(xml, /breakId="([^"]+)"/g), ['preroll', 'midroll-1', 'midroll-2', 'postroll']);
    const tags = all(xml, /<vmap:AdTagURI[^>]*><!\[CDATA\[([^\]]+)\]\]>/g);
    assert.equal(tags.length, 4);
    for (const tag of tags) assert.match(tag, new RegExp(`^${self}/vast/preroll\\.xml\\?ads=2&id=`));
  });

  await t.test('refuse an offset that is not start, end, n% or seconds', async () => {
    const response = await get('/vmap.xml?breaks=start,soon');
    assert.equal(response.status, 400);
    assert.equal(response.reason, 'bad_param');
  });
});

await test('creatives, tracking and clicks', async (t) => {
  await t.test('the creative is a real MP4 served with byte ranges', async () => {
    const full = await get('/creatives/creative.mp4');
    assert.equal(full.status, 200);
    assert.equal(full.headers['content-type'], 'video/mp4');
    assert.ok(full.body.length > 10_000 && full.body.length < 500_000, `${String(full.body.length)} bytes`);
    assert.equal(full.body.subarray(4, 8).toString('latin1'), 'ftyp');
    const range = await get('/creatives/creative.mp4', { Range: 'bytes=0-99' });
    assert.equal(range.status, 206);
    assert.equal(range.body.length, 100);
  });

  await t.test('tracking pixels answer 204, the click-through a page', async () => {
    assert.equal((await get('/track/impression?ad=x')).status, 204);
    const click = await get('/click?ad=x');
    assert.equal(click.status, 200);
    assert.match(String(click.headers['content-type']), /^text\/html/);
  });

  await t.test('unknown paths are 404 and only GET is answered', async () => {
    assert.equal((await get('/vast/nope.xml')).status, 404);
    const post = await request(origin, 'ads', '/vast/preroll.xml', { method: 'POST', body: 'x' });
    assert.equal(post.status, 405);
  });
});

await test('clock() formats VAST times', () => {
  assert.equal(clock(0), '00:00:00.000');
  assert.equal(clock(2.5), '00:00:02.500');
  assert.equal(clock(3723.004), '01:02:03.004');
});

await origin.stop();
