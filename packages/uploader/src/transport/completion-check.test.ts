import { expect } from '@esm-bundle/chai';
import { completionProblem, serverReport } from './completion-check.ts';

describe('completion check', () => {
  it('reads a size (GCS `size` as a string, or `total`) and a SHA-256 from a JSON body', () => {
    expect(serverReport('{"size":"1234","md5Hash":"x"}')).to.deep.equal({ size: 1234, sha256: null });
    expect(serverReport(`{"total":5,"sha256":"${'AB'.repeat(32)}"}\n`)).to.deep.equal({
      size: 5,
      sha256: 'ab'.repeat(32),
    });
  });

  it('reports nothing for bodies that say nothing', () => {
    for (const body of ['', 'OK', '{}', '{not json', '[1]', '{"size":-1,"sha256":"short"}']) {
      expect(serverReport(body), body).to.deep.equal({ size: null, sha256: null });
    }
  });

  it('names a size or digest that does not describe the file', async () => {
    const file = new Blob(['abc']);
    const digest = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    expect(await completionProblem({ size: 3, sha256: digest }, 3, file)).to.equal(null);
    expect(await completionProblem({ size: null, sha256: null }, 3, file)).to.equal(null);
    expect(await completionProblem({ size: 2, sha256: null }, 3, file)).to.match(/reports storing 2 bytes of a 3-byte/);
    expect(await completionProblem({ size: 3, sha256: '0'.repeat(64) }, 3, file)).to.match(/differs from the file's/);
  });
});
