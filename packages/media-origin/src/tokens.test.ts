import assert from 'node:assert/strict';
import { createSign, generateKeyPairSync } from 'node:crypto';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { HttpError } from './http.ts';
import { loadSigningKey, mintToken, verifyToken, type Audience } from './tokens.ts';

const key = loadSigningKey(fileURLToPath(new URL('../../../test/fixtures/keys', import.meta.url)));
const NOW = Date.UTC(2030, 0, 1);
const expected = { audience: 'v' as Audience, playbackId: 'signed-vod', now: NOW };
const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const decode = (segment: string | undefined): Record<string, unknown> =>
  JSON.parse(Buffer.from(segment ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;

/** A JWT signed with the test key from arbitrary header and payload JSON (what mintToken will not produce). */
function signRaw(header: unknown, payload: unknown): string {
  const body = `${part(header)}.${part(payload)}`;
  return `${body}.${createSign('RSA-SHA256').update(body).sign(key.privateKey).toString('base64url')}`;
}

const valid = (claims: Record<string, unknown> = {}): string =>
  mintToken(key, { sub: 'signed-vod', aud: 'v', ...claims }, { now: NOW });

function rejects(token: string | null, reason: string, message?: RegExp, against = expected): void {
  assert.throws(
    () => verifyToken(key, token, against),
    (error: unknown) => {
      assert.ok(error instanceof HttpError, 'an HttpError');
      assert.equal(error.status, 403);
      assert.equal(error.reason, reason);
      if (message) assert.match(error.message, message);
      return true;
    },
  );
}

await test('mintToken', async (t) => {
  await t.test('makes an RS256 JWT whose header and payload carry the kid', () => {
    const parts = valid().split('.');
    assert.equal(parts.length, 3);
    assert.deepEqual(decode(parts[0]), { alg: 'RS256', typ: 'JWT', kid: key.kid });
    assert.deepEqual(decode(parts[1]), { sub: 'signed-vod', aud: 'v', exp: NOW / 1000 + 3600, kid: key.kid });
  });

  await t.test('counts expiresIn from the given now, and keeps an explicit exp', () => {
    assert.equal(
      decode(mintToken(key, { sub: 'x', aud: 'v' }, { now: NOW, expiresIn: 60 }).split('.')[1]).exp,
      NOW / 1000 + 60,
    );
    assert.equal(decode(mintToken(key, { sub: 'x', aud: 'v', exp: 123 }, { now: NOW }).split('.')[1]).exp, 123);
  });

  await t.test('defaults to the real clock', () => {
    const exp = decode(mintToken(key, { sub: 'x', aud: 'v' }).split('.')[1]).exp as number;
    assert.ok(Math.abs(exp - (Date.now() / 1000 + 3600)) < 5);
  });

  await t.test('carries extra claims (signed modifiers) unchanged', () => {
    const claims = verifyToken(key, valid({ max_resolution: '720p', redundant_streams: true }), expected);
    assert.equal(claims.max_resolution, '720p');
    assert.equal(claims.redundant_streams, true);
  });
});

await test('verifyToken', async (t) => {
  await t.test('accepts a valid token and returns its claims', () => {
    const claims = verifyToken(key, valid(), expected);
    assert.equal(claims.sub, 'signed-vod');
    assert.equal(claims.aud, 'v');
    assert.equal(claims.exp, NOW / 1000 + 3600);
  });

  await t.test('takes the kid from the payload when the header has none', () => {
    const token = signRaw({ alg: 'RS256' }, { sub: 'signed-vod', aud: 'v', exp: NOW / 1000 + 60, kid: key.kid });
    assert.equal(verifyToken(key, token, expected).sub, 'signed-vod');
  });

  await t.test('token_missing for null or empty', () => {
    rejects(null, 'token_missing', /signed-vod/);
    rejects('', 'token_missing');
  });

  await t.test('token_malformed when it is not three base64url parts', () => {
    rejects('abc', 'token_malformed');
    rejects('a.b', 'token_malformed');
    rejects('a.b.c.d', 'token_malformed');
    rejects('a+b.c/d.e=', 'token_malformed');
  });

  await t.test('token_malformed when a part is not a JSON object', () => {
    const [, payload, signature] = valid().split('.');
    rejects(`${Buffer.from('not json').toString('base64url')}.${payload}.${signature}`, 'token_malformed', /header/);
    rejects(`${part({ alg: 'RS256', kid: key.kid })}.${part([1, 2])}.${signature}`, 'token_malformed', /payload/);
  });

  await t.test('token_malformed for any algorithm but RS256, "none" included', () => {
    const claims = { sub: 'signed-vod', aud: 'v', exp: NOW / 1000 + 60 };
    rejects(`${part({ alg: 'none', kid: key.kid })}.${part(claims)}.`, 'token_malformed', /none/);
    rejects(`${part({ alg: 'HS256', kid: key.kid })}.${part(claims)}.c2ln`, 'token_malformed', /HS256/);
  });

  await t.test('token_unknown_key for a kid the origin does not hold', () => {
    rejects(
      mintToken(key, { sub: 'signed-vod', aud: 'v' }, { now: NOW, kid: 'someone-else' }),
      'token_unknown_key',
      /someone-else/,
    );
  });

  await t.test('token_signature when signed by another key (forged)', () => {
    rejects(mintToken(key, { sub: 'signed-vod', aud: 'v' }, { now: NOW, privateKey: otherKey }), 'token_signature');
  });

  await t.test('token_signature when the payload was edited after signing', () => {
    const [header, , signature] = valid().split('.');
    const edited = part({ sub: 'signed-vod', aud: 'v', exp: NOW / 1000 + 999_999, kid: key.kid });
    rejects(`${header}.${edited}.${signature}`, 'token_signature');
  });

  await t.test('checks the signature before exp, so a forged token reveals nothing about its claims', () => {
    rejects(mintToken(key, { sub: 'x', aud: 'g', exp: 1 }, { privateKey: otherKey }), 'token_signature');
  });

  await t.test('token_malformed when exp is missing or not a number', () => {
    rejects(signRaw({ alg: 'RS256', kid: key.kid }, { sub: 'signed-vod', aud: 'v' }), 'token_malformed', /exp/);
    rejects(
      signRaw({ alg: 'RS256', kid: key.kid }, { sub: 'signed-vod', aud: 'v', exp: '9999999999' }),
      'token_malformed',
      /exp/,
    );
  });

  await t.test('token_expired at exp and after, with the expiry time in the message', () => {
    rejects(valid({ exp: NOW / 1000 }), 'token_expired', /2030-01-01T00:00:00\.000Z/);
    rejects(valid({ exp: NOW / 1000 - 90 }), 'token_expired', /90 s ago/);
    assert.doesNotThrow(() => verifyToken(key, valid({ exp: NOW / 1000 + 1 }), expected));
  });

  await t.test('token_audience names the audience the URL needs', () => {
    rejects(valid({ aud: 't' }), 'token_audience', /"t".*video \(v\)/);
    rejects(valid(), 'token_audience', /DRM license \(d\)/, { ...expected, audience: 'd' });
  });

  await t.test('token_subject for a token minted for another playback ID', () => {
    rejects(valid({ sub: 'vod-clearkey' }), 'token_subject', /"vod-clearkey", not "signed-vod"/);
  });
});
