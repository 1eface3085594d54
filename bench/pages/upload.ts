// Upload throughput page: generates a file in the page, then sends it with one client and
// reports the elapsed time. Driven by bench/upload.ts.
import * as UpChunk from '@mux/upchunk';
import { createUpload } from '../../packages/uploader/src/transport/upload.ts';

export type UploadClient = 'videokit' | 'single-put' | 'upchunk';

declare global {
  interface Window {
    benchGenerate(megabytes: number): number;
    benchUpload(client: UploadClient, url: string, chunkKiB: number): Promise<number>;
  }
}

let file: File | null = null;

/** `megabytes` MiB of data, each MiB distinct, held by the browser's blob storage (not the JS heap). */
window.benchGenerate = (megabytes) => {
  const block = new Uint8Array(1024 * 1024);
  crypto.getRandomValues(block.subarray(0, 65_536));
  for (let i = 65_536; i < block.length; i += 65_536) block.copyWithin(i, 0, 65_536);
  // Batches keep at most 32 MiB in the JS heap; joining blobs does not copy them.
  const batches: Blob[] = [];
  for (let start = 0; start < megabytes; start += 32) {
    const parts: Uint8Array<ArrayBuffer>[] = [];
    for (let i = start; i < Math.min(start + 32, megabytes); i += 1) {
      const part = block.slice();
      new DataView(part.buffer).setUint32(0, i);
      parts.push(part);
    }
    batches.push(new Blob(parts));
  }
  file = new File(batches, 'bench.bin', { type: 'video/mp4' });
  return file.size;
};

function singlePut(url: string, body: Blob): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    xhr.onload = () => (xhr.status === 200 || xhr.status === 201 ? resolve() : reject(new Error(String(xhr.status))));
    xhr.onerror = () => reject(new Error('network error'));
    xhr.send(body);
  });
}

window.benchUpload = async (client, url, chunkKiB) => {
  if (!file) throw new Error('call benchGenerate first');
  const body = file;
  const started = performance.now();
  if (client === 'single-put') {
    await singlePut(url, body);
  } else {
    const options = { endpoint: url, file: body, chunkSize: chunkKiB };
    const upload =
      client === 'videokit' ? createUpload({ ...options, resumeStorage: null }) : UpChunk.createUpload(options);
    await new Promise<void>((resolve, reject) => {
      upload.on('success', () => resolve());
      upload.on('error', (event: CustomEvent<{ message: string }>) => reject(new Error(event.detail.message)));
    });
  }
  return performance.now() - started;
};
