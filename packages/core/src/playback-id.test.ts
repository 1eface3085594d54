import { expect } from '@esm-bundle/chai';
import { PlayerError } from './player-error.ts';
import { validatePlaybackId } from './playback-id.ts';

describe('validatePlaybackId', () => {
  it('accepts URL-safe IDs', () => {
    for (const id of ['DS00Spx1CV902MCtPj5WknGlR102V5HFkDe', 'vod', 'live-dvr', 'a_b.c~d']) {
      expect(validatePlaybackId(id)).to.equal(id);
    }
  });

  const invalid: [string, string][] = [
    ['', 'is empty'],
    [' abc', 'contains whitespace'],
    ['abc/def', 'not URL-safe'],
    ['abc%20', 'not URL-safe'],
    ['abc.m3u8', 'pass only "abc"'],
    ['abc?token=eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln', 'pass only "abc"'],
    ['https://stream.mux.com/abc.m3u8', 'is a URL: set src for a URL, or pass only the playback ID ("abc")'],
    ['.', 'is only dots'],
    ['..', 'is only dots'],
    ['a'.repeat(10_000), 'is 10000 characters long'],
  ];
  for (const [id, problem] of invalid) {
    it(`rejects ${JSON.stringify(id)}`, () => {
      let error: PlayerError | undefined;
      try {
        validatePlaybackId(id, 'thumbnail');
      } catch (caught) {
        error = caught as PlayerError;
      }
      expect(error).to.be.instanceOf(PlayerError);
      expect(error?.code).to.equal('INVALID_PLAYBACK_ID');
      expect(error?.category).to.equal('thumbnail');
      expect(error?.fatal).to.be.true;
      expect(error?.message).to.contain('playback-id').and.contain(problem);
      expect(error?.message).to.not.contain('eyJ');
    });
  }

  it('repeats at most 64 characters of a bad value', () => {
    expect(() => validatePlaybackId('x'.repeat(10_000))).to.throw(PlayerError, `"${'x'.repeat(64)}…"`);
  });

  it('rejects a non-string at runtime', () => {
    expect(() => validatePlaybackId(undefined as unknown as string)).to.throw(PlayerError, 'is not a string');
  });
});
