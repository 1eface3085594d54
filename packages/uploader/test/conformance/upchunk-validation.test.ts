/**
 * UpChunk 3.5's `test/upchunk.spec.js` (option validation from plain JavaScript, and its
 * exported `isIncompleteChunkUploadNeedingRetry`), one test here per test there, same names.
 * Beyond UpChunk, each message opens with UpChunk's sentence and names the value given.
 */
import { expect } from '@esm-bundle/chai';
import { UpChunk, createUpload, isIncompleteChunkUploadNeedingRetry, type UploadOptions } from '../../src/index.ts';
import { chunkEndpoint, freshOrigin, stopAll } from './upchunk-harness.ts';

const fakeFile = (): File => new File(['foo'], 'foo.mp4', { type: 'video/mp4' });

describe('option validation', () => {
  let endpoint = '';
  before(async () => {
    await freshOrigin();
    endpoint = (await chunkEndpoint()).url;
  });
  afterEach(stopAll);

  const buildParams = (options: Record<string, unknown> = {}): UploadOptions => ({
    endpoint,
    file: fakeFile(),
    headers: {},
    chunkSize: 256,
    attempts: 1,
    delayBeforeAttempt: 1,
    resumeStorage: null,
    ...options,
  });

  const started = (options: UploadOptions): UpChunk => {
    const upload = createUpload(options);
    upload.cancel();
    return upload;
  };

  it('returns a new UpChunk instance when given valid params', () => {
    expect(started(buildParams())).to.be.an.instanceOf(UpChunk);
    expect(UpChunk.createUpload(buildParams())).to.be.an.instanceOf(UpChunk);
  });

  it('accepts a function that returns a promise for endpoint', () => {
    expect(started(buildParams({ endpoint: () => Promise.resolve(endpoint) }))).to.be.an.instanceOf(UpChunk);
  });

  it('accepts a function that returns headers', () => {
    expect(started(buildParams({ headers: () => undefined }))).to.be.an.instanceOf(UpChunk);
  });

  describe('throws', () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['endpoint is not included', { endpoint: undefined }, /^endpoint must be defined as a string or a function/],
      ['endpoint is an empty string', { endpoint: '' }, /^endpoint must be defined .*\(got ""\)/],
      ['file is not included', { file: undefined }, /^file must be a File object \(got undefined\)/],
      ['file is not a File', { file: 'neato' }, /^file must be a File object \(got "neato"\)/],
      ['headers are specified and not an object', { headers: 'hey neato' }, /^headers must be null, an object/],
      ['chunkSize is not a number', { chunkSize: 'cool' }, /^chunkSize cool must be a positive number in multiples/],
      ['chunkSize is a positive integer', { chunkSize: -256 }, /^chunkSize -256 must be a positive number/],
      ['chunkSize is not a multiple of 256', { chunkSize: 100 }, /^chunkSize 100 .* \(got 100\): it is not a multiple/],
      ['attempts is not a number', { attempts: 'foo' }, /^retries must be a positive number/],
      ['attempts is not a positive number', { attempts: -1 }, /^retries must be a positive number \(got -1\)/],
      ['delayBeforeAttempt is not a positive number', { delayBeforeAttempt: -1 }, /^delayBeforeAttempt must be a/],
    ];
    for (const [name, options, message] of cases) {
      it(name, () => {
        expect(() => createUpload(buildParams(options))).to.throw(TypeError, message);
      });
    }

    it('an error is thrown if input file is larger than max', () => {
      const params = buildParams({ maxFileSize: (fakeFile().size - 1) / 1024 });
      expect(() => createUpload(params)).to.throw(Error, /^file size exceeds maximum \(3 > 2\)/);
    });
  });
});

describe('isIncompleteChunkUploadNeedingRetry function', () => {
  const response = (statusCode: number, range: string | null) => ({ statusCode, headers: { range } });
  const options = { currentChunkEndByte: 999 };

  it('returns false for a successful chunk upload', () => {
    expect(isIncompleteChunkUploadNeedingRetry(response(308, 'bytes=0-999'), options)).to.be.false;
    expect(isIncompleteChunkUploadNeedingRetry(response(308, 'bytes=500-999'), options)).to.be.false;
  });

  it('returns true for a partial chunk upload', () => {
    expect(isIncompleteChunkUploadNeedingRetry(response(308, 'bytes=0-998'), options)).to.be.true;
  });

  it('returns false for non-308 response codes', () => {
    expect(isIncompleteChunkUploadNeedingRetry(response(200, 'bytes=0-999'), options)).to.be.false;
  });

  it('handles missing or malformed Range header', () => {
    expect(isIncompleteChunkUploadNeedingRetry(response(308, null), options)).to.be.false;
    expect(isIncompleteChunkUploadNeedingRetry(response(308, 'invalid-range'), options)).to.be.false;
    expect(isIncompleteChunkUploadNeedingRetry(null, options)).to.be.false;
    expect(isIncompleteChunkUploadNeedingRetry(undefined, options)).to.be.false;
  });
});
