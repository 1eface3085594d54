import { expect } from '@esm-bundle/chai';
import { PlayerError } from './player-error.ts';
import { categoryForAudience, checkToken, decodeToken, describeAge } from './tokens.ts';

const base64url = (value: string): string =>
  btoa(String.fromCharCode(...new TextEncoder().encode(value)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/** An unsigned-but-shaped JWT: the client never checks signatures. */
const jwt = (claims: Record<string, unknown>, header: Record<string, unknown> = { alg: 'RS256', typ: 'JWT' }): string =>
  `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}.c2lnbmF0dXJl`;

const NOW = Date.parse('2026-11-25T10:12:00Z');
const EXP = Date.parse('2026-11-25T10:00:00Z') / 1000;

describe('decodeToken', () => {
  it('decodes the claims', () => {
    const claims = { sub: 'abc', aud: 'v', exp: 123, kid: 'k1', custom: { session_id: 'é' } };
    expect(decodeToken(jwt(claims))).to.deep.equal(claims);
  });

  const malformed: [string, string][] = [
    ['', 'is empty'],
    ['abc', 'found 1'],
    ['a.b', 'found 2'],
    ['a.b.c.d', 'found 4'],
    [`${base64url('{')}.${base64url('{}')}.x`, 'header'],
    [`${base64url('{}')}.!!!.x`, 'payload'],
    [`${base64url('{}')}.${base64url('[1]')}.x`, 'payload'],
    [`${base64url('{}')}.${base64url('"str"')}.x`, 'payload'],
    ['https://stream.mux.com/x.m3u8?token=a.b.c', 'is a URL'],
  ];
  for (const [token, problem] of malformed) {
    it(`throws TOKEN_MALFORMED for ${JSON.stringify(token.slice(0, 30))}`, () => {
      expect(() => decodeToken(token))
        .to.throw(PlayerError, problem)
        .with.property('code', 'TOKEN_MALFORMED');
    });
  }
});

describe('checkToken', () => {
  const expectVideo = { audience: 'v', playbackId: 'abc', attribute: 'playback-token', now: NOW } as const;

  it('accepts a token that fits', () => {
    expect(checkToken(jwt({ sub: 'abc', aud: 'v', exp: NOW / 1000 + 60 }), expectVideo)).to.equal(null);
  });

  it('reports expiry with the time, how long ago, and the fix', () => {
    const error = checkToken(jwt({ sub: 'abc', aud: 'v', exp: EXP }), expectVideo);
    expect(error?.code).to.equal('TOKEN_EXPIRED');
    expect(error?.message).to.equal(
      'playback-token expired at 2026-11-25T10:00:00Z (12 minutes ago); mint a new token on your server',
    );
    expect(error?.fatal).to.be.true;
    expect(error?.category).to.equal('video');
    expect(error?.context).to.include({ attribute: 'playback-token', playbackId: 'abc', exp: EXP });
  });

  it('treats exp equal to now as expired', () => {
    expect(checkToken(jwt({ sub: 'abc', aud: 'v', exp: NOW / 1000 }), expectVideo)?.code).to.equal('TOKEN_EXPIRED');
  });

  it('reports the wrong audience and which attribute the token belongs in', () => {
    const error = checkToken(jwt({ sub: 'abc', aud: 'v', exp: EXP + 3600 }), {
      audience: 't',
      playbackId: 'abc',
      attribute: 'thumbnail-token',
      now: NOW,
    });
    expect(error?.code).to.equal('TOKEN_WRONG_AUDIENCE');
    expect(error?.category).to.equal('thumbnail');
    expect(error?.message).to.contain('thumbnail-token has aud "v" but thumbnails need aud "t"');
    expect(error?.message).to.contain('did it belong in playback-token?');
  });

  it('reports a missing audience', () => {
    const error = checkToken(jwt({ sub: 'abc', exp: EXP + 3600 }), {
      ...expectVideo,
      audience: 'd',
      attribute: 'drm-token',
    });
    expect(error?.code).to.equal('TOKEN_WRONG_AUDIENCE');
    expect(error?.category).to.equal('drm');
    expect(error?.message).to.equal('drm-token has no aud claim but DRM licenses need aud "d"; mint it with aud "d"');
  });

  it('reports a token for another playback ID', () => {
    const error = checkToken(jwt({ sub: 'other', aud: 'v', exp: EXP + 3600 }), expectVideo);
    expect(error?.code).to.equal('TOKEN_WRONG_SUBJECT');
    expect(error?.message).to.equal('playback-token is for playback ID "other", not "abc"; mint it with sub "abc"');
    expect(checkToken(jwt({ aud: 'v', exp: EXP + 3600 }), expectVideo)?.message).to.contain('has no sub claim');
  });

  it('checks audience and subject before expiry', () => {
    expect(checkToken(jwt({ sub: 'other', aud: 's', exp: EXP }), expectVideo)?.code).to.equal('TOKEN_WRONG_AUDIENCE');
    expect(checkToken(jwt({ sub: 'other', aud: 'v', exp: EXP }), expectVideo)?.code).to.equal('TOKEN_WRONG_SUBJECT');
  });

  it('reports a malformed token, a missing exp and a non-RS256 algorithm', () => {
    const garbage = checkToken('not-a-jwt', expectVideo);
    expect(garbage?.code).to.equal('TOKEN_MALFORMED');
    expect(garbage?.message).to.contain('playback-token is not a JWT');
    expect(checkToken(jwt({ sub: 'abc', aud: 'v' }), expectVideo)?.message).to.contain('no numeric exp claim');
    const hs = checkToken(jwt({ sub: 'abc', aud: 'v', exp: EXP + 3600 }, { alg: 'HS256' }), expectVideo);
    expect(hs?.code).to.equal('TOKEN_MALFORMED');
    expect(hs?.message).to.contain('HS256').and.contain('RS256');
  });

  it('never puts the token in the error', () => {
    const token = jwt({ sub: 'other', aud: 'v', exp: EXP });
    const error = checkToken(token, expectVideo);
    expect(JSON.stringify(error)).to.not.contain(token.split('.')[1]);
  });

  it('defaults now to the current time', () => {
    const future = Math.floor(Date.now() / 1000) + 600;
    expect(checkToken(jwt({ sub: 'abc', aud: 'v', exp: future }), { ...expectVideo, now: undefined })).to.equal(null);
  });
});

describe('token helpers', () => {
  it('describes ages', () => {
    expect(describeAge(1)).to.equal('1 second');
    expect(describeAge(59)).to.equal('59 seconds');
    expect(describeAge(60)).to.equal('1 minute');
    expect(describeAge(720)).to.equal('12 minutes');
    expect(describeAge(7200)).to.equal('2 hours');
    expect(describeAge(3 * 86400)).to.equal('3 days');
  });

  it('maps audiences to categories', () => {
    expect(['v', 't', 'g', 's', 'd'].map((aud) => categoryForAudience(aud as 'v'))).to.deep.equal([
      'video',
      'thumbnail',
      'thumbnail',
      'storyboard',
      'drm',
    ]);
  });
});
