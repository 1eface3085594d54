/** The two clients the upload scenarios drive: ours, and @mux/upchunk 3.5 unmodified. */
import * as UpChunk from '@mux/upchunk';
import { createUpload } from '../../packages/uploader/src/transport/upload.ts';
import type { UploadEventMap, UploadEventName } from '../../packages/uploader/src/transport/upload-events.ts';
import type { Client, UploadHandle } from './upload-scenarios.ts';

export const videokitClient: Client = {
  name: 'videokit',
  headersAfterAttempt: true,
  create: (options) => {
    // The wider retry set (429, 500) and backoff: UpChunk's defaults stop on a 500 by design.
    const upload = createUpload({ ...options, resumeStorage: null, retryCodes: 'transient', backoff: 'exponential' });
    return {
      on: (name, listener) => {
        upload.on(name as UploadEventName, listener as (event: UploadEventMap[UploadEventName]) => void);
      },
      pause: () => {
        upload.pause();
      },
      resume: () => {
        upload.resume();
      },
      abort: () => {
        upload.abort();
      },
      cancel: () => {
        upload.cancel();
      },
    } satisfies UploadHandle;
  },
};

export const upchunkClient: Client = {
  name: 'upchunk',
  headersAfterAttempt: false,
  create: (options) => UpChunk.createUpload(options),
};
