/**
 * `<video-uploader>` events: one typed class each, bubbling and composed so a page can
 * listen anywhere. `detail` has Mux Uploader's shape where it has the event (a File, a
 * number, a boolean); what we add is on the event object itself, or extra detail fields.
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

/** A chosen or dropped file passed the checks and is about to upload. `detail` is the File (Mux Uploader). */
export class FileReadyEvent extends CustomEvent<File> {
  readonly file: File;
  constructor(file: File) {
    super('file-ready', init(file));
    this.file = file;
  }
}

/** `chunkSize` (KiB) as Mux Uploader gives it; `offset` and `resumed` say where the upload begins. */
export class UploadStartEvent extends CustomEvent<{
  file: File;
  chunkSize: number;
  url: string;
  offset: number;
  resumed: boolean;
}> {
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

/** `detail` is the percentage 0–100 (Mux Uploader); bytes, rate and ETA are on the event. `loaded` only grows. */
export class UploaderProgressEvent extends CustomEvent<number> implements ProgressSnapshot {
  readonly file: File;
  readonly loaded: number;
  readonly total: number | null;
  readonly percent: number;
  readonly rate: number;
  readonly eta: number | null;
  constructor(snapshot: ProgressSnapshot & { file: File }) {
    super('progress', init(snapshot.percent));
    this.file = snapshot.file;
    this.loaded = snapshot.loaded;
    this.total = snapshot.total;
    this.percent = snapshot.percent;
    this.rate = snapshot.rate;
    this.eta = snapshot.eta;
  }
}

/** After `retry()`: Mux Uploader's notice that the error state is over (the element ignores its own). */
export class UploaderResetEvent extends Event {
  constructor() {
    super('reset', { bubbles: true, composed: true });
  }
}

/** `detail` is the new paused state (Mux Uploader); also `paused`. */
export class PausedChangeEvent extends CustomEvent<boolean> {
  readonly paused: boolean;
  constructor(paused: boolean) {
    super('pausedchange', init(paused));
    this.paused = paused;
  }
}

/** The `locale` attribute changed (Mux Uploader); parts re-render in the new language. */
export class LocaleChangeEvent extends CustomEvent<{ locale: string | null }> {
  constructor(locale: string | null) {
    super('localechange', init({ locale }));
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

/**
 * `detail.message` is in the element's language; `detail.error.message` is the transport's English.
 * `chunkNumber` and `attempts` as Mux Uploader gives them, when a chunk was being sent.
 */
export class UploaderErrorEvent extends CustomEvent<{
  file?: File;
  reason: UploadErrorReason;
  message: string;
  error: UploadError;
  chunkNumber?: number;
  attempts?: number;
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
  localechange: LocaleChangeEvent;
  reset: UploaderResetEvent;
  offline: OfflineEvent;
  online: OnlineEvent;
  uploaderror: UploaderErrorEvent;
  success: UploaderSuccessEvent;
  cancel: UploaderCancelEvent;
}
