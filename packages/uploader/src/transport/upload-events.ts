/** The events an `Upload` fires: UpChunk 3.5's names and details, plus a few fields it lacks. */
import type { UploadError, UploadErrorReason } from './errors.ts';
import type { ChunkResponse } from './http.ts';

export type { ChunkResponse };
import type { ProgressSnapshot } from './progress-meter.ts';

export interface AttemptDetail {
  chunkNumber: number;
  /** Estimated; `null` while a stream's size is unknown. */
  totalChunks: number | null;
  /** KiB. */
  chunkSize: number;
  /** First byte of the chunk. */
  start: number;
  /** Bytes in this request. */
  length: number;
}

export interface AttemptFailureDetail {
  message: string;
  chunkNumber: number;
  attemptsLeft: number;
  /** Milliseconds until the next attempt (the server's `Retry-After` when it sent one). */
  delay: number;
  /** The HTTP status, when the server answered. */
  status?: number;
  /** The server's answer, when there was one (none for a lost connection or a stall). */
  response?: ChunkResponse;
}

export interface ChunkSuccessDetail {
  chunk: number;
  /** KiB. */
  chunkSize: number;
  attempts: number;
  /** Seconds the chunk took. */
  timeInterval: number;
  /** Bytes the server now holds. */
  received: number;
  response: ChunkResponse;
}

export interface ErrorDetail {
  message: string;
  chunk: number;
  /** The same number, under the name UpChunk's README gives it. */
  chunkNumber: number;
  attempts: number;
  /** The server's answer behind the failure, when there was one. */
  response?: ChunkResponse;
  reason: UploadErrorReason;
  status?: number;
  error: UploadError;
}

export interface StartDetail {
  url: string;
  /** Bytes the server already held: more than 0 when an earlier upload of the file is resumed. */
  offset: number;
  resumed: boolean;
}

export interface SuccessDetail {
  url: string;
  size: number;
}

/** `detail` is the percentage, as in UpChunk (`NaN` while a stream's size is unknown). */
export class UploadProgressEvent extends CustomEvent<number> implements ProgressSnapshot {
  readonly loaded: number;
  readonly total: number | null;
  readonly percent: number;
  readonly rate: number;
  readonly eta: number | null;

  constructor(snapshot: ProgressSnapshot) {
    super('progress', { detail: snapshot.percent });
    this.loaded = snapshot.loaded;
    this.total = snapshot.total;
    this.percent = snapshot.percent;
    this.rate = snapshot.rate;
    this.eta = snapshot.eta;
  }
}

export interface UploadEventMap {
  attempt: CustomEvent<AttemptDetail>;
  attemptFailure: CustomEvent<AttemptFailureDetail>;
  chunkSuccess: CustomEvent<ChunkSuccessDetail>;
  error: CustomEvent<ErrorDetail>;
  offline: CustomEvent<undefined>;
  online: CustomEvent<undefined>;
  progress: UploadProgressEvent;
  start: CustomEvent<StartDetail>;
  success: CustomEvent<SuccessDetail>;
}

export type UploadEventName = keyof UploadEventMap;
