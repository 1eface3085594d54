import { expect } from '@esm-bundle/chai';
import { UploadError } from './errors.ts';
import { BlobSource, StreamSource, type ChunkSource } from './sources.ts';

const bytes = (length: number, seed = 0): Uint8Array<ArrayBuffer> => {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i += 1) out[i] = (i * 31 + seed) % 251;
  return out;
};

const text = async (blob: Blob): Promise<Uint8Array> => new Uint8Array(await blob.arrayBuffer());

function streamOf(parts: Uint8Array[]): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream({
    pull(controller) {
      const part = parts[index];
      index += 1;
      if (part) controller.enqueue(part);
      else controller.close();
    },
  });
}

describe('BlobSource', () => {
  it('slices chunks and marks the last one final', async () => {
    const data = bytes(1000);
    const source = new BlobSource(new Blob([data]));
    const first = await source.read(0, 400);
    expect(first.final).to.be.false;
    expect(await text(first.blob)).to.deep.equal(data.subarray(0, 400));
    const last = await source.read(800, 400);
    expect(last.final).to.be.true;
    expect(last.blob.size).to.equal(200);
    expect(source.size).to.equal(1000);
  });

  it('slices again from any offset (resume)', async () => {
    const data = bytes(1000);
    const source: ChunkSource = new BlobSource(new Blob([data]));
    source.release(600);
    expect(await text((await source.read(300, 100)).blob)).to.deep.equal(data.subarray(300, 400));
  });
});

describe('StreamSource', () => {
  it('regroups stream parts into chunks with an unknown total until the end', async () => {
    const data = bytes(1000);
    const source = new StreamSource(streamOf([data.subarray(0, 150), data.subarray(150, 700), data.subarray(700)]));
    const first = await source.read(0, 400);
    expect(first.final).to.be.false;
    expect(source.size).to.equal(null);
    expect(await text(first.blob)).to.deep.equal(data.subarray(0, 400));
    source.release(400);
    const second = await source.read(400, 400);
    expect(second.final).to.be.false;
    source.release(800);
    const last = await source.read(800, 400);
    expect(last.final).to.be.true;
    expect(source.size).to.equal(1000);
    expect(await text(last.blob)).to.deep.equal(data.subarray(800));
  });

  it('marks a chunk that ends exactly at the end of the stream final', async () => {
    const data = bytes(800);
    const source = new StreamSource(streamOf([data.subarray(0, 400), data.subarray(400)]));
    expect((await source.read(0, 400)).final).to.be.false;
    source.release(400);
    const last = await source.read(400, 400);
    expect(last.final).to.be.true;
    expect(last.blob.size).to.equal(400);
  });

  it('resends unconfirmed bytes, including a partly confirmed chunk', async () => {
    const data = bytes(1000);
    const source = new StreamSource(streamOf([data]));
    await source.read(0, 400);
    source.release(100);
    expect(await text((await source.read(100, 400)).blob)).to.deep.equal(data.subarray(100, 500));
  });

  it('refuses to rewind past bytes it already let go', async () => {
    const source = new StreamSource(streamOf([bytes(1000)]));
    await source.read(0, 400);
    source.release(400);
    const error = await source.read(0, 400).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(UploadError);
    expect((error as UploadError).reason).to.equal('protocol');
  });

  it('reports an empty stream', async () => {
    const error = await new StreamSource(streamOf([])).read(0, 400).catch((e: unknown) => e);
    expect((error as UploadError).reason).to.equal('empty-file');
  });

  it('reports a stream that fails while reading', async () => {
    const failing = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error('camera unplugged'));
      },
    });
    const error = await new StreamSource(failing).read(0, 400).catch((e: unknown) => e);
    expect((error as UploadError).reason).to.equal('read-failed');
    expect((error as UploadError).message).to.match(/camera unplugged/);
  });
});
