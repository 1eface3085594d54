import { expect } from '@esm-bundle/chai';
import { DEFAULT_DOMAIN, defaultBeaconDomain, isLocalDomain, serviceOrigin, validateDomain } from './domain.ts';
import { PlayerError } from './player-error.ts';

describe('domain', () => {
  it('defaults to https on mux.com', () => {
    expect(DEFAULT_DOMAIN).to.equal('mux.com');
    expect(serviceOrigin('stream')).to.equal('https://stream.mux.com');
    expect(serviceOrigin('image')).to.equal('https://image.mux.com');
    expect(serviceOrigin('license')).to.equal('https://license.mux.com');
  });

  it('swaps in a custom domain', () => {
    expect(serviceOrigin('stream', 'example.com')).to.equal('https://stream.example.com');
    expect(serviceOrigin('image', 'Video.Example.COM')).to.equal('https://image.video.example.com');
  });

  it('uses http for localhost domains, with or without a port', () => {
    expect(serviceOrigin('stream', 'localhost')).to.equal('http://stream.localhost');
    expect(serviceOrigin('stream', 'localhost:4000')).to.equal('http://stream.localhost:4000');
    expect(serviceOrigin('image', 'dev.localhost')).to.equal('http://image.dev.localhost');
    expect(serviceOrigin('license', 'dev.localhost:8080')).to.equal('http://license.dev.localhost:8080');
    expect(serviceOrigin('stream', 'notlocalhost.com')).to.equal('https://stream.notlocalhost.com');
    expect(serviceOrigin('stream', 'localhost.example.com')).to.equal('https://stream.localhost.example.com');
  });

  it('knows local domains', () => {
    expect(isLocalDomain('localhost')).to.be.true;
    expect(isLocalDomain('a.localhost:1')).to.be.true;
    expect(isLocalDomain('mylocalhost')).to.be.false;
  });

  const invalid: [string, string][] = [
    ['https://example.com', 'has a scheme'],
    ['example.com/path', 'has a path'],
    ['example.com?x=1', 'has a path, query or fragment'],
    ['', 'is empty'],
    ['exa mple.com', 'contains whitespace'],
    ['example..com', 'is not a valid hostname'],
    ['-example.com', 'is not a valid hostname'],
    ['localhost:99999', 'outside 1-65535'],
  ];
  for (const [domain, problem] of invalid) {
    it(`rejects "${domain}" with a clear error`, () => {
      let error: unknown;
      try {
        serviceOrigin('stream', domain);
      } catch (caught) {
        error = caught;
      }
      expect(error).to.be.instanceOf(PlayerError);
      const playerError = error as PlayerError;
      expect(playerError.code).to.equal('INVALID_DOMAIN');
      expect(playerError.message)
        .to.contain(`custom-domain "${domain}"`)
        .and.contain(problem)
        .and.contain('example.com');
      expect(playerError.context).to.deep.equal({ attribute: 'custom-domain', value: domain });
    });
  }

  it('reports the category of the URL it was building', () => {
    expect(() => validateDomain('http://x', 'thumbnail'))
      .to.throw(PlayerError)
      .with.property('category', 'thumbnail');
  });

  it("sends beacons to a local domain's own beacon host, and leaves others to the analytics default", () => {
    expect(defaultBeaconDomain('localhost:4000')).to.equal('beacon.localhost:4000');
    expect(defaultBeaconDomain('Media.LOCALHOST')).to.equal('beacon.media.localhost');
    expect(defaultBeaconDomain('127.0.0.1:4000')).to.equal('beacon.localhost:4000');
    expect(defaultBeaconDomain('example.com')).to.equal(undefined);
    expect(defaultBeaconDomain(undefined)).to.equal(undefined);
  });
});
