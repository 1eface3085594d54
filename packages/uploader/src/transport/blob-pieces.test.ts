import { expect } from '@esm-bundle/chai';
import { testBytes } from '../../../../test/browser/uploads.ts';
import { BlobPieces } from './blob-pieces.ts';

const SIZE = 9_000_003;
const data = testBytes(SIZE, 5);

/** What `forEach` hands out, joined (each piece is copied: its memory is read into again). */
async function readAll(pieces: BlobPieces, blob: Blob): Promise<Uint8Array> {
  const bytes = new Uint8Array(blob.size);
  let at = 0;
  await pieces.forEach(
    blob,
    (piece) => {
      bytes.set(piece, at);
      at += piece.length;
    },
    () => false,
  );
  expect(at).to.equal(blob.size);
  return bytes;
}

/** A Blob whose stream is not a byte stream (as in browsers without BYOB readers for Blobs). */
function withPlainStream(blob: Blob): Blob {
  const stream = blob.stream.bind(blob);
  blob.stream = () => stream().pipeThrough(new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>());
  return blob;
}

describe('BlobPieces', () => {
  it('hands out every byte of a Blob in order', async () => {
    expect(await readAll(new BlobPieces(), new Blob([data]))).to.deep.equal(data);
  });

  it('reads one Blob after another with its one buffer', async () => {
    const pieces = new BlobPieces();
    expect(await readAll(pieces, new Blob([data]).slice(0, 1_000_000))).to.deep.equal(data.subarray(0, 1_000_000));
    expect(await readAll(pieces, new Blob([data]).slice(1_000_000))).to.deep.equal(data.subarray(1_000_000));
  });

  it('stops when asked, and leaves the Blob readable again', async () => {
    const blob = new Blob([data]);
    let pieces = 0;
    await new BlobPieces().forEach(
      blob,
      () => (pieces += 1),
      () => pieces >= 1,
    );
    expect(pieces).to.equal(1);
    expect(await readAll(new BlobPieces(), blob)).to.deep.equal(data);
  });

  it('reads a Blob whose stream is not a byte stream', async () => {
    expect(await readAll(new BlobPieces(), withPlainStream(new Blob([data])))).to.deep.equal(data);
  });

  it('passes a read failure on', async () => {
    const blob = new Blob([data]);
    blob.stream = () =>
      new ReadableStream({
        type: 'bytes',
        pull(controller) {
          controller.error(new DOMException('the file changed on disk', 'NotReadableError'));
        },
      });
    const failure = await new BlobPieces()
      .forEach(
        blob,
        () => undefined,
        () => false,
      )
      .catch((error: unknown) => error);
    expect(failure).to.be.instanceOf(DOMException);
    expect((failure as DOMException).name).to.equal('NotReadableError');
  });
});
