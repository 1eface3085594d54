import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { BeaconLog, type Beacon } from './beacons.ts';
import { startOrigin, type Origin } from './server.ts';
import { request } from './testing.ts';

const NOW = Date.UTC(2030, 0, 1);
const PAGE = 'http://localhost:5173';

let origin: Origin;
before(async () => {
  origin = await startOrigin({ port: 0, now: () => NOW });
});
afterEach(() => origin.beacons.clear());
after(() => origin.stop());

void describe('the beacon sink', () => {
  void test('records a JSON beacon, parsed, with its method, path and content type', async () => {
    const batch = { events: [{ e: 'viewstart', view_id: 'a' }], transmission_timestamp: 1 };
    const response = await request(origin, 'beacon', '/', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(batch),
    });
    assert.equal(response.status, 200);
    assert.equal(response.text, '');
    assert.deepEqual(origin.beacons.entries, [
      { receivedAt: NOW, method: 'POST', path: '/', contentType: 'application/json', body: batch },
    ] satisfies Beacon[]);
  });

  void test('keeps a body that is not JSON as text', async () => {
    await request(origin, 'beacon', '/log', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
      body: 'event=play&t=1',
    });
    const [beacon] = origin.beacons.entries;
    assert.equal(beacon?.body, 'event=play&t=1');
    assert.equal(beacon.contentType, 'text/plain;charset=UTF-8');
  });

  void test('records an empty body and a bodiless GET', async () => {
    await request(origin, 'beacon', '/ping', { method: 'POST' });
    await request(origin, 'beacon', '/pixel.gif?e=play');
    assert.deepEqual(
      origin.beacons.entries.map(({ method, path, body, contentType }) => ({ method, path, body, contentType })),
      [
        { method: 'POST', path: '/ping', body: '', contentType: '' },
        { method: 'GET', path: '/pixel.gif?e=play', body: '', contentType: '' },
      ],
    );
  });

  void test('accepts any path, with its query', async () => {
    await request(origin, 'beacon', '/collector/v2/batch?sdk=mux-embed&v=5', { method: 'POST', body: '{}' });
    assert.equal(origin.beacons.entries[0]?.path, '/collector/v2/batch?sdk=mux-embed&v=5');
  });

  void test('answers on any host with a "beacon" label, as env-key prefixed collection domains need', async () => {
    for (const service of ['abc123.beacon', 'img.litix.beacon']) {
      const response = await request(origin, service, '/', { method: 'POST', body: `{"from":"${service}"}` });
      assert.equal(response.status, 200);
    }
    assert.deepEqual(
      origin.beacons.entries.map(({ body }) => body),
      [{ from: 'abc123.beacon' }, { from: 'img.litix.beacon' }],
    );
  });

  void test('is queryable over the control service', async () => {
    await request(origin, 'beacon', '/', { method: 'POST', body: JSON.stringify({ events: [{ e: 'play' }] }) });
    await request(origin, 'x.beacon', '/', { method: 'POST', body: 'plain' });
    const listed = await request(origin, 'control', '/beacons');
    const { beacons, events } = listed.json<{ beacons: Beacon[]; events: unknown[] }>();
    assert.deepEqual(
      beacons.map(({ body }) => body),
      [{ events: [{ e: 'play' }] }, 'plain'],
    );
    assert.deepEqual(events, [{ e: 'play' }]);
  });

  void test('refuses a body over 5 MiB with 413 and records nothing', async () => {
    const refused = await request(origin, 'beacon', '/', { method: 'POST', body: Buffer.alloc(5 * 1024 * 1024 + 1) });
    assert.equal(refused.status, 413);
    assert.equal(origin.beacons.entries.length, 0);
  });
});

void describe('beacon CORS', () => {
  void test('a preflight for a cross-origin JSON POST is allowed', async () => {
    const preflight = await request(origin, 'abc123.beacon', '/', {
      method: 'OPTIONS',
      headers: {
        Origin: PAGE,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers['access-control-allow-origin'], PAGE);
    assert.match(String(preflight.headers['access-control-allow-methods']), /\bPOST\b/);
    assert.match(String(preflight.headers['access-control-allow-headers']), /content-type/i);
    assert.equal(origin.beacons.entries.length, 0, 'a preflight is not a beacon');
  });

  void test('the POST itself answers with the page origin allowed', async () => {
    const response = await request(origin, 'beacon', '/', {
      method: 'POST',
      headers: { Origin: PAGE, 'Content-Type': 'application/json' },
      body: '{}',
    });
    assert.equal(response.headers['access-control-allow-origin'], PAGE);
    assert.match(String(response.headers.vary), /Origin/);
  });
});

void describe('BeaconLog', () => {
  const beacon = (body: unknown): Beacon => ({ receivedAt: 0, method: 'POST', path: '/', contentType: '', body });

  void test('events() flattens the event batches in arrival order, skipping other bodies', () => {
    const log = new BeaconLog();
    log.add(beacon({ events: [{ e: 'a' }, { e: 'b' }] }));
    log.add(beacon('text'));
    log.add(beacon(null));
    log.add(beacon({ events: 'not a list' }));
    log.add(beacon({ events: [{ e: 'c' }] }));
    assert.deepEqual(log.events(), [{ e: 'a' }, { e: 'b' }, { e: 'c' }]);
  });

  void test('clear() empties the log in place', () => {
    const log = new BeaconLog();
    const { entries } = log;
    log.add(beacon({}));
    log.clear();
    assert.equal(entries.length, 0);
    assert.deepEqual(log.events(), []);
  });
});
