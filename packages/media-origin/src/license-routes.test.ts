import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { AssetManifest } from './assets.ts';
import { startOrigin } from './server.ts';
import { request, type TestRequest, type TestResponse } from './testing.ts';

const ASSET = fileURLToPath(new URL('../../../test/fixtures/media/vod-clearkey/asset.json', import.meta.url));
const encryption =
  (JSON.parse(readFileSync(ASSET, 'utf8')) as AssetManifest).encryption ?? assert.fail('vod-clearkey is encrypted');
/** The KID as a W3C ClearKey request names it: base64url, no padding. */
const KID = Buffer.from(encryption.keyId, 'hex').toString('base64url');

const origin = await startOrigin({ port: 0 });

const drmToken = (claims: Record<string, unknown> = {}): string =>
  origin.mintToken({ sub: 'vod-clearkey', aud: 'd', ...claims });

const post = (path: string, body: unknown, init: TestRequest = {}): Promise<TestResponse> =>
  request(origin, 'license', path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  });

function assertRefused(response: TestResponse, status: number, reason: string): void {
  assert.equal(response.status, status, response.text);
  assert.equal(response.reason, reason, response.text);
  assert.match(String(response.headers['content-type']), /^text\/plain/);
}

interface ClearKeyLicense {
  keys: { kty: string; kid: string; k: string }[];
  type: string;
}

await test('ClearKey licenses', async (t) => {
  await t.test('answer a W3C license request with the fixture key as a JWK set', async () => {
    const response = await post(`/license/clearkey/vod-clearkey?token=${drmToken()}`, {
      kids: [KID],
      type: 'temporary',
    });
    assert.equal(response.status, 200, response.text);
    assert.equal(response.headers['content-type'], 'application/json; charset=utf-8');
    const license = response.json<ClearKeyLicense>();
    assert.equal(license.type, 'temporary');
    assert.deepEqual(license.keys, [
      { kty: 'oct', kid: KID, k: Buffer.from(encryption.key, 'hex').toString('base64url') },
    ]);
    const [key] = license.keys;
    assert.equal(Buffer.from(key?.k ?? '', 'base64url').toString('hex'), encryption.key);
    assert.equal(Buffer.from(key?.kid ?? '', 'base64url').toString('hex'), encryption.keyId);
    assert.doesNotMatch(key?.k ?? '', /[+/=]/, 'base64url without padding, as EME requires');
  });

  await t.test('answer when the request lists other KIDs beside ours', async () => {
    const response = await post(`/license/clearkey/vod-clearkey?token=${drmToken()}`, {
      kids: ['AAAAAAAAAAAAAAAAAAAAAA', KID],
    });
    assert.equal(response.status, 200, response.text);
    assert.equal(response.json<ClearKeyLicense>().keys.length, 1);
  });

  await t.test('need a DRM token (aud d) for this playback ID', async () => {
    assertRefused(await post('/license/clearkey/vod-clearkey', { kids: [KID] }), 403, 'token_missing');
    for (const aud of ['v', 't', 's', 'g']) {
      const response = await post(`/license/clearkey/vod-clearkey?token=${drmToken({ aud })}`, { kids: [KID] });
      assertRefused(response, 403, 'token_audience');
      assert.match(response.text, /DRM license \(d\)/);
    }
    const other = origin.mintToken({ sub: 'signed-vod', aud: 'd' });
    assertRefused(await post(`/license/clearkey/vod-clearkey?token=${other}`, { kids: [KID] }), 403, 'token_subject');
    const expired = drmToken({ exp: Math.floor(Date.now() / 1000) - 1 });
    assertRefused(await post(`/license/clearkey/vod-clearkey?token=${expired}`, { kids: [KID] }), 403, 'token_expired');
  });

  await t.test('refuse a KID this asset does not have, naming the right one', async () => {
    const response = await post(`/license/clearkey/vod-clearkey?token=${drmToken()}`, {
      kids: ['AAAAAAAAAAAAAAAAAAAAAA'],
    });
    assertRefused(response, 400, 'unknown_kid');
    assert.ok(response.text.includes(KID));
    // The KID in standard base64 (with + / =) is not the KID the request format names.
    const standard = Buffer.from(encryption.keyId, 'hex').toString('base64');
    assertRefused(
      await post(`/license/clearkey/vod-clearkey?token=${drmToken()}`, { kids: [standard] }),
      400,
      'unknown_kid',
    );
  });

  await t.test('refuse a body that is not JSON', async () => {
    assertRefused(await post(`/license/clearkey/vod-clearkey?token=${drmToken()}`, '{"kids": ['), 400, 'bad_json');
  });

  await t.test('refuse JSON that is not a ClearKey request', async () => {
    for (const body of [{}, { kids: KID }, { kids: [1] }, [KID], { keys: [KID] }]) {
      const response = await post(`/license/clearkey/vod-clearkey?token=${drmToken()}`, body);
      assertRefused(response, 400, 'bad_license_request');
    }
    const empty = await request(origin, 'license', `/license/clearkey/vod-clearkey?token=${drmToken()}`, {
      method: 'POST',
    });
    assertRefused(empty, 400, 'bad_license_request');
  });

  await t.test('must be POSTed', async () => {
    const response = await request(origin, 'license', `/license/clearkey/vod-clearkey?token=${drmToken()}`);
    assertRefused(response, 405, 'method_not_allowed');
  });

  await t.test('do not exist for IDs without encryption', async () => {
    assertRefused(await post('/license/clearkey/vod', { kids: [KID] }), 400, 'not_drm');
    const signed = origin.mintToken({ sub: 'signed-vod', aud: 'd' });
    assertRefused(await post(`/license/clearkey/signed-vod?token=${signed}`, { kids: [KID] }), 400, 'not_drm');
    assertRefused(await post('/license/clearkey/no-such-id', { kids: [KID] }), 404, 'playback_id_not_found');
  });

  await t.test('refuse query parameters beside the token', async () => {
    const response = await post(`/license/clearkey/vod-clearkey?token=${drmToken()}&kid=${KID}`, { kids: [KID] });
    assertRefused(response, 403, 'params_beside_token');
  });

  await t.test('carry CORS headers for a cross-origin player', async () => {
    const response = await post(
      `/license/clearkey/vod-clearkey?token=${drmToken()}`,
      { kids: [KID] },
      {
        method: 'POST',
        headers: { Origin: 'http://app.localhost:3000', 'Content-Type': 'application/json' },
      },
    );
    assert.equal(response.status, 200);
    assert.equal(response.headers['access-control-allow-origin'], 'http://app.localhost:3000');
  });
});

await test('commercial DRM systems', async (t) => {
  const systems = [
    ['license', 'widevine', 'Widevine'],
    ['license', 'playready', 'PlayReady'],
    ['license', 'fairplay', 'FairPlay'],
    ['appcert', 'fairplay', 'FairPlay'],
  ] as const;

  await t.test('answer 403 cdm_unavailable to a valid DRM token: this origin has no such CDM', async () => {
    for (const [kind, system, name] of systems) {
      const response = await post(`/${kind}/${system}/vod-clearkey?token=${drmToken()}`, 'challenge');
      assertRefused(response, 403, 'cdm_unavailable');
      assert.match(response.text, new RegExp(`no ${name} license server`));
      const get = await request(origin, 'license', `/${kind}/${system}/vod-clearkey?token=${drmToken()}`);
      assertRefused(get, 403, 'cdm_unavailable');
    }
  });

  await t.test('check the token first, like every other license URL', async () => {
    for (const [kind, system] of systems) {
      assertRefused(await post(`/${kind}/${system}/vod-clearkey`, 'challenge'), 403, 'token_missing');
      assertRefused(
        await post(`/${kind}/${system}/vod-clearkey?token=${drmToken({ aud: 'v' })}`, 'challenge'),
        403,
        'token_audience',
      );
    }
  });

  await t.test('unknown key systems, and app certificates for anything but FairPlay, are 404', async () => {
    for (const path of [
      '/license/primetime/vod-clearkey',
      '/appcert/widevine/vod-clearkey',
      '/appcert/clearkey/vod-clearkey',
      '/license/widevine',
      '/keys/widevine/vod-clearkey',
    ]) {
      assertRefused(await post(`${path}?token=${drmToken()}`, 'challenge'), 404, 'not_found');
    }
  });
});

// Top-level tests run one after another (each is awaited), so this runs after the last.
await origin.stop();
