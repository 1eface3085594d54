import { expect } from '@esm-bundle/chai';
import { chunkOutcome, isIncompleteChunkUploadNeedingRetry, probeOutcome } from './chunk-outcome.ts';

const chunk = { start: 262_144, end: 524_288, final: false, retriable: false, range: null };

describe('chunk-outcome', () => {
  it('continues after a bare 2xx to a non-final chunk, from the chunk end', () => {
    for (const status of [200, 201, 202, 204]) {
      expect(chunkOutcome({ ...chunk, status })).to.deep.equal({ kind: 'advanced', held: 524_288 });
    }
  });

  it('takes a 2xx Range when the server sends one', () => {
    expect(chunkOutcome({ ...chunk, status: 200, range: 'bytes=0-393215' })).to.deep.equal({
      kind: 'advanced',
      held: 393_216,
    });
    expect(chunkOutcome({ ...chunk, status: 200, range: 'bytes=0-262143' }).kind).to.equal('retry');
    expect(chunkOutcome({ ...chunk, status: 200, range: 'bytes=0-999999' }).kind).to.equal('protocol');
  });

  it('completes only on a 2xx to the final chunk', () => {
    expect(chunkOutcome({ ...chunk, final: true, status: 200 })).to.deep.equal({ kind: 'complete' });
    expect(chunkOutcome({ ...chunk, final: true, status: 308, range: 'bytes=0-524287' }).kind).to.equal('retry');
    expect(chunkOutcome({ ...chunk, final: true, status: 200, range: 'bytes=0-393215' })).to.deep.equal({
      kind: 'advanced',
      held: 393_216,
    });
  });

  it('reads a 308 as before: Range or nothing kept', () => {
    expect(chunkOutcome({ ...chunk, status: 308, range: 'bytes=0-524287' })).to.deep.equal({
      kind: 'advanced',
      held: 524_288,
    });
    expect(chunkOutcome({ ...chunk, status: 308 }).kind).to.equal('retry');
    expect(chunkOutcome({ ...chunk, status: 308, range: 'bytes=5-9' }).kind).to.equal('protocol');
  });

  it('retries or refuses other statuses as the policy says', () => {
    expect(chunkOutcome({ ...chunk, status: 503, retriable: true }).kind).to.equal('retry');
    expect(chunkOutcome({ ...chunk, status: 500 }).kind).to.equal('refused');
  });

  it('trusts a 2xx to a probe as "complete" only from a server that has shown it can say so', () => {
    const probe = { status: 200, range: null, size: 1000, retriable: false };
    expect(probeOutcome({ ...probe, trustsComplete: true })).to.deep.equal({ kind: 'complete' });
    expect(probeOutcome({ ...probe, trustsComplete: false })).to.deep.equal({ kind: 'unknown' });
    expect(probeOutcome({ ...probe, trustsComplete: false, range: 'bytes=0-999' })).to.deep.equal({
      kind: 'complete',
    });
    expect(probeOutcome({ ...probe, status: 308, trustsComplete: false, range: 'bytes=0-99' })).to.deep.equal({
      kind: 'advanced',
      held: 100,
    });
  });

  it("matches UpChunk's isIncompleteChunkUploadNeedingRetry", () => {
    const options = { currentChunkEndByte: 999 };
    const response = (statusCode: number, range: string | null) => ({ statusCode, headers: { range } });
    expect(isIncompleteChunkUploadNeedingRetry(response(308, 'bytes=0-998'), options)).to.be.true;
    expect(isIncompleteChunkUploadNeedingRetry(response(308, 'bytes=0-999'), options)).to.be.false;
    expect(isIncompleteChunkUploadNeedingRetry(response(200, 'bytes=0-5'), options)).to.be.false;
    expect(isIncompleteChunkUploadNeedingRetry(response(308, null), options)).to.be.false;
    expect(isIncompleteChunkUploadNeedingRetry(undefined, options)).to.be.false;
  });
});
