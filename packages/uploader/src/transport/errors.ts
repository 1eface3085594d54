import type { ChunkResponse } from './http.ts';

/** Why an upload stopped or could not start: a stable code that UIs map to their own words. */
export type UploadErrorReason =
  /** An option (or the element attribute behind it) has a value the transport cannot use. */
  | 'invalid-option'
  /** The file is larger than `maxFileSize`. */
  | 'file-too-large'
  /** The file's type is not in the element's `accept` list. */
  | 'file-type'
  /** The file or stream holds no bytes; the protocol cannot express an empty upload. */
  | 'empty-file'
  /** The `endpoint` function threw or rejected. */
  | 'endpoint-failed'
  /** The `endpoint` gave something other than an upload URL. */
  | 'endpoint-no-url'
  /** The server refused a request with a status that retrying cannot fix. */
  | 'rejected'
  /** Retriable failures (network, stall, 408, 429, 5xx) used up every attempt. */
  | 'attempts-exhausted'
  /** The server answered something the protocol does not allow; continuing could lose data. */
  | 'protocol'
  /** The upload URL already belongs to another file (in this page or a saved resume record). */
  | 'url-in-use'
  /** The file or stream could not be read. */
  | 'read-failed'
  /** A method was called in a state that cannot honour it, e.g. `resume()` after `cancel()`. */
  | 'invalid-state';

export interface UploadErrorDetails {
  /** The option at fault, for `invalid-option` (camelCase option name). */
  option?: string;
  /** The value at fault, as given. */
  value?: unknown;
  /** The HTTP status behind the failure, when there was one. */
  status?: number;
  /** The server's own reason code (`X-Videokit-Reason`) or first line of its body. */
  serverReason?: string;
  /** Bytes the server holds when the upload stopped. */
  offset?: number;
  /** Size limit in bytes, for `file-too-large`. */
  limit?: number;
  /** The server's answer behind the failure, as UpChunk's `error` event carries it. */
  response?: ChunkResponse;
  cause?: unknown;
}

/** The single error type of the transport: an English message plus machine-readable details. */
export class UploadError extends Error {
  override readonly name = 'UploadError';
  readonly reason: UploadErrorReason;
  readonly details: UploadErrorDetails;

  constructor(reason: UploadErrorReason, message: string, details: UploadErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.reason = reason;
    this.details = details;
  }
}

/**
 * A bad `createUpload` option. A `TypeError`, as UpChunk throws, whose message starts with
 * UpChunk's sentence and goes on to name the value and the fix; `reason` and `details` as on
 * `UploadError`, so one handler reads both.
 */
export class UploadOptionError extends TypeError {
  override readonly name = 'TypeError';
  readonly reason = 'invalid-option';
  readonly details: UploadErrorDetails;

  constructor(message: string, details: UploadErrorDetails) {
    super(message);
    this.details = details;
  }

  /** The same failure as an `UploadError`, for code that keeps one error type. */
  toUploadError(): UploadError {
    return new UploadError('invalid-option', this.message, { ...this.details, cause: this });
  }
}

/** Bytes as a short human figure, for messages ("5.1 MiB"). */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = unit === 0 ? String(value) : value.toFixed(value < 10 ? 1 : 0);
  return `${shown} ${units[unit] ?? 'bytes'}`;
}

/** Whatever starting an upload threw, as an `UploadError` (option errors keep their reason). */
export function asUploadError(error: unknown): UploadError {
  if (error instanceof UploadError) return error;
  if (error instanceof UploadOptionError) return error.toUploadError();
  return new UploadError('read-failed', error instanceof Error ? error.message : String(error), { cause: error });
}
