import { expect } from '@esm-bundle/chai';
import { redactValues } from './redact-values.ts';
import { redactTokens } from './redact.ts';

describe('redactTokens', () => {
  it('redacts token parameters and JWTs', () => {
    expect(redactTokens('https://stream.mux.com/a.m3u8?token=abc.def.ghi&x=1')).to.equal(
      'https://stream.mux.com/a.m3u8?token=[redacted]&x=1',
    );
    expect(redactTokens('https://x/a?b=1&TOKEN=zzz')).to.equal('https://x/a?b=1&TOKEN=[redacted]');
    expect(redactTokens('bad token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln here')).to.equal(
      'bad token [redacted] here',
    );
  });

  it('leaves other text alone', () => {
    expect(redactTokens('https://stream.mux.com/a.m3u8?max_resolution=720p')).to.equal(
      'https://stream.mux.com/a.m3u8?max_resolution=720p',
    );
  });
});

describe('redactValues', () => {
  it('redacts every string of a context, however deep, and leaves the original alone', () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln';
    const context = { url: `https://x/a?token=${jwt}`, status: 403, nested: { list: [`said ${jwt}`, 1] } };
    expect(redactValues(context)).to.deep.equal({
      url: 'https://x/a?token=[redacted]',
      status: 403,
      nested: { list: ['said [redacted]', 1] },
    });
    expect(context.url).to.include(jwt);
  });
});
