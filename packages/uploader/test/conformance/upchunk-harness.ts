/**
 * What the UpChunk conformance tests share: uploads created through the package's public
 * entry, every one cancelled after its test (UpChunk's own tests leave theirs running), and
 * the origin's `chunk-endpoint` uploads, which answer 200 to every request as the mock
 * server in UpChunk's suite does, but store and log what really arrived.
 */
import { resetOrigin } from '../../../../test/browser/origin.ts';
import { createDirectUpload, serverUpload, sha256Hex, unrouteAll } from '../../../../test/browser/uploads.ts';
import { createUpload, type Upload, type UploadOptions } from '../../src/index.ts';

const started: Upload[] = [];

export async function freshOrigin(): Promise<void> {
  await resetOrigin();
  await unrouteAll();
}

export function stopAll(): void {
  for (const upload of started.splice(0)) upload.cancel();
}

/** UpChunk's fixture: a 512 KiB file in 256 KiB chunks unless told otherwise. */
export function uploadFixture(
  endpoint: UploadOptions['endpoint'],
  options: Partial<UploadOptions> = {},
  file: File = new File([new ArrayBuffer(524_288)], 'test.mp4'),
): Upload {
  const upload = createUpload({ file, endpoint, chunkSize: 256, resumeStorage: null, ...options });
  started.push(upload);
  return upload;
}

/** A chunk endpoint that answers 200 to everything; resolves with its URL and id. */
export const chunkEndpoint = (): Promise<{ id: string; url: string }> => createDirectUpload('chunk-endpoint');

export const until = <T>(upload: Upload, name: 'success' | 'error' | 'attemptFailure'): Promise<T> =>
  new Promise((resolve) => {
    upload.once(name, (event) => resolve(event as T));
  });

/** Random bytes, as UpChunk's byte-identity tests use (4 MiB). */
export function randomFile(bytes = 4 * 1_048_576): File {
  const data = new Uint8Array(bytes);
  for (let at = 0; at < bytes; at += 65_536) crypto.getRandomValues(data.subarray(at, at + 65_536));
  return new File([data], 'test.mp4');
}

/** Whether the server holds exactly the file's bytes. */
export async function serverHolds(id: string, file: Blob): Promise<boolean> {
  const server = await serverUpload(id);
  return server.received === file.size && server.sha256 === (await sha256Hex(file));
}
