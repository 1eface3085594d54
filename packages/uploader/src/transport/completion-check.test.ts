import { expect } from '@esm-bundle/chai';
import { completionProblem, serverReport, type OwnDigests } from './completion-check.ts';

const ABC_SHA256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
/** CRC32C of "abc", and as `X-Goog-Hash` writes it. */
const ABC_CRC32C = 0x364b3fb7;
const ABC_CRC32C_BASE64 = 'Nks/tw==';

/** The digests of "abc"; one that must not be computed throws. */
const own = (digests: { crc32c?: number | null; sha256?: string | null }): OwnDigests => ({
  crc32c: () =>
    digests.crc32c === undefined ? Promise.reject(new Error('CRC32C asked')) : Promise.resolve(digests.crc32c),
  sha256: () =>
    digests.sha256 === undefined ? Promise.reject(new Error('SHA-256 asked')) : Promise.resolve(digests.sha256),
});

describe('completion check', () => {
  it('reads a size (GCS `size` as a string, or `total`), a CRC32C and a SHA-256 from a JSON body', () => {
    expect(serverReport('{"size":"1234","md5Hash":"x","crc32c":"Nks/tw=="}')).to.deep.equal({
      size: 1234,
      crc32c: ABC_CRC32C,
      sha256: null,
    });
    expect(serverReport(`{"total":5,"sha256":"${'AB'.repeat(32)}"}\n`)).to.deep.equal({
      size: 5,
      crc32c: null,
      sha256: 'ab'.repeat(32),
    });
  });

  it("reads the CRC32C of GCS's X-Goog-Hash header, before a body's", () => {
    for (const header of [`crc32c=${ABC_CRC32C_BASE64}`, `md5=CS9tHYTtyFntzj7B9nkkJQ==, crc32c=${ABC_CRC32C_BASE64}`]) {
      expect(serverReport('', header).crc32c, header).to.equal(ABC_CRC32C);
    }
    expect(serverReport('{"crc32c":"AAAAAA=="}', `crc32c=${ABC_CRC32C_BASE64}`).crc32c).to.equal(ABC_CRC32C);
    expect(serverReport('', 'md5=CS9tHYTtyFntzj7B9nkkJQ==').crc32c).to.equal(null);
    expect(serverReport('', 'crc32c=not-base64').crc32c).to.equal(null);
  });

  it('reports nothing for answers that say nothing', () => {
    for (const body of ['', 'OK', '{}', '{not json', '[1]', '{"size":-1,"sha256":"short","crc32c":"Nks/"}']) {
      expect(serverReport(body), body).to.deep.equal({ size: null, crc32c: null, sha256: null });
    }
  });

  it('checks a reported CRC32C against the one computed during the upload, without the SHA-256', async () => {
    const report = { size: 3, crc32c: ABC_CRC32C, sha256: '0'.repeat(64) };
    expect(await completionProblem(report, 3, own({ crc32c: ABC_CRC32C }))).to.equal(null);
    expect(await completionProblem({ ...report, crc32c: 0 }, 3, own({ crc32c: ABC_CRC32C }))).to.equal(
      `the server's CRC32C of the upload (AAAAAA==) differs from the file's (${ABC_CRC32C_BASE64})`,
    );
  });

  it('falls back to the SHA-256 when no CRC32C is reported or none could be computed', async () => {
    const report = { size: 3, crc32c: null, sha256: ABC_SHA256 };
    expect(await completionProblem(report, 3, own({ sha256: ABC_SHA256 }))).to.equal(null);
    expect(await completionProblem({ ...report, crc32c: 1 }, 3, own({ crc32c: null, sha256: ABC_SHA256 }))).to.equal(
      null,
    );
    expect(await completionProblem({ ...report, sha256: '0'.repeat(64) }, 3, own({ sha256: ABC_SHA256 }))).to.match(
      /SHA-256 of the upload \(0+\) differs from the file's \(ba7816bf/,
    );
    // A stream has no SHA-256 to compare.
    expect(await completionProblem(report, 3, own({ sha256: null }))).to.equal(null);
  });

  it('names a size that does not describe the file, and asks nothing of a server that reports nothing', async () => {
    expect(await completionProblem({ size: null, crc32c: null, sha256: null }, 3, own({}))).to.equal(null);
    expect(await completionProblem({ size: 2, crc32c: null, sha256: null }, 3, own({}))).to.match(
      /reports storing 2 bytes of a 3-byte/,
    );
  });
});
