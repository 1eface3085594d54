// Upload throughput page: takes the file the benchmark picks in its file input (as a visitor
// would), sends it with one client and reports the elapsed time. Driven by bench/upload.ts.
import * as UpChunk from '@mux/upchunk';
import { ChecksummedSource } from '../../packages/uploader/src/transport/checksummed-source.ts';
import { BlobSource } from '../../packages/uploader/src/transport/sources.ts';
import { createUpload } from '../../packages/uploader/src/transport/upload.ts';
import { crc32cToBase64 } from '../../packages/core/src/crc32c.ts';

export type UploadClient = 'videokit' | 'videokit-dynamic' | 'single-put' | 'single-put-verified' | 'upchunk';

declare global {
  interface Window {
    benchUseFile(): number;
    benchUpload(client: UploadClient, url: string, chunkKiB: number): Promise<number>;
    /** Milliseconds from the start to the last chunk's answer, before the client's own checks. */
    benchAnsweredMs: number;
    /** Milliseconds the transport's CRC32C of the whole file takes alone (in an upload it overlaps the requests). */
    benchChecksum(): Promise<number>;
  }
}

let file: File | null = null;

/** The file the benchmark picked through the page's file input: read from disk as it is sent. */
window.benchUseFile = () => {
  const picked = document.querySelector('input')?.files?.[0];
  if (!picked) throw new Error('no file picked');
  file = picked;
  return file.size;
};

window.benchChecksum = async () => {
  if (!file) throw new Error('call benchUseFile first');
  const started = performance.now();
  await new ChecksummedSource(new BlobSource(file), file).crc32c(file.size);
  return performance.now() - started;
};

/** Resolves with the answer's `X-Goog-Hash`. */
function singlePut(url: string, body: Blob): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    xhr.onload = () =>
      xhr.status === 200 || xhr.status === 201
        ? resolve(xhr.getResponseHeader('X-Goog-Hash'))
        : reject(new Error(String(xhr.status)));
    xhr.onerror = () => reject(new Error('network error'));
    xhr.send(body);
  });
}

window.benchUpload = async (client, url, chunkKiB) => {
  if (!file) throw new Error('call benchUseFile first');
  const body = file;
  const started = performance.now();
  window.benchAnsweredMs = Number.NaN;
  if (client === 'single-put') {
    await singlePut(url, body);
    window.benchAnsweredMs = performance.now() - started;
  } else if (client === 'single-put-verified') {
    // The least any sender that checks every byte does: one PUT, the file's CRC32C computed
    // (as our transport computes it) while it is sent, compared with the origin's.
    const own = new ChecksummedSource(new BlobSource(body), body).crc32c(body.size);
    const googHash = await singlePut(url, body);
    window.benchAnsweredMs = performance.now() - started;
    const crc = await own;
    if (crc === null || googHash !== `crc32c=${crc32cToBase64(crc)}`) {
      throw new Error(`the origin's ${googHash ?? 'missing X-Goog-Hash'} differs from the file's CRC32C`);
    }
  } else {
    const options = { endpoint: url, file: body, chunkSize: chunkKiB };
    // `videokit-dynamic` starts at chunkKiB and sizes chunks from measured throughput (about 10 s each).
    const upload =
      client === 'upchunk'
        ? UpChunk.createUpload(options)
        : createUpload({ ...options, resumeStorage: null, dynamicChunkSize: client === 'videokit-dynamic' });
    upload.on('chunkSuccess', () => (window.benchAnsweredMs = performance.now() - started));
    await new Promise<void>((resolve, reject) => {
      upload.on('success', () => resolve());
      upload.on('error', (event: CustomEvent<{ message: string }>) => reject(new Error(event.detail.message)));
    });
  }
  return performance.now() - started;
};
