/**
 * `<video-uploader>` events: one typed class each, bubbling and composed so a page can
 * listen anywhere. Details follow Mux Uploader's where it has the event.
 */
import type { UploadError, UploadErrorReason } from './transport/errors.ts';
import type { AttemptDetail, ChunkSuccessDetail } from './transport/upload-events.ts';
import type { ProgressSnapshot } from './transport/progress-meter.ts';

const init = <T>(detail: T, cancelable = false): CustomEventInit<T> => ({
  detail,
  bubbles: true,
  composed: true,
  cancelable,
});

/** A chosen or dropped file passed the checks and is about to upload. */
export class FileReadyEvent extends CustomEvent<{ file: File }> {
  constructor(file: File) {
    super('file-ready', init({ file }));
  }
}

export class UploadStartEvent extends CustomEvent<{ file: File; url: string; offset: number; resumed: boolean }> {
  constructor(detail: UploadStartEvent['detail']) {
    super('uploadstart', init(detail));
  }
}

export class ChunkAttemptEvent extends CustomEvent<AttemptDetail & { file: File }> {
  constructor(detail: ChunkAttemptEvent['detail']) {
    super('chunkattempt', init(detail));
  }
}

export class ChunkSuccessEvent extends CustomEvent<ChunkSuccessDetail & { file: File }> {
  constructor(detail: ChunkSuccessEvent['detail']) {
    super('chunksuccess', init(detail));
  }
}

/** `detail.percent` is 0–100; `loaded` only grows. */
export class UploaderProgressEvent extends CustomEvent<ProgressSnapshot & { file: File }> {
  constructor(detail: UploaderProgressEvent['detail']) {
    super('progress', init(detail));
  }
}

export class PausedChangeEvent extends CustomEvent<{ paused: boolean }> {
  constructor(paused: boolean) {
    super('pausedchange', init({ paused }));
  }
}

export class OfflineEvent extends CustomEvent<Record<string, never>> {
  constructor() {
    super('offline', init({}));
  }
}

export class OnlineEvent extends CustomEvent<Record<string, never>> {
  constructor() {
    super('online', init({}));
  }
}

/** `detail.message` is in the element's language; `detail.error.message` is the transport's English. */
export class UploaderErrorEvent extends CustomEvent<{
  file?: File;
  reason: UploadErrorReason;
  message: string;
  error: UploadError;
}> {
  constructor(detail: UploaderErrorEvent['detail']) {
    super('uploaderror', init(detail));
  }
}

export class UploaderSuccessEvent extends CustomEvent<{ file: File; url: string; size: number }> {
  constructor(detail: UploaderSuccessEvent['detail']) {
    super('success', init(detail));
  }
}

export class UploaderCancelEvent extends CustomEvent<{ file: File }> {
  constructor(file: File) {
    super('cancel', init({ file }));
  }
}

export interface VideoUploaderEventMap {
  'file-ready': FileReadyEvent;
  uploadstart: UploadStartEvent;
  chunkattempt: ChunkAttemptEvent;
  chunksuccess: ChunkSuccessEvent;
  progress: UploaderProgressEvent;
  pausedchange: PausedChangeEvent;
  offline: OfflineEvent;
  online: OnlineEvent;
  uploaderror: UploaderErrorEvent;
  success: UploaderSuccessEvent;
  cancel: UploaderCancelEvent;
}
