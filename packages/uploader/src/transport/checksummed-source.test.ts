import { expect } from '@esm-bundle/chai';
import { crc32cUpdate } from '@videokit/core/crc32c';
import { testBytes } from '../../../../test/browser/uploads.ts';
import { ChecksummedSource } from './checksummed-source.ts';
import { UploadError } from './errors.ts';
import { BlobSource, StreamSource, type ChunkSource } from './sources.ts';

const SIZE = 9_000_003;
const data = testBytes(SIZE, 3);
const whole = crc32cUpdate(0, data);

function streamOf(bytes: Uint8Array<ArrayBuffer>, part: number): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) controller.close();
      else controller.enqueue(bytes.slice(at, (at += part)));
    },
  });
}

/** Reads the chunks at these offsets, as the upload loop would. */
async function readAt(source: ChunkSource, offsets: number[], length: number): Promise<void> {
  for (const offset of offsets) await source.read(offset, length);
}

describe('ChecksummedSource', () => {
  it('has the CRC32C of a file once its chunks were read, over slices longer than a chunk', async () => {
    const file = new Blob([data]);
    const source = new ChecksummedSource(new BlobSource(file), file);
    const chunk = 5 * 1024 * 1024;
    await readAt(source, [0, chunk], chunk);
    expect(await source.crc32c(SIZE)).to.equal(whole);
  });

  it('counts a chunk read again (a retry, a server that went back) once', async () => {
    const file = new Blob([data]);
    const source = new ChecksummedSource(new BlobSource(file), file);
    const chunk = 2 * 1024 * 1024;
    await readAt(source, [0, chunk, chunk, 0, chunk, 2 * chunk, 3 * chunk, 2 * chunk, 4 * chunk], chunk);
    expect(await source.crc32c(SIZE)).to.equal(whole);
  });

  it('reads from the file the bytes no chunk carried (a resumed upload starts past them)', async () => {
    const file = new Blob([data]);
    const source = new ChecksummedSource(new BlobSource(file), file);
    await readAt(source, [4_194_304], 4_194_304);
    expect(await source.crc32c(SIZE)).to.equal(whole);
    const unread = new ChecksummedSource(new BlobSource(file), file);
    expect(await unread.crc32c(SIZE)).to.equal(whole);
  });

  it('has the CRC32C of a stream, which cannot be read again', async () => {
    const source = new ChecksummedSource(new StreamSource(streamOf(data, 100_000)), null);
    const chunk = 1024 * 1024;
    for (let offset = 0; source.size === null || offset < source.size; offset += chunk) {
      await source.read(offset, chunk);
      source.release(offset);
    }
    expect(source.size).to.equal(SIZE);
    expect(await source.crc32c(SIZE)).to.equal(whole);
  });

  it('has none for a stream read from past its start', async () => {
    const source = new ChecksummedSource(new StreamSource(streamOf(data, 100_000)), null);
    await source.read(262_144, SIZE);
    expect(await source.crc32c(SIZE)).to.equal(null);
  });

  it('reports a file it cannot read as a read failure', async () => {
    const unreadable = new Blob([data]);
    unreadable.slice = () => {
      throw new DOMException('the file changed on disk', 'NotReadableError');
    };
    const source = new ChecksummedSource(new BlobSource(new Blob([data])), unreadable);
    const failure = await source.crc32c(SIZE).catch((error: unknown) => error);
    expect(failure).to.be.instanceOf(UploadError);
    expect((failure as UploadError).reason).to.equal('read-failed');
    expect((failure as UploadError).message).to.match(/reading the file for its checksum failed: .*changed on disk/);
  });
});
